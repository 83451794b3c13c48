package org.normative.conformance.check.document;

import org.normative.conformance.result.Location;

/**
 * A piece of a document's text as the readers hand it over: a DOCX paragraph, a PDF line, page or bookmark.
 *
 * @param position its place in reading order, for "in order" rules: larger comes later
 * @param location the page (PDF) or the paragraph's XPath in {@code word/document.xml} (DOCX)
 */
record TextBlock(String text, long position, Location location) {
}
