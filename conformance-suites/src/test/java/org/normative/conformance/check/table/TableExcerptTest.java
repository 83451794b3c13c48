package org.normative.conformance.check.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normative.conformance.submission.Artifact;
import org.normative.conformance.submission.ArtifactIntake;

/** The evidence viewer's rows of a table: the header and the rows around a finding's row, read only that far. */
class TableExcerptTest {

    @TempDir
    Path temp;

    @Test
    void theRowsAroundAFindingComeWithTheHeaderAndTheReadStopsAfterThem() throws Exception {
        Path csv = temp.resolve("catalogue.csv");
        try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            out.write("item_code,item_name\n");
            for (int i = 1; i <= 200_000; i++) {
                out.write(String.format(java.util.Locale.ROOT, "11010100%06d,\"事项 %d, 第%d项\"\n", i, i, i));
            }
        }
        Artifact artifact = new ArtifactIntake().inPlace("catalogue", csv);

        TableExcerpt.Excerpt excerpt = TableExcerpt.around(artifact, 150_000, 2);

        assertThat(excerpt.header()).containsExactly("item_code", "item_name");
        assertThat(excerpt.rows()).extracting(TableExcerpt.Row::number).containsExactly(149_998L, 149_999L, 150_000L, 150_001L, 150_002L);
        assertThat(excerpt.rows().get(2).values()).isEqualTo(List.of("11010100150000", "事项 150000, 第150000项"));
    }

    @Test
    void aRowNearTheEndGivesTheRowsThereAre() throws Exception {
        Path csv = temp.resolve("short.csv");
        Files.writeString(csv, "a,b\n1,2\n3,4\n");
        Artifact artifact = new ArtifactIntake().inPlace("table", csv);

        TableExcerpt.Excerpt excerpt = TableExcerpt.around(artifact, 2, 5);

        assertThat(excerpt.rows()).extracting(TableExcerpt.Row::number).containsExactly(1L, 2L);
    }
}
