package org.normative.conformance.check.json;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Agreement with the JSON Schema Test Suite per file and overall. */
record AgreementTable(Map<String, int[]> byFile, int agreed, int total) {

    static AgreementTable of(List<JsonSchemaTestSuiteRun.Result> results) {
        Map<String, int[]> byFile = new TreeMap<>();
        int agreed = 0;
        for (JsonSchemaTestSuiteRun.Result result : results) {
            int[] counts = byFile.computeIfAbsent(result.file(), file -> new int[2]);
            counts[1]++;
            if (result.agrees()) {
                counts[0]++;
                agreed++;
            }
        }
        return new AgreementTable(byFile, agreed, results.size());
    }

    double rate() {
        return total == 0 ? 0 : (double) agreed / total;
    }

    String markdown() {
        StringBuilder table = new StringBuilder("| file | agree | tests | rate |\n|---|---:|---:|---:|\n");
        byFile.forEach((file, counts) -> table.append(String.format(Locale.ROOT, "| %s | %d | %d | %.1f %% |%n",
                file, counts[0], counts[1], 100.0 * counts[0] / counts[1])));
        table.append(String.format(Locale.ROOT, "| **all** | **%d** | **%d** | **%.2f %%** |%n", agreed, total, 100 * rate()));
        return table.toString();
    }
}
