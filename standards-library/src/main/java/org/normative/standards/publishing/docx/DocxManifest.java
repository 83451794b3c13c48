package org.normative.standards.publishing.docx;

/**
 * The custom document properties by which a DOCX that Normative wrote keeps what its text cannot show: the
 * standard, the edition, the committee, the stable clause keys in document order, and per requirement its
 * obligation, class and revision. An import uses them where the document still matches; Word keeps them when the
 * document is edited and saved. Also the paragraph styles the writer gives and the reader recognises.
 */
final class DocxManifest {

    static final String CODE = "normative.code";
    static final String EDITION = "normative.edition";
    static final String TITLE_EN = "normative.title.en";
    static final String TITLE_ZH = "normative.title.zh";
    static final String COMMITTEE = "normative.committee";
    static final String COMMITTEE_EN = "normative.committee.en";
    static final String COMMITTEE_ZH = "normative.committee.zh";
    /** Clause keys in document order, separated by spaces (keys hold none). */
    static final String CLAUSES = "normative.clauses";
    /** One line per requirement: id, obligation, class (or empty), revision, separated by tabs. */
    static final String REQUIREMENTS = "normative.requirements";

    static final String STYLE_REQUIREMENT = "NormativeRequirement";
    static final String STYLE_TERM_NUMBER = "NormativeTermNumber";
    static final String STYLE_TERM = "NormativeTerm";
    static final String STYLE_TERM_DEFINITION = "NormativeTermDefinition";
    static final String STYLE_TERM_SOURCE = "NormativeTermSource";
    static final String STYLE_FOREWORD = "NormativeForeword";

    private DocxManifest() {
    }
}
