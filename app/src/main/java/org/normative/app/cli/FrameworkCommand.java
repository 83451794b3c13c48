package org.normative.app.cli;

import java.util.concurrent.Callable;

import org.normative.standards.LocalizedText;
import org.normative.standards.StandardsException;
import org.normative.standards.framework.FrameworkCoverage;
import org.normative.standards.framework.FrameworkService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "framework", description = "The standards-system framework: coverage, nodes, placing standards.",
        subcommands = {FrameworkCommand.Coverage.class, FrameworkCommand.Add.class, FrameworkCommand.Place.class})
final class FrameworkCommand extends GroupCommand {

    @Command(name = "coverage", description = "Per node, standards on it and below it by stage; nodes with no published standard.")
    static final class Coverage implements Callable<Integer> {
        private final CliSession session;

        @Option(names = "--json", description = "Print {rows: [{code, nameEn, nameZh, depth, published, drafts, withdrawn, gap}], unplaced}.")
        boolean json;

        Coverage(CliSession session) {
            this.session = session;
        }

        record RowJson(String code, String nameEn, String nameZh, int depth, int published, int drafts, int withdrawn, boolean gap) {
        }

        record CoverageJson(java.util.List<RowJson> rows, java.util.List<String> unplaced) {
        }

        @Override
        public Integer call() throws StandardsException {
            FrameworkCoverage coverage = new FrameworkService(session.sqlLibrary()).coverage();
            if (json) {
                session.out().println(session.json(new CoverageJson(coverage.rows().stream().map(r -> new RowJson(r.code(),
                        r.nameEn(), r.nameZh(), r.depth(), r.published(), r.drafts(), r.withdrawn(), r.isGap())).toList(),
                        coverage.unplaced())));
            } else {
                session.out().print(coverage.toText(session.language()));
            }
            return Cli.OK;
        }
    }

    @Command(name = "add", description = "Add a framework node.")
    static final class Add implements Callable<Integer> {
        private final CliSession session;

        @Parameters(index = "0", paramLabel = "CODE")
        String code;

        @Option(names = "--parent", paramLabel = "CODE", description = "The parent node (default: top level).")
        String parent;

        @Option(names = "--en", description = "English name.")
        String en;

        @Option(names = "--zh", description = "Chinese name.")
        String zh;

        Add(CliSession session) {
            this.session = session;
        }

        @Override
        public Integer call() throws StandardsException {
            new FrameworkService(session.sqlLibrary()).addNode(code, parent,
                    LocalizedText.of(en == null && zh == null ? code : en, zh));
            session.out().println(session.text("framework.added", code));
            return Cli.OK;
        }
    }

    @Command(name = "place", description = "Place a standard on a framework node.")
    static final class Place implements Callable<Integer> {
        private final CliSession session;

        @Parameters(index = "0", paramLabel = "STANDARD")
        String standard;

        @Parameters(index = "1", paramLabel = "NODE")
        String node;

        Place(CliSession session) {
            this.session = session;
        }

        @Override
        public Integer call() throws StandardsException {
            new FrameworkService(session.sqlLibrary()).place(standard, node);
            session.out().println(session.text("framework.placed", standard, node));
            return Cli.OK;
        }
    }
}
