package org.normative.conformance.check.xml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normative.conformance.check.CheckOutcome;
import org.normative.conformance.check.MeasuringCheckContext;
import org.normative.conformance.input.xml.XmlFixtures;
import org.normative.conformance.result.Finding;
import org.normative.conformance.result.Verdict;
import org.normative.conformance.submission.Artifact;
import org.normative.conformance.submission.ArtifactIntake;

/**
 * A 32 MB document is validated as a stream. Three invalid records (near the start, in the middle, at the end) are
 * each reported while only a little more than the bytes before them has been read, and the heap retained while
 * the last one is reported is far below the file's size: a tree of the document would hold several times it.
 */
class StreamingValidationTest {

    private static final long TARGET_BYTES = 32L << 20;
    private static final long SLACK_BYTES = 1L << 20;

    @TempDir
    Path folder;

    @Test
    void largeDocumentIsReadIncrementallyInBoundedMemory() throws Exception {
        Path file = folder.resolve("records.xml");
        List<Long> badRecordOffsets = write(file);
        Artifact artifact = new ArtifactIntake().inPlace("records", file);
        assertThat(artifact.size()).isGreaterThan(TARGET_BYTES);

        MeasuringCheckContext context = new MeasuringCheckContext(6);
        long baseline = MeasuringCheckContext.retainedHeap();
        XmlSchemaCheckTest.prepare(Map.of("schema", "schemas/stream.xsd")).check(artifact, context);

        CheckOutcome outcome = context.recording.outcome();
        assertThat(outcome.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(outcome.findings()).extracting(Finding::ruleId).containsOnly("cvc-datatype-valid.1.2.1", "cvc-type.3.1.3");
        assertThat(context.bytesReadAtFinding).hasSize(6);
        for (int i = 0; i < 3; i++) {
            long readWhenReported = context.bytesReadAtFinding.get(2 * i);
            assertThat(readWhenReported).as("bytes read when bad record %d was reported", i)
                    .isBetween(badRecordOffsets.get(i), badRecordOffsets.get(i) + SLACK_BYTES);
        }
        assertThat(context.retainedAtFinding - baseline).as("heap retained during validation")
                .isLessThan(artifact.size() / 4);
    }

    /** Writes ~32 MB of records, three of them with an amount that is not a decimal; returns their offsets. */
    private static List<Long> write(Path file) throws IOException {
        List<Long> offsets = new ArrayList<>();
        long written = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
            String head = "<?xml version=\"1.0\" encoding=\"US-ASCII\"?>\n<records>\n";
            out.write(head);
            written += head.length();
            long middle = TARGET_BYTES / 2;
            for (int id = 1; written < TARGET_BYTES; id++) {
                boolean bad = id == 10 || (offsets.size() == 1 && written > middle);
                String record = "  <record id=\"" + id + "\"><name>Record number " + id + "</name><amount>"
                        + (bad ? "twelve" : id + ".50") + "</amount></record>\n";
                if (bad) {
                    offsets.add(written);
                }
                out.write(record);
                written += record.length();
            }
            String last = "  <record id=\"1\"><name>last</name><amount>none</amount></record>\n</records>\n";
            offsets.add(written);
            out.write(last);
        }
        return offsets;
    }
}
