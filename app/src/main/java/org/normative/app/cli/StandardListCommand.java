package org.normative.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.normative.standards.StandardsException;
import org.normative.standards.library.Standard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "list", description = "List the standards with their editions and stages.")
final class StandardListCommand implements Callable<Integer> {

    private final CliSession session;

    @Option(names = "--json", description = "Print a JSON array: [{code, title, committee, editions: [{label, stage}]}].")
    boolean json;

    StandardListCommand(CliSession session) {
        this.session = session;
    }

    record EditionJson(String label, String stage) {
    }

    record StandardJson(String code, String title, String committee, List<EditionJson> editions) {
    }

    @Override
    public Integer call() throws StandardsException {
        List<Standard> standards = session.library().standards();
        Locale language = session.language();
        PrintWriter out = session.out();
        if (json) {
            List<StandardJson> rows = standards.stream()
                    .map(s -> new StandardJson(s.code(), s.title().in(language), s.committeeCode(),
                            s.editions().stream().map(e -> new EditionJson(e.label(), e.stage().code())).toList()))
                    .toList();
            out.println(session.json(rows));
        } else if (standards.isEmpty()) {
            out.println(session.text("standard.list.empty", session.workspaceDirectory()));
        } else {
            for (Standard s : standards) {
                String editions = s.editions().stream()
                        .map(e -> e.label() + " (" + e.stage().label(language) + ")")
                        .collect(Collectors.joining(", "));
                out.printf("%-12s %-9s %s%n%22s%s%n", s.code(), s.committeeCode(), s.title().in(language), "", editions);
            }
        }
        return Cli.OK;
    }

}
