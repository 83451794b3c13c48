package org.normative.app.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.normative.conformance.report.xlsx.ManualJudgement;
import org.normative.conformance.report.xlsx.ManualJudgementReader;
import org.normative.conformance.run.Assessment;
import org.normative.standards.StandardsException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "import-judgements",
        description = "Record the judgements filled in offline on the Manual judgements sheet of a run's XLSX report.")
final class RunImportJudgementsCommand extends AssessCommand {

    @Parameters(index = "1", paramLabel = "FILE.xlsx")
    Path workbook;

    RunImportJudgementsCommand(CliSession session) {
        super(session);
    }

    /** The whole sheet is read and checked before anything is recorded; the workbook is kept as the evidence. */
    @Override
    public Integer call() throws StandardsException {
        List<ManualJudgement> judgements = new ManualJudgementReader().read(workbook);
        for (ManualJudgement judgement : judgements) {
            String note = (judgement.note() == null || judgement.note().isBlank() ? "" : judgement.note() + " ")
                    + session.text("assess.offline", judgement.evaluator(), judgement.date());
            session.conformance().assess(new Assessment(0, runId, judgement.testCase(), Assessment.Kind.JUDGEMENT,
                    judgement.verdict(), note.strip(), evaluator, Instant.now(), null, null, null), workbook);
        }
        var assessed = session.conformance().assessedRun(runId).orElseThrow();
        session.out().println(session.text("assess.imported", judgements.size(), workbook.getFileName(), assessed.verdict()));
        return Cli.OK;
    }
}
