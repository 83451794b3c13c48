package org.normative.standards.links;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What a change affects (see {@link ImpactAnalyzer} for the rules): the affected standards ordered by distance, then
 * code, and the committees to notify, sorted.
 */
public record ImpactReport(Endpoint changed, ChangeKind kind, List<Affected> affected, List<String> committeesToNotify) {

    public ImpactReport {
        Objects.requireNonNull(changed, "changed");
        Objects.requireNonNull(kind, "kind");
        affected = List.copyOf(affected);
        committeesToNotify = List.copyOf(committeesToNotify);
    }

    /**
     * One affected standard. {@code committee} is null for a standard outside the library. {@code distance} is the
     * number of links between standards on {@code path}, the codes from the affected standard to the changed one
     * ({@code [DG/T 0301, DG/T 0102, DG/T 0101]}). {@code via}, {@code linkSource} and {@code linkTarget} are the link
     * that ties the affected standard to the next one on the path; {@code dated} whether its target names an
     * edition.
     */
    public record Affected(String standardCode, String committee, int distance, List<String> path, LinkType via,
                           Endpoint linkSource, Endpoint linkTarget, boolean dated) {

        public Affected {
            Objects.requireNonNull(standardCode, "standardCode");
            path = List.copyOf(path);
        }

        /** {@code DG/T 0301 -> DG/T 0102 -> DG/T 0101}. */
        public String pathText() {
            return String.join(" -> ", path);
        }
    }

    public boolean isEmpty() {
        return affected.isEmpty();
    }

    /**
     * The plain-text report: a heading line, one line per affected standard, then the committees to notify. Codes,
     * paths and endpoints stay as they are in every language.
     */
    public String toText(Locale locale) {
        StringBuilder text = new StringBuilder();
        text.append(LinkMessages.format(locale, "impact.header", LinkMessages.format(locale, "change." + kind.name()),
                changed.toString(), affected.size())).append('\n');
        for (Affected a : affected) {
            text.append("  ").append(LinkMessages.format(locale, "impact.line", a.standardCode(),
                    a.committee() == null ? LinkMessages.format(locale, "committee.none") : a.committee(),
                    a.distance(), a.pathText(), LinkMessages.typeName(a.via()), a.linkSource().toString(),
                    a.linkTarget().toString(), LinkMessages.format(locale, a.dated() ? "dated" : "undated")))
                    .append('\n');
        }
        text.append(committeesToNotify.isEmpty()
                ? LinkMessages.format(locale, "impact.committees.none")
                : LinkMessages.format(locale, "impact.committees", String.join(", ", committeesToNotify)))
                .append('\n');
        return text.toString();
    }

    /**
     * The report as the tree the command line writes with {@code --json} (see {@link ImpactReportJson}). It holds no
     * text for people, so it is the same in every language. Serializing it is the caller's business.
     */
    public ImpactReportJson toJson() {
        return new ImpactReportJson(changed.toString(), kind.name(),
                affected.stream().map(a -> new ImpactReportJson.AffectedJson(a.standardCode(), a.committee(),
                        a.distance(), a.pathText(), a.via().name(), a.linkSource().toString(),
                        a.linkTarget().toString(), a.dated())).toList(),
                committeesToNotify);
    }
}
