package org.normative.app.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.normative.conformance.suite.InstalledSuite;
import org.normative.standards.StandardsException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "list", description = "List the suites installed in the workspace.")
final class SuiteListCommand implements Callable<Integer> {

    private final CliSession session;

    @Option(names = "--json", description = "Print a JSON array of {id, group, version, title, status, standard{code, edition}, sha256}.")
    boolean json;

    SuiteListCommand(CliSession session) {
        this.session = session;
    }

    @Override
    public Integer call() throws StandardsException {
        List<InstalledSuite> suites = session.conformance().suites();
        if (json) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (InstalledSuite suite : suites) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", suite.id().id());
                row.put("group", suite.id().group());
                row.put("version", suite.id().version());
                row.put("title", suite.title().in(session.language()));
                row.put("status", suite.status().name().toLowerCase(java.util.Locale.ROOT));
                row.put("standard", Map.of("code", suite.standardCode(), "edition", suite.edition()));
                row.put("sha256", suite.sha256());
                rows.add(row);
            }
            session.out().println(session.json(rows));
            return Cli.OK;
        }
        if (suites.isEmpty()) {
            session.out().println(session.text("suite.list.empty", session.workspaceDirectory()));
            return Cli.OK;
        }
        for (InstalledSuite suite : suites) {
            session.out().printf("%-32s %-8s %-10s %-16s %s%n", suite.id().group() + ":" + suite.id().id(), suite.id().version(),
                    suite.status().name().toLowerCase(java.util.Locale.ROOT), suite.standardCode() + "@" + suite.edition(),
                    suite.title().in(session.language()));
        }
        return Cli.OK;
    }
}
