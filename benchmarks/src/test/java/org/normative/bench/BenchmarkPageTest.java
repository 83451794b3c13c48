package org.normative.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BenchmarkPageTest {

    @Test
    void aPageHasItsMachineAndATableWithTargetsSaidMetOrMissed() {
        String markdown = new BenchmarkPage("XML", "What ran.").row("file", "1 GB", "")
                .target("check ÷ raw", "0.62", "0.5 or more", true)
                .target("stall", "140 ms", "under 100 ms", false, "link graph")
                .row("pipe | in a cell", "x", "")
                .section("Profile", "| a | b |").markdown("2 cores (amd64)");

        assertThat(markdown).startsWith("# XML\n\nWhat ran.\n\nMachine: 2 cores (amd64).\n\n| measurement | result | note |\n|---|---|---|\n")
                .contains("| check ÷ raw | 0.62 | target 0.5 or more: met |\n")
                .contains("| stall | 140 ms | target under 100 ms: missed; link graph |\n")
                .contains("| pipe \\| in a cell | x |  |\n")
                .endsWith("\n## Profile\n\n| a | b |\n");
    }
}
