package org.normative.conformance.check.openapi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.normative.conformance.ConformanceException;
import org.normative.conformance.check.CheckDeclaration;
import org.normative.conformance.check.CheckOutcome;
import org.normative.conformance.check.PreparedCheck;
import org.normative.conformance.check.RecordingCheckContext;
import org.normative.conformance.result.Finding;
import org.normative.conformance.submission.ArtifactIntake;
import org.normative.conformance.suite.PackageResources;

/** A suite package with rule sets in a folder, and API descriptions run through the kind as the runner would. */
final class RulesFixture {

    private final Path suite;
    private final Path submission;

    RulesFixture(Path folder) throws IOException {
        this.suite = Files.createDirectories(folder.resolve("suite"));
        this.submission = Files.createDirectories(folder.resolve("submission"));
    }

    RulesFixture file(String relativePath, String content) throws IOException {
        Path file = suite.resolve(relativePath);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        return this;
    }

    PreparedCheck prepare(String ruleset) throws ConformanceException {
        return new OpenApiRulesKind().prepare(new CheckDeclaration(OpenApiRulesKind.ID, "/conf/t", Map.of("ruleset", ruleset), ""),
                new PackageResources(suite));
    }

    Ruleset load(String ruleset) throws ConformanceException {
        return new RulesetLoader(new PackageResources(suite), "/conf/t").load(ruleset);
    }

    /** The rules file "rules.yaml" with these rules, prepared. */
    PreparedCheck rules(String yaml) throws IOException, ConformanceException {
        file("rules.yaml", yaml);
        return prepare("rules.yaml");
    }

    /** The rules file "rules.yaml" run on one description. */
    CheckOutcome check(String rules, String name, String content) throws Exception {
        return run(rules(rules), name, content);
    }

    CheckOutcome run(PreparedCheck check, String name, String content) throws Exception {
        Path file = submission.resolve(name);
        Files.writeString(file, content);
        return run(check, file);
    }

    static CheckOutcome run(PreparedCheck check, Path file) throws Exception {
        RecordingCheckContext context = RecordingCheckContext.standalone();
        check.check(new ArtifactIntake().inPlace("api", file), context);
        return context.outcome();
    }

    static List<Finding> byRule(CheckOutcome outcome, String rule) {
        return outcome.findings().stream().filter(finding -> finding.ruleId().equals(rule)).toList();
    }
}
