package org.normative.conformance.check;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.normative.conformance.result.Finding;
import org.normative.conformance.submission.Artifact;

/**
 * For streaming proofs: counts the bytes a check reads and, at each finding, notes how many had been read; at the
 * finding numbered {@code heapAt} it also notes the heap retained after a collection.
 */
public final class MeasuringCheckContext extends ForwardingCheckContext {

    public final List<Long> bytesReadAtFinding = new ArrayList<>();
    public long retainedAtFinding;
    private final int heapAt;
    private long bytesRead;

    public MeasuringCheckContext(int heapAt) {
        this.heapAt = heapAt;
    }

    /** The heap in use after a collection: what a check holds on to, not what it let go. */
    public static long retainedHeap() {
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    @Override
    public void report(Finding finding) {
        bytesReadAtFinding.add(bytesRead);
        if (bytesReadAtFinding.size() == heapAt) {
            retainedAtFinding = retainedHeap();
        }
        super.report(finding);
    }

    @Override
    public InputStream open(Artifact artifact) throws IOException {
        return new FilterInputStream(super.open(artifact)) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                bytesRead += b < 0 ? 0 : 1;
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                bytesRead += Math.max(n, 0);
                return n;
            }
        };
    }
}
