package org.normative.conformance.check.document;

import java.io.IOException;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadView;
import org.normative.conformance.check.CheckContext;

/**
 * PDFBox's random access to the stored artifact, answering to the check's time limit and cancel as
 * {@link CheckContext#open}'s stream does: PDF is read by seeking, so it cannot come through that stream, but it
 * stops the same way. The file stays on disk; PDFBox reads what it needs through a small page cache.
 */
final class GuardedRandomAccessRead implements RandomAccessRead {

    /** Single-byte reads between two looks at the clock (PDFBox's lexer reads a byte at a time). */
    private static final int CHECK_EVERY = 8_192;

    private final RandomAccessRead source;
    private final CheckContext context;
    private int reads;

    GuardedRandomAccessRead(RandomAccessRead source, CheckContext context) {
        this.source = source;
        this.context = context;
    }

    @Override
    public int read() throws IOException {
        if (++reads % CHECK_EVERY == 0) {
            context.checkpoint();
        }
        return source.read();
    }

    @Override
    public int read(byte[] b, int offset, int length) throws IOException {
        context.checkpoint();
        return source.read(b, offset, length);
    }

    @Override
    public long getPosition() throws IOException {
        return source.getPosition();
    }

    @Override
    public void seek(long position) throws IOException {
        source.seek(position);
    }

    @Override
    public long length() throws IOException {
        return source.length();
    }

    @Override
    public boolean isClosed() {
        return source.isClosed();
    }

    @Override
    public boolean isEOF() throws IOException {
        return source.isEOF();
    }

    @Override
    public RandomAccessReadView createView(long startPosition, long streamLength) throws IOException {
        return new RandomAccessReadView(this, startPosition, streamLength);
    }

    @Override
    public void close() throws IOException {
        if (!source.isClosed()) {
            source.close();
        }
    }
}
