package org.normative.conformance.check.document;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.normative.conformance.result.Location;

/**
 * What a document reader tells the profile's rules, in reading order, without keeping the document: a large PDF
 * passes page by page. Each rule listens to what concerns it.
 */
interface DocumentEvents {

    /** The metadata fields the document sets, each with its values and where they were found. */
    default void metadata(Map<MetadataField, FieldValues> fields) {
    }

    /** The number of pages, or null when the format does not record it (a DOCX without a page count). */
    default void pageCount(Integer pages) {
    }

    /** A line of a PDF page or a DOCX paragraph: where a section's heading may be written as plain text. */
    default void line(TextBlock line) throws IOException {
    }

    /** A heading: a DOCX paragraph with an outline level or a heading style, a PDF bookmark; level 1 is the top. */
    default void heading(TextBlock heading, int level) throws IOException {
    }

    /** The text of a PDF page (also when it has none) or of a DOCX paragraph. */
    default void text(TextBlock text) throws IOException {
    }

    /** A font a PDF uses without embedding it, once, where it is first used. */
    default void fontNotEmbedded(String font, Location firstUse) {
    }

    /** Whether a DOCX is saved with Word's "embed fonts in the file" (a DOCX keeps no record of fonts used). */
    default void fontEmbedding(boolean embedded) {
    }

    /** The values of one metadata field and where they came from, e.g. "PDF Info /Title". */
    record FieldValues(List<String> values, String source) {
    }
}
