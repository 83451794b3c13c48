package org.normative.standards.links;

import java.util.List;

/** The stored links of the workspace (derived reference links are computed, not stored). */
public interface LinkRepository {

    List<Link> findAll();

    /** Stores a link and returns its id ({@link Link#id()} and {@link Link#derived()} of the argument are ignored). */
    long add(Link link);

    /** Records a review: the target's fingerprint now, who and when. Returns false if there is no such link. */
    boolean markReviewed(long id, String fingerprint, String reviewer);
}
