package org.normative.conformance.evidence;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.normative.conformance.ConformanceException;

/**
 * The lines of a text artifact (XML, JSON, YAML) around one line, read as a stream and only as far as the last line
 * wanted, with each line cut at {@link #MAX_LINE_CHARS}: a 1 GB file, or one long line of minified JSON, opens at
 * once and in little memory.
 */
public record TextExcerpt(List<Line> lines, int target) {

    /** The most characters kept of one line; the rest is skipped, not read into memory. */
    public static final int MAX_LINE_CHARS = 4000;

    /** One line: its number from 1, its text, and whether it was longer than what is shown. */
    public record Line(int number, String text, boolean cut) {
    }

    public TextExcerpt {
        lines = List.copyOf(lines);
    }

    /** Lines {@code target - context} to {@code target + context} (the first lines when {@code target} is below 1). */
    public static TextExcerpt around(Path file, int target, int context) throws ConformanceException {
        int wanted = Math.max(1, target);
        int first = Math.max(1, wanted - context);
        int last = wanted + context;
        List<Line> lines = new ArrayList<>();
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try (Reader in = new InputStreamReader(Files.newInputStream(file), decoder)) {
            char[] buffer = new char[64 * 1024];
            StringBuilder line = new StringBuilder();
            boolean cut = false;
            int number = 1;
            int read;
            while (number <= last && (read = in.read(buffer)) > 0) {
                for (int i = 0; i < read && number <= last; i++) {
                    char c = buffer[i];
                    if (c == '\n') {
                        if (number >= first) {
                            lines.add(new Line(number, line.toString(), cut));
                        }
                        number++;
                        line.setLength(0);
                        cut = false;
                    } else if (number < first || c == '\r') {
                        // before the window, or the CR of a CRLF: nothing to keep
                    } else if (line.length() < MAX_LINE_CHARS) {
                        line.append(c);
                    } else {
                        cut = true;
                    }
                }
            }
            if (number <= last && number >= first && (line.length() > 0 || cut)) {
                lines.add(new Line(number, line.toString(), cut));
            }
        } catch (IOException e) {
            throw new ConformanceException(e, "artifact.unreadable", file.getFileName(), e.getMessage());
        }
        return new TextExcerpt(lines, wanted);
    }
}
