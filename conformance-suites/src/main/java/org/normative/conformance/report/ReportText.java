package org.normative.conformance.report;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.normative.conformance.ConformanceException;
import org.normative.conformance.result.Severity;
import org.normative.conformance.result.Verdict;
import org.normative.conformance.run.OverallVerdict;
import org.normative.standards.LocalizedText;

/** The fixed words of the human reports (PDF, XLSX) in one language, from the module's bilingual bundle. */
public final class ReportText {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final Locale locale;

    public ReportText(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public boolean chinese() {
        return "zh".equals(locale.getLanguage());
    }

    public String get(String key, Object... arguments) {
        return ConformanceException.MESSAGES.format(locale, key, arguments);
    }

    /** The text in this language, or the other one; empty for none. */
    public String of(LocalizedText text) {
        return text == null ? "" : text.in(locale);
    }

    public String verdict(Verdict verdict) {
        return get("report.verdict." + verdict.name());
    }

    public String overall(OverallVerdict verdict) {
        return get("report.overall." + verdict.name());
    }

    public String severity(Severity severity) {
        return get("report.severity." + severity.name());
    }

    public String yesNo(boolean yes) {
        return get(yes ? "report.yes" : "report.no");
    }

    /** Reports give times in UTC, so that two copies of one report say the same whatever the reader's zone. */
    public String date(Instant instant) {
        return DATE.format(instant);
    }

    public String duration(long millis) {
        return get("report.duration", millis / 1000.0);
    }
}
