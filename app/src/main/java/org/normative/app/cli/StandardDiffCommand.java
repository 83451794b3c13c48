package org.normative.app.cli;

import java.util.concurrent.Callable;

import org.normative.standards.StandardsException;
import org.normative.standards.diff.ComparedEdition;
import org.normative.standards.diff.EditionDiff;
import org.normative.standards.diff.EditionDiffJson;
import org.normative.standards.diff.EditionDiffText;
import org.normative.standards.diff.EditionDiffer;
import org.normative.standards.editing.EditionRef;
import org.normative.standards.editing.EditionService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "diff", description = "What changed between two editions: clauses, requirements (word by word), terms, references.")
final class StandardDiffCommand implements Callable<Integer> {

    private final CliSession session;

    @Parameters(index = "0", paramLabel = "CODE@EDITION", description = "The older edition, e.g. \"DG/T 0101@2023\".")
    String from;

    @Parameters(index = "1", paramLabel = "CODE@EDITION", description = "The newer edition, e.g. \"DG/T 0101@2026\".")
    String to;

    @Option(names = "--json", description = "Print {from, to, changes: [...], summary}.")
    boolean json;

    StandardDiffCommand(CliSession session) {
        this.session = session;
    }

    @Override
    public Integer call() throws StandardsException {
        EditionService editions = session.editions();
        EditionRef before = EditionRef.parse(from);
        EditionRef after = EditionRef.parse(to);
        EditionService.Located a = editions.locate(before);
        EditionService.Located b = editions.locate(after);
        EditionDiff diff = new EditionDiffer().diff(editions.content(before), editions.content(after));
        ComparedEdition fromEdition = ComparedEdition.of(a.standard().code(), a.edition());
        ComparedEdition toEdition = ComparedEdition.of(b.standard().code(), b.edition());
        if (json) {
            session.out().println(session.json(EditionDiffJson.of(fromEdition, toEdition, diff)));
        } else {
            session.out().print(EditionDiffText.render(fromEdition, toEdition, diff, session.language()));
        }
        return Cli.OK;
    }
}
