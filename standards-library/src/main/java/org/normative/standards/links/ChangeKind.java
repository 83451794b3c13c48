package org.normative.standards.links;

/**
 * What is about to happen to a standard, edition or requirement in an impact analysis. The kind does not change who
 * is affected (see {@link ImpactAnalyzer}); it tells them what they will have to do: follow a revision, or replace a
 * reference to something that goes away.
 */
public enum ChangeKind {
    REVISE,
    WITHDRAW
}
