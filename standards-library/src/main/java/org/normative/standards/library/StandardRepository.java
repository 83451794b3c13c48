package org.normative.standards.library;

import java.util.List;
import java.util.Optional;

/** Standards and their editions. */
public interface StandardRepository {

    /** Every standard with its editions, ordered by code. */
    List<Standard> findAll();

    Optional<Standard> findByCode(String code);

    int count();

    /** Adds the standard and the editions it lists, in order; {@link Edition#id()} of the argument is ignored. */
    void add(Standard standard);
}
