package org.normative.conformance.submission;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Tells a file's media type from its first bytes, never from its name: a vendor's {@code report.json} that is
 * really a PDF is a PDF. Reads at most {@link #HEAD} bytes (and, for a zip, the names of its first entries).
 */
public final class MediaTypeDetector {

    static final int HEAD = 8 * 1024;
    private static final java.util.regex.Pattern JSON_LITERAL = java.util.regex.Pattern.compile(
            "-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?|true|false|null");
    private static final int ZIP_ENTRIES_LOOKED_AT = 64;

    public String detect(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD);
        }
        if (head.length == 0) {
            return MediaTypes.EMPTY;
        }
        if (startsWith(head, "%PDF-")) {
            return MediaTypes.PDF;
        }
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return zipKind(file);
        }
        String text = decodeText(head);
        if (text == null) {
            return MediaTypes.BINARY;
        }
        return textKind(text);
    }

    /** OOXML documents are zips whose entries give them away. */
    private static String zipKind(Path file) {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            ZipEntry entry;
            for (int i = 0; i < ZIP_ENTRIES_LOOKED_AT && (entry = zip.getNextEntry()) != null; i++) {
                String name = entry.getName();
                if (name.startsWith("word/")) {
                    return MediaTypes.DOCX;
                }
                if (name.startsWith("xl/")) {
                    return MediaTypes.XLSX;
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // a broken zip is still a zip; the check that opens it says what is broken
        }
        return MediaTypes.ZIP;
    }

    /** The head as text, or null when it is not text (invalid UTF-8 beyond a cut character at the end, NULs). */
    private static String decodeText(byte[] head) {
        int start = startsWith(head, "\uFEFF") ? 3 : 0;
        int length = head.length - start;
        for (int cut = 0; cut < 4 && cut < length; cut++) {
            try {
                String text = StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(head, start, length - cut)).toString();
                return text.indexOf('\0') >= 0 ? null : text;
            } catch (CharacterCodingException e) {
                if (head.length < HEAD) {
                    break; // the whole file was read: no cut character to forgive
                }
            }
        }
        return looksLikeLegacyText(head, start) ? "" : null;
    }

    /** GB 18030 or Latin-1 text is still text: no control bytes but tab, CR, LF. */
    private static boolean looksLikeLegacyText(byte[] head, int start) {
        for (int i = start; i < head.length; i++) {
            int b = head[i] & 0xFF;
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    static String textKind(String text) {
        String body = text.stripLeading();
        if (body.startsWith("<")) {
            return MediaTypes.XML;
        }
        if (body.startsWith("{") || body.startsWith("[")) {
            return isJsonLines(body) ? MediaTypes.JSON_LINES : MediaTypes.JSON;
        }
        if (isJsonScalar(body.strip())) {
            return MediaTypes.JSON; // a whole document that is one string, number, true, false or null
        }
        String[] lines = body.split("\r?\n", 12);
        if (looksLikeYaml(lines)) {
            return MediaTypes.YAML;
        }
        if (consistentColumns(lines, '\t')) {
            return MediaTypes.TSV;
        }
        if (consistentColumns(lines, ',') || consistentColumns(lines, ';')) {
            return MediaTypes.CSV;
        }
        return MediaTypes.TEXT;
    }

    /** One JSON string on one line, or one number, true, false or null. */
    private static boolean isJsonScalar(String text) {
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            int i = 1;
            while (i < text.length() - 1) {
                char c = text.charAt(i);
                if (c == '"' || c == '\n') {
                    return false;
                }
                i += c == '\\' ? 2 : 1;
            }
            return i == text.length() - 1; // else the last quote was escaped
        }
        return text.length() < 400 && JSON_LITERAL.matcher(text).matches();
    }

    /**
     * Two or more lines that each close every bracket they open, with the second line starting a new value: one
     * JSON value per line. Pretty-printed JSON leaves brackets open at the end of its first line.
     */
    static boolean isJsonLines(String body) {
        String[] lines = body.split("\r?\n", -1);
        int complete = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            boolean lastPiece = i == lines.length - 1;
            if (line.isEmpty()) {
                continue;
            }
            if (!line.startsWith("{") && !line.startsWith("[") || !closesWhatItOpens(line)) {
                return lastPiece && complete >= 2; // a line cut by the head's end proves nothing
            }
            complete++;
        }
        return complete >= 2;
    }

    private static boolean closesWhatItOpens(String line) {
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                depth--;
                if (depth == 0 && i < line.length() - 1) {
                    return false; // two values on one line, or trailing text
                }
            }
        }
        return depth == 0 && !inString;
    }

    private static boolean looksLikeYaml(String[] lines) {
        if (lines.length > 0 && lines[0].startsWith("---")) {
            return true;
        }
        int keyed = 0;
        int content = 0;
        for (String line : lines) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.indexOf('\n') >= 0) {
                continue; // the last piece of the split holds the rest of the head, not one line
            }
            content++;
            // keys as OpenAPI writes them too: "/parcels/{id}:"
            if (trimmed.matches("(- )?[\\p{L}\\w\"'$./{}-]+:( .*)?") || trimmed.startsWith("- ")) {
                keyed++;
            }
        }
        return content > 0 && keyed == content && !lines[0].contains(",");
    }

    /** Two or more lines with the same number (at least two) of separators. */
    private static boolean consistentColumns(String[] lines, char separator) {
        int expected = -1;
        int seen = 0;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank() || (i == lines.length - 1 && lines.length == 12)) {
                continue; // the last piece of the split may be a cut line
            }
            int count = (int) lines[i].chars().filter(c -> c == separator).count();
            if (count == 0 || (expected >= 0 && count != expected)) {
                return false;
            }
            expected = count;
            seen++;
        }
        return seen >= 2 || (seen == 1 && expected >= 1 && lines.length == 1);
    }

    private static boolean startsWith(byte[] head, String prefix) {
        byte[] p = prefix.getBytes(StandardCharsets.UTF_8);
        if (head.length < p.length) {
            return false;
        }
        for (int i = 0; i < p.length; i++) {
            if (head[i] != p[i]) {
                return false;
            }
        }
        return true;
    }
}
