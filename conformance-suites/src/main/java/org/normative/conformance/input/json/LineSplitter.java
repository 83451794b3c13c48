package org.normative.conformance.input.json;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/** Cuts a byte stream into lines at LF (a CR before it is dropped), each at most {@code maxLineBytes} long. */
final class LineSplitter {

    static final class LineTooLongException extends IOException {
        final long lineNumber;

        LineTooLongException(long lineNumber) {
            super("line " + lineNumber + " is too long");
            this.lineNumber = lineNumber;
        }
    }

    private final InputStream in;
    private final long maxLineBytes;
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int limit;
    private long consumed;
    private long lineNumber;
    private long lineStart;
    private boolean ended;

    LineSplitter(InputStream in, long maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** The next line without its end, or null at the end of the stream. */
    byte[] next() throws IOException {
        if (ended) {
            return null;
        }
        lineNumber++;
        lineStart = consumed;
        byte[] line = new byte[256];
        int length = 0;
        while (true) {
            if (position == limit) {
                limit = in.read(buffer);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    ended = true;
                    return length == 0 && lineNumber > 1 ? null : trimmed(line, length);
                }
            }
            int newline = indexOf(buffer, position, limit);
            int end = newline < 0 ? limit : newline;
            int piece = end - position;
            if (length + (long) piece > maxLineBytes) {
                throw new LineTooLongException(lineNumber);
            }
            if (length + piece > line.length) {
                line = Arrays.copyOf(line, Math.max(line.length * 2, length + piece));
            }
            System.arraycopy(buffer, position, line, length, piece);
            length += piece;
            consumed += piece;
            position = end;
            if (newline >= 0) {
                position++;
                consumed++;
                return trimmed(line, length);
            }
        }
    }

    long lineNumber() {
        return lineNumber;
    }

    /** Byte offset of the current line in the stream. */
    long lineStart() {
        return lineStart;
    }

    private static byte[] trimmed(byte[] line, int length) {
        int end = length > 0 && line[length - 1] == '\r' ? length - 1 : length;
        return Arrays.copyOf(line, end);
    }

    private static int indexOf(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
