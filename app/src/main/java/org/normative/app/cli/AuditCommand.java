package org.normative.app.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.normative.standards.StandardsException;
import org.normative.standards.audit.AuditVerification;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "audit", description = "The audit trail of the workspace.", subcommands = AuditCommand.Verify.class)
final class AuditCommand extends GroupCommand {

    @Command(name = "verify", description = "Check that no entry of the audit trail was changed, inserted or removed.")
    static final class Verify implements Callable<Integer> {

        private final CliSession session;

        @Option(names = "--json", description = "Print {intact, entriesChecked, firstBrokenEntry, problem}.")
        boolean json;

        Verify(CliSession session) {
            this.session = session;
        }

        @Override
        public Integer call() throws StandardsException {
            AuditVerification result = session.sqlLibrary().audit().verify();
            if (json) {
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("intact", result.intact());
                out.put("entriesChecked", result.entriesChecked());
                out.put("firstBrokenEntry", result.firstBrokenSeq());
                out.put("problem", result.problem());
                session.out().println(session.json(out));
            } else if (result.intact()) {
                session.out().println(session.text("audit.intact", result.entriesChecked()));
            } else {
                session.out().println(session.text("audit.broken", result.firstBrokenSeq(), result.problem(),
                        result.entriesChecked()));
            }
            return result.intact() ? Cli.OK : Cli.FAILED;
        }
    }
}
