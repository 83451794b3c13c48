package org.normative.standards.links;

import java.util.List;
import java.util.Locale;

/** What the link check found (see {@link LinkChecker}): problems grouped by kind, in a stable order. */
public record LinkCheckReport(List<LinkProblem> problems) {

    public LinkCheckReport {
        problems = List.copyOf(problems);
    }

    /** Whether the check found anything; the command line exits with 1 when it did. */
    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    public int count(LinkProblem.Level level) {
        return (int) problems.stream().filter(p -> p.level() == level).count();
    }

    public List<LinkProblem> problems(LinkProblem.Kind kind) {
        return problems.stream().filter(p -> p.kind() == kind).toList();
    }

    /**
     * The plain-text report: one line per problem ({@code ERROR dangling DG/T 0301@2024 -> DG/T 0999 (normative
     * reference): ...}), then a summary line. Kind ids, codes and endpoints stay as they are in every language.
     */
    public String toText(Locale locale) {
        StringBuilder text = new StringBuilder();
        problems.forEach(p -> text.append(p.toLine(locale)).append('\n'));
        text.append(problems.isEmpty()
                ? LinkMessages.format(locale, "check.summary.none")
                : LinkMessages.format(locale, "check.summary", problems.size(), count(LinkProblem.Level.ERROR),
                        count(LinkProblem.Level.WARNING))).append('\n');
        return text.toString();
    }

    /**
     * The report as the tree the command line writes with {@code --json} (see {@link LinkCheckReportJson}), messages in
     * the given language. Serializing it is the caller's business.
     */
    public LinkCheckReportJson toJson(Locale locale) {
        return new LinkCheckReportJson(problems.stream().map(p -> new LinkCheckReportJson.ProblemJson(
                p.kind().id(), p.level().name(), p.message(locale),
                p.link() == null ? null : p.link().source().toString(),
                p.link() == null ? null : p.link().target().toString(),
                p.link() == null ? null : p.link().type().name(),
                p.kind() == LinkProblem.Kind.CYCLE ? p.cycle() : null)).toList());
    }
}
