package org.normative.app.cli;

import java.util.concurrent.Callable;

import org.normative.standards.StandardsException;
import org.normative.standards.links.ChangeKind;
import org.normative.standards.links.Endpoint;
import org.normative.standards.links.ImpactReport;
import org.normative.standards.links.LinkCheckReport;
import org.normative.standards.links.LinkService;
import org.normative.standards.links.store.JdbiLinkRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "links", description = "Links between standards across committees: impact of a change, link check.",
        subcommands = {LinksCommand.Impact.class, LinksCommand.Check.class, LinksCommand.Review.class,
                LinksCoordinationCommand.class})
final class LinksCommand extends GroupCommand {

    static LinkService service(CliSession session) throws StandardsException {
        return new LinkService(session.sqlLibrary(), new JdbiLinkRepository(session.workspace()));
    }

    @Command(name = "impact", description = "What a revision (or, with --withdraw, a withdrawal) of CODE[@EDITION] affects.")
    static final class Impact implements Callable<Integer> {

        private final CliSession session;

        @Parameters(index = "0", paramLabel = "CODE[@EDITION][#REQUIREMENT]")
        String target;

        @Option(names = "--withdraw", description = "Analyse a withdrawal instead of a revision.")
        boolean withdraw;

        @Option(names = "--json", description = "Print {changed, change, affected: [...], committees}.")
        boolean json;

        Impact(CliSession session) {
            this.session = session;
        }

        @Override
        public Integer call() throws StandardsException {
            Endpoint changed = Endpoint.parse(target);
            session.library().requireStandard(changed.code());
            ImpactReport report = service(session).impact(changed, withdraw ? ChangeKind.WITHDRAW : ChangeKind.REVISE);
            if (json) {
                session.out().println(session.json(report.toJson()));
            } else {
                session.out().print(report.toText(session.language()));
            }
            return Cli.OK;
        }
    }

    @Command(name = "check", description = "Dangling, withdrawn or cyclic references, unresolved conflicts, suspect links; exit 1 when any.")
    static final class Check implements Callable<Integer> {

        private final CliSession session;

        @Option(names = "--json", description = "Print {problems: [...]}.")
        boolean json;

        Check(CliSession session) {
            this.session = session;
        }

        @Override
        public Integer call() throws StandardsException {
            LinkCheckReport report = service(session).check();
            if (json) {
                session.out().println(session.json(report.toJson(session.language())));
            } else {
                session.out().print(report.toText(session.language()));
            }
            return report.hasProblems() ? Cli.FAILED : Cli.OK;
        }
    }

    @Command(name = "review", description = "Record that a link was reviewed against its target as it is now (clears suspect).")
    static final class Review implements Callable<Integer> {

        private final CliSession session;

        @Parameters(index = "0", paramLabel = "LINK-ID")
        long id;

        Review(CliSession session) {
            this.session = session;
        }

        @Override
        public Integer call() throws StandardsException {
            service(session).review(id);
            session.out().println(session.text("link.reviewed", id));
            return Cli.OK;
        }
    }
}
