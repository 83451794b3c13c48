package org.normative.standards.library;

import java.util.List;

/** The standards-system framework tree, as a list in tree order (parents before children, siblings by position). */
public interface FrameworkRepository {

    List<FrameworkNode> findAll();

    void add(FrameworkNode node, int position);

    /** Adds a node as the last child of its parent, unless a node with its code exists. */
    void append(FrameworkNode node);
}
