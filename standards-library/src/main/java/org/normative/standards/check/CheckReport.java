package org.normative.standards.check;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.normative.standards.library.Stage;

/**
 * What the editorial checks found in one edition, findings in document order (see {@link EditorialChecker}).
 * {@code stage} may be null when the caller did not know it.
 */
public record CheckReport(String standardCode, String editionLabel, Stage stage, List<Finding> findings) {

    public CheckReport {
        Objects.requireNonNull(standardCode, "standardCode");
        Objects.requireNonNull(editionLabel, "editionLabel");
        findings = List.copyOf(findings);
    }

    public int count(Severity severity) {
        return (int) findings.stream().filter(f -> f.severity() == severity).count();
    }

    /** The number of findings of each severity, every severity present. */
    public Map<Severity, Integer> counts() {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            counts.put(s, count(s));
        }
        return counts;
    }

    public boolean hasErrors() {
        return count(Severity.ERROR) > 0;
    }

    public List<Finding> findings(Rule rule) {
        return findings.stream().filter(f -> f.rule() == rule).toList();
    }

    public List<Finding> findings(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).toList();
    }

    /**
     * The plain-text report: one line per finding ({@code WARNING must-used 4.2 Paging: ...}), then a summary line.
     * Rule ids and locations stay as they are in every language; severity names and messages follow the locale.
     */
    public String toText(Locale locale) {
        StringBuilder text = new StringBuilder();
        findings.forEach(f -> text.append(f.toLine(locale)).append('\n'));
        text.append(CheckMessages.format(locale, "summary", standardCode, editionLabel, count(Severity.ERROR),
                count(Severity.WARNING), count(Severity.INFO))).append('\n');
        return text.toString();
    }

    /**
     * The report as the tree the command line writes with {@code --json}: records whose component names are the JSON
     * field names, messages in the given language. Serializing it (Jackson) is the caller's business.
     */
    public CheckReportJson toJson(Locale locale) {
        return new CheckReportJson(
                new CheckReportJson.EditionJson(standardCode, editionLabel, stage == null ? null : stage.code()),
                findings.stream().map(f -> new CheckReportJson.FindingJson(f.ruleId(), f.severity().name(),
                        f.message(locale), f.location())).toList(),
                new CheckReportJson.CountsJson(count(Severity.ERROR), count(Severity.WARNING), count(Severity.INFO)));
    }
}
