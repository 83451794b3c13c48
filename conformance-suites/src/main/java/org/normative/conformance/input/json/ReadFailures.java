package org.normative.conformance.input.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.InterruptedIOException;
import java.util.function.UnaryOperator;
import org.normative.conformance.ConformanceException;
import org.normative.conformance.check.ArtifactException;
import org.normative.conformance.check.Limits;
import org.normative.standards.LocalizedText;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Turns what Jackson and SnakeYAML throw at a broken or hostile document into one plain message that says what
 * is wrong and where. A stop (time limit, cancel) is not a failure of the document and passes through.
 */
final class ReadFailures {

    private ReadFailures() {
    }

    /** "at line 3, column 7 (byte 41)", in both languages; the byte where the parser counts bytes. */
    static LocalizedText at(SourcePosition position) {
        return position.byteOffset() >= 0
                ? ConformanceException.MESSAGES.text("json.atByte", position.line(), position.column(), position.byteOffset())
                : ConformanceException.MESSAGES.text("json.at", position.line(), position.column());
    }

    static ArtifactException describe(String name, Exception failure, JsonFormat format, Limits limits,
                                      UnaryOperator<SourcePosition> place) throws InterruptedIOException {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof InterruptedIOException stop) {
                throw stop;
            }
            if (cause instanceof StrictUtf8InputStream.MalformedException malformed) {
                return new ArtifactException(failure, "json.utf8", name, malformed.offset);
            }
            if (cause instanceof StrictUtf8InputStream.TooLargeException tooLarge) {
                return new ArtifactException(failure, "json.tooLarge", name, tooLarge.limit);
            }
        }
        if (failure instanceof StreamConstraintsException limit) {
            return constraint(name, limit, limits, place);
        }
        if (failure instanceof JsonEOFException eof) {
            return new ArtifactException(failure, "json.truncated", name, at(place.apply(position(eof.getLocation()))));
        }
        if (format == JsonFormat.YAML) {
            return yaml(name, failure, limits, place);
        }
        if (failure instanceof JsonProcessingException syntax) {
            return new ArtifactException(failure, "json.syntax", name, at(place.apply(position(syntax.getLocation()))), syntax.getOriginalMessage());
        }
        return new ArtifactException(failure, "json.unreadable", name, String.valueOf(failure.getMessage()));
    }

    private static ArtifactException constraint(String name, StreamConstraintsException limit, Limits limits,
                                                 UnaryOperator<SourcePosition> place) {
        LocalizedText where = at(place.apply(position(limit.getLocation())));
        String message = String.valueOf(limit.getOriginalMessage());
        if (message.startsWith("Document nesting depth")) {
            return new ArtifactException(limit, "json.tooDeep", name, limits.maxNestingDepth(), where);
        }
        if (message.startsWith("Document length")) {
            return new ArtifactException(limit, "json.tooLarge", name, limits.maxTreeBytes());
        }
        return new ArtifactException(limit, "json.tooLong", name, where, limitValue(message));
    }

    /** The bound Jackson names in "... exceeds the maximum allowed (20000000, from ...)". */
    private static long limitValue(String message) {
        int open = message.indexOf("allowed (");
        if (open < 0) {
            return -1;
        }
        int start = open + "allowed (".length();
        int end = start;
        while (end < message.length() && Character.isDigit(message.charAt(end))) {
            end++;
        }
        return end > start ? Long.parseLong(message.substring(start, end)) : -1;
    }

    /** SnakeYAML's messages carry their own marks; the cause is the most precise. */
    private static ArtifactException yaml(String name, Exception failure, Limits limits, UnaryOperator<SourcePosition> place) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof MarkedYAMLException marked) {
                Mark mark = marked.getProblemMark() != null ? marked.getProblemMark() : marked.getContextMark();
                String problem = marked.getProblem() != null ? marked.getProblem() : marked.getContext();
                if (mark != null) {
                    SourcePosition where = new SourcePosition(mark.getLine() + 1, mark.getColumn() + 1, -1);
                    return new ArtifactException(failure, "yaml.syntax", name, at(place.apply(where)), String.valueOf(problem));
                }
            }
            if (cause instanceof org.yaml.snakeyaml.error.YAMLException plain
                    && String.valueOf(plain.getMessage()).contains("exceeds the limit")) {
                return new ArtifactException(failure, "json.tooLarge", name, limits.maxTreeBytes());
            }
        }
        if (failure instanceof JsonProcessingException syntax) {
            return new ArtifactException(failure, "yaml.syntax", name, at(place.apply(position(syntax.getLocation()))), syntax.getOriginalMessage());
        }
        return new ArtifactException(failure, "json.unreadable", name, String.valueOf(failure.getMessage()));
    }

    private static SourcePosition position(JsonLocation location) {
        return location == null ? new SourcePosition(0, 0, -1) : SourcePosition.of(location);
    }
}
