package org.normative.app.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.normative.conformance.ConformanceException;
import org.normative.conformance.run.RunComparison;
import org.normative.conformance.run.RunRecord;
import org.normative.standards.StandardsException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "diff", description = "Compare two stored runs of a suite: fixed, newly failing, still failing.")
final class RunDiffCommand implements Callable<Integer> {

    private final CliSession session;

    @Parameters(index = "0", paramLabel = "RUN-BEFORE")
    String before;

    @Parameters(index = "1", paramLabel = "RUN-AFTER")
    String after;

    @Option(names = "--json", description = "Print the comparison as JSON.")
    boolean json;

    RunDiffCommand(CliSession session) {
        this.session = session;
    }

    @Override
    public Integer call() throws StandardsException {
        RunComparison comparison = RunComparison.of(run(before), run(after));
        if (json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("before", Map.of("runId", before, "verdict", comparison.before().verdict()));
            out.put("after", Map.of("runId", after, "verdict", comparison.after().verdict()));
            out.put("fixed", comparison.fixed());
            out.put("newlyFailing", comparison.newlyFailing());
            out.put("stillFailing", comparison.stillFailing());
            out.put("otherChanges", comparison.otherChanges());
            out.put("added", comparison.added());
            out.put("removed", comparison.removed());
            session.out().println(session.json(out));
        } else {
            session.out().println(session.text("run.diff.header", comparison.before().verdict(), comparison.after().verdict()));
            section("run.diff.fixed", comparison.fixed());
            section("run.diff.newlyFailing", comparison.newlyFailing());
            section("run.diff.stillFailing", comparison.stillFailing());
            section("run.diff.other", comparison.otherChanges());
        }
        return comparison.newlyFailing().isEmpty() ? Cli.OK : Cli.FAILED;
    }

    private void section(String key, List<RunComparison.Change> changes) {
        session.out().println(session.text(key, changes.size()));
        for (RunComparison.Change change : changes) {
            session.out().printf("  %-14s -> %-14s %s%n", change.before(), change.after(), change.testCase());
        }
    }

    private RunRecord run(String id) throws StandardsException {
        return session.conformance().run(id).orElseThrow(() -> new ConformanceException("report.noSuchRun", id));
    }
}
