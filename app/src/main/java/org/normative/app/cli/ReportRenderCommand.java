package org.normative.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.normative.conformance.ConformanceException;
import org.normative.conformance.report.format.ReportFormat;
import org.normative.conformance.run.RunRecord;
import org.normative.standards.StandardsException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "render", description = "Write a report of a stored run again, in any format and language.")
final class ReportRenderCommand implements Callable<Integer> {

    private final CliSession session;

    @Parameters(index = "0", paramLabel = "RUN-ID", description = "The id a run printed when it finished.")
    String runId;

    @Option(names = "--format", required = true, description = "json, junit, sarif, pdf or xlsx.")
    ReportFormat format;

    @Option(names = "--out", required = true, paramLabel = "FILE")
    Path out;

    ReportRenderCommand(CliSession session) {
        this.session = session;
    }

    @Override
    public Integer call() throws StandardsException {
        RunRecord record = session.conformance().assessedRun(runId)
                .orElseThrow(() -> new ConformanceException("report.noSuchRun", runId));
        ReportFiles.write(session, record, session.conformance().assessments(runId), format, out);
        return Cli.OK;
    }
}
