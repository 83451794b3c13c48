package org.normative.conformance.check.table;

import java.nio.charset.Charset;

/**
 * How the table is written, from the check's attributes (a subset of the Frictionless CSV Dialect).
 *
 * @param delimiter the field separator; null to take it from the detected media type (tab for TSV, comma otherwise)
 * @param quote the quote character
 * @param header whether the first row names the columns
 * @param encoding the character encoding of CSV and TSV files
 * @param sheet the XLSX sheet to read by name; null for the first sheet
 */
record Dialect(Character delimiter, char quote, boolean header, Charset encoding, String sheet) {

    char delimiterFor(String mediaType) {
        if (delimiter != null) {
            return delimiter;
        }
        return org.normative.conformance.submission.MediaTypes.TSV.equals(mediaType) ? '\t' : ',';
    }
}
