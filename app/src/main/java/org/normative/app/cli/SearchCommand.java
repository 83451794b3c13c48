package org.normative.app.cli;

import java.util.List;
import java.util.concurrent.Callable;

import org.normative.standards.StandardsException;
import org.normative.standards.search.LibrarySearch;
import org.normative.standards.search.SearchHit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "search", description = "Search codes, titles, clauses, requirements and terms (English and Chinese).")
final class SearchCommand implements Callable<Integer> {

    private final CliSession session;

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "Words to find; every word must match.")
    List<String> words;

    @Option(names = "--json", description = "Print a JSON array of {kind, standard, edition, key, title, snippet, score}.")
    boolean json;

    @Option(names = "--limit", defaultValue = "20", description = "At most this many results (default ${DEFAULT-VALUE}).")
    int limit;

    SearchCommand(CliSession session) {
        this.session = session;
    }

    record HitJson(String kind, String standard, String edition, String key, String title, String snippet, float score) {
    }

    @Override
    public Integer call() throws StandardsException {
        List<SearchHit> hits;
        try (LibrarySearch search = new LibrarySearch(session.workspace(), session.sqlLibrary())) {
            hits = search.search(String.join(" ", words), Math.max(1, limit));
        }
        if (json) {
            session.out().println(session.json(hits.stream().map(h -> new HitJson(h.kind().name().toLowerCase(java.util.Locale.ROOT),
                    h.standardCode(), h.edition(), h.key(), h.title(), h.snippet(), h.score())).toList()));
        } else if (hits.isEmpty()) {
            session.out().println(session.text("search.none", String.join(" ", words)));
        } else {
            for (SearchHit hit : hits) {
                String where = hit.edition().isEmpty() ? hit.standardCode() : hit.standardCode() + "@" + hit.edition();
                session.out().printf("%-18s %-11s %s%n", where, hit.kind().name().toLowerCase(java.util.Locale.ROOT), hit.title());
                if (!hit.snippet().isBlank()) {
                    session.out().printf("%31s%s%n", "", hit.snippet());
                }
            }
        }
        return Cli.OK;
    }
}
