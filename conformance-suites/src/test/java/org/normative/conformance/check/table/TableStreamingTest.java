package org.normative.conformance.check.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normative.conformance.check.CheckOutcome;
import org.normative.conformance.check.ForwardingCheckContext;
import org.normative.conformance.check.PreparedCheck;
import org.normative.conformance.result.Finding;
import org.normative.conformance.result.Verdict;
import org.normative.conformance.submission.Artifact;

/**
 * A CSV of 400,000 rows is checked as a stream. Three bad rows (near the start, in the middle, at the end) are each
 * reported while only a little more than the bytes before them has been read, and the heap retained while the last
 * one is reported is far below the file's size: the rows are not kept.
 */
class TableStreamingTest {

    private static final int ROWS = 400_000;
    private static final long SLACK_BYTES = 1L << 20;

    @TempDir
    Path folder;

    @Test
    void largeTableIsReadIncrementallyInBoundedMemory() throws Exception {
        TableFixtures fixtures = new TableFixtures(folder);
        PreparedCheck check = fixtures.prepare("""
                {"fields": [{"name": "id", "type": "integer", "constraints": {"required": true}},
                            {"name": "name", "type": "string", "constraints": {"maxLength": 40}},
                            {"name": "amount", "type": "number", "constraints": {"maximum": 1000000}},
                            {"name": "day", "type": "date"}]}""");
        Path file = folder.resolve("large.csv");
        List<Long> badRowOffsets = write(file);
        Artifact artifact = new org.normative.conformance.submission.ArtifactIntake().inPlace("table", file);

        MeasuringContext context = new MeasuringContext();
        long baseline = retainedHeap();
        check.check(artifact, context);

        CheckOutcome outcome = context.recording.outcome();
        assertThat(outcome.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(outcome.findings()).extracting(Finding::ruleId).containsExactly("type", "type", "type");
        assertThat(outcome.findings()).extracting(f -> f.location().row()).containsExactly(10L, (long) ROWS / 2, (long) ROWS);
        for (int i = 0; i < 3; i++) {
            assertThat(context.bytesReadAtFinding.get(i)).as("bytes read when bad row %d was reported", i)
                    .isBetween(badRowOffsets.get(i), badRowOffsets.get(i) + SLACK_BYTES);
        }
        assertThat(context.retainedAtLastFinding - baseline).as("heap retained while checking").isLessThan(artifact.size() / 4);
    }

    /** Writes the rows, three of them with an amount that is no number; returns where those rows start. */
    private static List<Long> write(Path file) throws IOException {
        List<Long> offsets = new ArrayList<>();
        long written = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            String header = "id,name,amount,day\n";
            out.write(header);
            written += header.length();
            for (int id = 1; id <= ROWS; id++) {
                boolean bad = id == 10 || id == ROWS / 2 || id == ROWS;
                String row = id + ",Record number " + id + "," + (bad ? "twelve" : id % 1000 + ".50") + ",2024-0" + (id % 9 + 1) + "-1"
                        + (id % 9) + "\n";
                if (bad) {
                    offsets.add(written);
                }
                out.write(row);
                written += row.length();
            }
        }
        return offsets;
    }

    private static long retainedHeap() {
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    /** Counts the bytes the check reads and, at each finding, notes how many had been read (and the heap at the last). */
    private static final class MeasuringContext extends ForwardingCheckContext {
        final List<Long> bytesReadAtFinding = new ArrayList<>();
        long bytesRead;
        long retainedAtLastFinding;

        @Override
        public void report(Finding finding) {
            bytesReadAtFinding.add(bytesRead);
            if (bytesReadAtFinding.size() == 3) {
                retainedAtLastFinding = retainedHeap();
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
}
