package org.normative.conformance.check.schematron;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.normative.conformance.check.ArtifactException;
import org.normative.conformance.check.PreparedCheck;
import org.normative.conformance.result.Finding;
import org.normative.conformance.result.Severity;

/**
 * Scores the schematron check against the EN 16931 UBL unit tests ({@code unit-tests/Invoice-unit-UBL}) the way
 * the VEFA validator that upstream uses does (its {@code AbstractExpectation}): only rules in the test's scope
 * count; a rule expected as an error (flag "fatal") or a warning must fire at that level, once per listing; a rule
 * expected not to fire must not fire; any other firing of an in-scope rule makes the test fail.
 */
final class En16931Agreement {

    static final String UNIT_TESTS = "unit-tests/Invoice-unit-UBL";

    private En16931Agreement() {
    }

    /**
     * How often upstream expects a rule to fire where that is more than once: the {@code number} attribute of
     * {@code <error number="17">BR-CL-03</error>} in ConnectingEurope/eInvoicing-EN16931
     * {@code test/Invoice-unit-UBL/*.xml}, which the corpus's expected.json does not carry (it lists the rule once).
     */
    static final Map<String, Integer> UPSTREAM_MULTIPLICITY = Map.of(
            "BR-CL-03__t02.xml", 17, "BR-CL-10__t02.xml", 6, "BR-CL-11__t02.xml", 3, "BR-CL-14__t02.xml", 6,
            "BR-CL-17__t02.xml", 2, "BR-CL-19__t02.xml", 2, "BR-CL-20__t02.xml", 2, "BR-CL-21__t02.xml", 3,
            "BR-CL-23__t02.xml", 2, "UBL-DT-01__t02.xml", 14);

    /**
     * One unit test: what it expects, and why the check disagrees, scored with expected.json as it is
     * ({@code problems}) and with upstream's multiplicities restored ({@code upstreamProblems}).
     */
    record Result(String file, String kind, String description, List<String> problems, List<String> upstreamProblems) {

        boolean agrees() {
            return problems.isEmpty();
        }

        boolean agreesWithUpstream() {
            return upstreamProblems.isEmpty();
        }
    }

    static List<Result> score(PreparedCheck check) throws Exception {
        JsonNode tests = En16931Corpus.json(UNIT_TESTS + "/expected.json").get("tests");
        Path folder = En16931Corpus.ROOT.resolve(UNIT_TESTS);
        List<Result> results = new ArrayList<>();
        for (JsonNode test : tests) {
            String file = test.get("file").asText();
            String description = test.path("description").isTextual() ? test.get("description").asText().replaceAll("\\s+", " ") : "";
            List<Finding> findings;
            try {
                findings = En16931Corpus.run(check, En16931Corpus.artifact(folder.resolve(file))).findings();
            } catch (ArtifactException e) {
                List<String> unchecked = List.of("could not be checked: " + e.text().en());
                results.add(new Result(file, kind(test), description, unchecked, unchecked));
                continue;
            }
            results.add(new Result(file, kind(test), description, problems(test, findings, 1),
                    problems(test, findings, UPSTREAM_MULTIPLICITY.getOrDefault(file, 1))));
        }
        return results;
    }

    /** The expectation kinds a test has, e.g. "expect_error". */
    static String kind(JsonNode test) {
        List<String> kinds = new ArrayList<>();
        for (String kind : new String[] {"expect_error", "expect_warning", "expect_fatal", "expect_not_fired"}) {
            if (!test.get(kind).isEmpty()) {
                kinds.add(kind);
            }
        }
        return kinds.isEmpty() ? "none" : String.join("+", kinds);
    }

    /** VEFA's scoring; {@code times} is how often each listed error or warning is expected. */
    private static List<String> problems(JsonNode test, List<Finding> findings, int times) {
        Set<String> scope = strings(test.get("scope"));
        Set<String> notFired = strings(test.get("expect_not_fired"));
        Map<Severity, Map<String, Integer>> expected = Map.of(
                Severity.ERROR, counts(test.get("expect_error"), times),
                Severity.WARNING, counts(test.get("expect_warning"), times));
        Map<String, Integer> mustNotFire = new TreeMap<>();
        Map<String, Integer> unexpected = new TreeMap<>();
        for (Finding finding : findings) {
            String rule = finding.ruleId();
            if (!scope.isEmpty() && !scope.contains(rule)) {
                continue;
            }
            Map<String, Integer> levelExpected = expected.getOrDefault(finding.severity(), Map.of());
            String firing = rule + " (" + finding.severity() + ")";
            if (notFired.contains(rule)) {
                mustNotFire.merge(firing, 1, Integer::sum);
            } else if (levelExpected.getOrDefault(rule, 0) > 0) {
                levelExpected.merge(rule, -1, Integer::sum);
            } else {
                unexpected.merge(firing, 1, Integer::sum);
            }
        }
        List<String> problems = new ArrayList<>();
        mustNotFire.forEach((firing, n) -> problems.add(firing + " fired " + n + "x but must not fire"));
        unexpected.forEach((firing, n) -> problems.add(firing + " fired " + n + "x more than expected"));
        expected.forEach((severity, rules) -> rules.forEach((rule, missing) -> {
            if (missing > 0) {
                problems.add(rule + " (" + severity + ") fired " + missing + "x fewer than expected");
            }
        }));
        return problems;
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> values = new HashSet<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    private static Map<String, Integer> counts(JsonNode array, int times) {
        Map<String, Integer> counts = new HashMap<>();
        array.forEach(value -> counts.merge(value.asText(), times, Integer::sum));
        return counts;
    }

    /** The figures and the list of disagreements, as the generated part of docs/en16931-agreement.md. */
    static String markdown(List<Result> results) {
        Map<String, int[]> byKind = new TreeMap<>();
        for (Result result : results) {
            int[] counts = byKind.computeIfAbsent(result.kind(), k -> new int[2]);
            counts[0] += result.agrees() ? 1 : 0;
            counts[1]++;
        }
        long agreeing = results.stream().filter(Result::agrees).count();
        StringBuilder text = new StringBuilder();
        text.append("| expectation | tests | agree | disagree | agreement |\n|---|---:|---:|---:|---:|\n");
        byKind.forEach((kind, counts) -> text.append(row("`" + kind + "`", counts[0], counts[1])));
        text.append(row("**all**", (int) agreeing, results.size()));
        long upstream = results.stream().filter(Result::agreesWithUpstream).count();
        text.append(row("all, with upstream's multiplicities", (int) upstream, results.size()));
        List<Result> disagreeing = results.stream().filter(r -> !r.agrees()).toList();
        text.append("\nDisagreements (").append(disagreeing.size()).append("):\n\n");
        if (disagreeing.isEmpty()) {
            text.append("none\n");
        }
        for (Result result : disagreeing) {
            text.append("- `").append(result.file()).append("` (").append(result.kind())
                    .append(result.description().isEmpty() ? "" : ", \"" + result.description().strip() + "\"")
                    .append("): ").append(String.join("; ", result.problems()))
                    .append(result.agreesWithUpstream() ? "; agrees with upstream's multiplicity" : "").append('\n');
        }
        return text.toString();
    }

    private static String row(String label, int agree, int total) {
        return String.format(java.util.Locale.ROOT, "| %s | %d | %d | %d | %.1f %% |%n", label, total, agree, total - agree,
                total == 0 ? 0.0 : 100.0 * agree / total);
    }
}
