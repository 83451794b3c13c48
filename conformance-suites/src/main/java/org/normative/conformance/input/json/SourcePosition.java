package org.normative.conformance.input.json;

import com.fasterxml.jackson.core.JsonLocation;

/**
 * Where a token starts in the source: line and column from 1, the byte offset from 0 (-1 where the parser counts
 * characters, as the YAML parser does).
 */
public record SourcePosition(int line, int column, long byteOffset) {

    static SourcePosition of(JsonLocation location) {
        return new SourcePosition(location.getLineNr(), location.getColumnNr(), location.getByteOffset());
    }

    /** The same place in a file of which this position's source was one line, starting at {@code lineStart}. */
    SourcePosition onLine(long lineNumber, long lineStart) {
        return new SourcePosition((int) lineNumber, column, byteOffset < 0 ? -1 : lineStart + byteOffset);
    }
}
