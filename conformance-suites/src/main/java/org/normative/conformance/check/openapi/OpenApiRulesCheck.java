package org.normative.conformance.check.openapi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.normative.conformance.ConformanceException;
import org.normative.conformance.check.ArtifactException;
import org.normative.conformance.check.CheckContext;
import org.normative.conformance.check.PreparedCheck;
import org.normative.conformance.input.json.HardenedJsonReader;
import org.normative.conformance.input.json.JsonDocument;
import org.normative.conformance.input.json.SourcePosition;
import org.normative.conformance.result.Finding;
import org.normative.conformance.result.Location;
import org.normative.conformance.result.Severity;
import org.normative.conformance.result.Verdict;
import org.normative.conformance.submission.Artifact;

/**
 * A loaded rule set, run on API descriptions. Every rule that applies to the document's format runs; every rule
 * that cannot be evaluated is reported as an {@code INFO} finding under its own name, with the reason, and the
 * check concludes {@code INCONCLUSIVE} (some rules ran) or {@code NOT_TESTED} (none could): a rule set of which a
 * part was skipped must not look like a clean pass. Error findings still fail it. Thread-safe: rules are
 * immutable and each run has its own document.
 */
final class OpenApiRulesCheck implements PreparedCheck {

    private final Ruleset ruleset;

    OpenApiRulesCheck(Ruleset ruleset) {
        this.ruleset = ruleset;
    }

    /** A finding before it is located: the place is known by source pointer. */
    private record Pending(String rule, Severity severity, String message, String pointer, String actual) {
    }

    @Override
    public void check(Artifact artifact, CheckContext context) throws ArtifactException, IOException {
        HardenedJsonReader reader = new HardenedJsonReader(context.limits());
        JsonDocument read = reader.read(artifact, context);
        Set<String> formats = ApiFormat.of(read.root());
        Map<String, Pending> pending = new LinkedHashMap<>();
        if (formats.isEmpty()) {
            add(pending, new Pending("unrecognized-format", Severity.ERROR, english("openapiRules.unrecognizedFormat"), "", null));
        }
        ApiDocument resolved = ApiDocument.resolved(read.root());
        ApiDocument raw = ApiDocument.raw(read.root());
        int remote = 0;
        for (ApiDocument.Reference reference : resolved.references()) {
            if (reference.remote()) {
                remote++;
                add(pending, new Pending("unresolved-ref", Severity.INFO, english("openapiRules.remoteRef", reference.target()),
                        reference.pointer(), reference.target()));
            } else {
                add(pending, new Pending("invalid-ref", Severity.ERROR, english("openapiRules.invalidRef", reference.target()),
                        reference.pointer(), reference.target()));
            }
        }
        int ran = 0;
        for (Rule rule : ruleset.rules()) {
            if (rule.appliesTo(formats)) {
                ran++;
                run(rule, rule.resolved() ? resolved : raw, artifact.name(), pending, context);
            }
        }
        List<UntestedRule> untested = ruleset.untested().stream().filter(rule -> rule.appliesTo(formats)).toList();
        for (UntestedRule rule : untested) {
            add(pending, new Pending(rule.name(), Severity.INFO, english("openapiRules.notTestedFinding", rule.reason().en()), "", null));
        }
        report(artifact, pending, reader, context);
        conclude(ran, untested, remote, formats, context);
    }

    private static void run(Rule rule, ApiDocument document, String artifact, Map<String, Pending> pending, CheckContext context)
            throws ArtifactException, IOException {
        DocumentNode root = document.root();
        try {
            for (JsonPath given : rule.given()) {
                for (DocumentNode node : given.select(document, root, root, context)) {
                    for (RuleAction action : rule.then()) {
                        for (DocumentNode target : action.targets(document, node, context)) {
                            judge(rule, action, target, document, artifact, pending, context);
                        }
                    }
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause(); // stopped while a regular expression matched
        }
    }

    private static void judge(Rule rule, RuleAction action, DocumentNode target, ApiDocument document, String artifact,
                              Map<String, Pending> pending, CheckContext context) throws ArtifactException, IOException {
        RuleFunction.Target judged = new RuleFunction.Target(target, document, artifact, context.limits().maxNestingDepth());
        for (RuleFunction.Problem problem : action.function().check(judged, context)) {
            DocumentNode at = target;
            for (String key : problem.path()) {
                at = document.child(at, key);
            }
            String message = MessageTemplate.render(rule.message(), problem.message(), at, rule.description());
            String actual = at.value != null && at.value.isValueNode() ? JsValues.print(at.value) : null;
            add(pending, new Pending(rule.name(), rule.severity(), message, at.source, actual));
        }
    }

    /** Keeps one finding per rule, place and message: a component reached through many references is one problem. */
    private static void add(Map<String, Pending> pending, Pending finding) {
        pending.putIfAbsent(finding.rule() + '\u0000' + finding.pointer() + '\u0000' + finding.message(), finding);
    }

    private static void report(Artifact artifact, Map<String, Pending> pending, HardenedJsonReader reader, CheckContext context)
            throws ArtifactException, IOException {
        if (pending.isEmpty()) {
            return;
        }
        Map<String, SourcePosition> positions = reader.locate(artifact, context,
                pending.values().stream().map(Pending::pointer).collect(Collectors.toSet()));
        for (Pending finding : pending.values()) {
            Location location = Location.of(artifact.name()).pointer(finding.pointer());
            SourcePosition position = positions.get(finding.pointer());
            if (position != null) {
                location = location.at(position.line(), position.column());
            }
            context.report(Finding.of(finding.rule(), finding.severity(), finding.message(), location).withActual(finding.actual()));
        }
    }

    private static void conclude(int ran, List<UntestedRule> untested, int remote, Set<String> formats, CheckContext context) {
        String names = untested.stream().map(UntestedRule::name).collect(Collectors.joining(", "));
        if (ran == 0 && !untested.isEmpty()) {
            context.conclude(Verdict.NOT_TESTED, ConformanceException.MESSAGES.text("openapiRules.noneRan", untested.size(), names));
        } else if (ran == 0) {
            context.conclude(Verdict.NOT_TESTED, ConformanceException.MESSAGES.text("openapiRules.noneApplies", ApiFormat.describe(formats)));
        } else if (!untested.isEmpty()) {
            context.conclude(Verdict.INCONCLUSIVE, ConformanceException.MESSAGES.text("openapiRules.partial", untested.size(),
                    untested.size() + ran, names));
        } else if (remote > 0) {
            context.conclude(Verdict.INCONCLUSIVE, ConformanceException.MESSAGES.text("openapiRules.refsNotFollowed", remote));
        }
    }

    private static String english(String key, Object... arguments) {
        return ConformanceException.MESSAGES.format(Locale.ENGLISH, key, arguments);
    }
}
