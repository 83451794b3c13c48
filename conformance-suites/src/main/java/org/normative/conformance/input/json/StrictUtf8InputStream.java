package org.normative.conformance.input.json;

import java.io.CharConversionException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes bytes through while checking that they are UTF-8 and counting them, so that broken text is reported at
 * its byte offset the same way for JSON, YAML and JSON Lines (the parsers each word it differently, and Jackson
 * only looks inside strings), and so that a size bound stops a read early.
 */
final class StrictUtf8InputStream extends FilterInputStream {

    /** Bytes that are not UTF-8 (a stray byte, a cut or overlong sequence, a surrogate). */
    static final class MalformedException extends CharConversionException {
        final long offset;

        MalformedException(long offset) {
            super("not valid UTF-8 at byte " + offset);
            this.offset = offset;
        }
    }

    /** More bytes than the bound. */
    static final class TooLargeException extends IOException {
        final long limit;

        TooLargeException(long limit) {
            super("more than " + limit + " bytes");
            this.limit = limit;
        }
    }

    private final long maxBytes;
    private long offset;
    /** Continuation bytes still expected, and the bounds the next one must lie in (for overlong forms, surrogates). */
    private int pending;
    private long sequenceOffset;
    private int low = 0x80;
    private int high = 0xBF;

    StrictUtf8InputStream(InputStream in, long maxBytes) {
        super(in);
        this.maxBytes = maxBytes;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b < 0) {
            end();
        } else {
            accept(b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int off, int len) throws IOException {
        int n = super.read(buffer, off, len);
        if (n < 0) {
            end();
        }
        for (int i = 0; i < n; i++) {
            accept(buffer[off + i] & 0xFF);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        throw new IOException("skipping would leave bytes unchecked");
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void accept(int b) throws IOException {
        if (offset == maxBytes) {
            throw new TooLargeException(maxBytes);
        }
        if (pending > 0) {
            if (b < low || b > high) {
                throw new MalformedException(sequenceOffset);
            }
            pending--;
            low = 0x80;
            high = 0xBF;
        } else if (b >= 0x80) {
            start(b);
        }
        offset++;
    }

    private void start(int b) throws MalformedException {
        sequenceOffset = offset;
        if (b >= 0xC2 && b <= 0xDF) {
            pending = 1;
        } else if (b >= 0xE0 && b <= 0xEF) {
            pending = 2;
            low = b == 0xE0 ? 0xA0 : 0x80;
            high = b == 0xED ? 0x9F : 0xBF;
        } else if (b >= 0xF0 && b <= 0xF4) {
            pending = 3;
            low = b == 0xF0 ? 0x90 : 0x80;
            high = b == 0xF4 ? 0x8F : 0xBF;
        } else {
            throw new MalformedException(offset);
        }
    }

    private void end() throws MalformedException {
        if (pending > 0) {
            throw new MalformedException(sequenceOffset);
        }
    }
}
