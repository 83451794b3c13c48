package org.normative.standards.publishing;

import org.normative.standards.LocalizedText;
import org.normative.standards.library.Committee;
import org.normative.standards.library.EditionContent;

/**
 * An edition read from a document, before it goes into the workspace. {@code code} and {@code label} are null when
 * the document does not say (a DOCX that Normative did not write); {@code title} and {@code committee} may be null.
 */
public record ImportedEdition(String code, String label, LocalizedText title, Committee committee,
                              EditionContent content) {

    /** The same edition under another designation, as the user names it. */
    public ImportedEdition as(String newCode, String newLabel) {
        return new ImportedEdition(newCode, newLabel, title, committee, content);
    }
}
