package org.normative.standards.obligation;

/** Something about the wording of a provision that its drafter should look at; never an obligation. */
public enum VerbalFormWarning {
    /**
     * "must" or 必须: ISO/IEC Directives Part 2 (7.2, table 3) and GB/T 1.1-2020 (annex C) both say not to use it
     * as an alternative for "shall" / 应, because it expresses a constraint from outside the document.
     */
    MUST_USED,
    /** "may not" or 不可: both rules say not to use it for a prohibition; write "shall not" / 不应. */
    MAY_NOT_USED,
    /** The text holds verbal forms of more than one level (e.g. shall and may): worth a look in a requirement. */
    MIXED_LEVELS
}
