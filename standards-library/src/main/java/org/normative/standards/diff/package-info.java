/**
 * What changed between two editions of a standard: clauses, requirements, terms and references, matched by their
 * stable keys, with word-level text diffs that work for Chinese as well as Latin text.
 *
 * <p>{@link org.normative.standards.diff.EditionDiffer} computes an {@link org.normative.standards.diff.EditionDiff}
 * (pure, no I/O); {@link org.normative.standards.diff.EditionDiffText} renders it for people and
 * {@link org.normative.standards.diff.EditionDiffJson} gives the shape of its JSON form.
 */
package org.normative.standards.diff;
