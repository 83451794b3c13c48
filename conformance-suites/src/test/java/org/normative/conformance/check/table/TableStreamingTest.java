package org.normative.conformance.check.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normative.conformance.check.CheckOutcome;
import org.normative.conformance.check.MeasuringCheckContext;
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

        MeasuringCheckContext context = new MeasuringCheckContext(3);
        long baseline = MeasuringCheckContext.retainedHeap();
        check.check(artifact, context);

        CheckOutcome outcome = context.recording.outcome();
        assertThat(outcome.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(outcome.findings()).extracting(Finding::ruleId).containsExactly("type", "type", "type");
        assertThat(outcome.findings()).extracting(f -> f.location().row()).containsExactly(10L, (long) ROWS / 2, (long) ROWS);
        for (int i = 0; i < 3; i++) {
            assertThat(context.bytesReadAtFinding.get(i)).as("bytes read when bad row %d was reported", i)
                    .isBetween(badRowOffsets.get(i), badRowOffsets.get(i) + SLACK_BYTES);
        }
        assertThat(context.retainedAtFinding - baseline).as("heap retained while checking").isLessThan(artifact.size() / 4);
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
}
