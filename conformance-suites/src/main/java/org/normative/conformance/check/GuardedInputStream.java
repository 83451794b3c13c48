package org.normative.conformance.check;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.function.BooleanSupplier;

/**
 * An input stream that stops with {@link InterruptedIOException} as soon as {@code stop} says so: how a time
 * limit or a cancel reaches a parser that never looks at the thread's interrupt flag.
 */
final class GuardedInputStream extends FilterInputStream {

    private final BooleanSupplier stop;

    GuardedInputStream(InputStream in, BooleanSupplier stop) {
        super(in);
        this.stop = stop;
    }

    @Override
    public int read() throws IOException {
        guard();
        return super.read();
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        guard();
        return super.read(b, off, len);
    }

    @Override
    public long skip(long n) throws IOException {
        guard();
        return super.skip(n);
    }

    private void guard() throws InterruptedIOException {
        if (stop.getAsBoolean()) {
            throw new InterruptedIOException("check stopped");
        }
    }
}
