package org.normative.conformance.check.document;

import java.util.List;
import java.util.Locale;
import org.normative.conformance.ConformanceException;
import org.normative.conformance.check.CheckContext;
import org.normative.conformance.result.Finding;
import org.normative.conformance.result.Location;
import org.normative.standards.LocalizedText;

/** How one rule of the profile reports on one artifact: findings under its id and severity, or why it was not tested. */
final class RuleReporter {

    private final ProfileRule.Basics rule;
    private final DocumentFormat format;
    private final String artifact;
    private final CheckContext context;
    private final List<LocalizedText> notTested;

    RuleReporter(ProfileRule.Basics rule, DocumentFormat format, String artifact, CheckContext context,
                 List<LocalizedText> notTested) {
        this.rule = rule;
        this.format = format;
        this.artifact = artifact;
        this.context = context;
        this.notTested = notTested;
    }

    DocumentFormat format() {
        return format;
    }

    CheckContext context() {
        return context;
    }

    /** The artifact as a whole: where findings about it go when no page or paragraph is to blame. */
    Location document() {
        return Location.of(artifact);
    }

    void report(Location location, String snippet, String messageKey, Object... arguments) {
        String message = ConformanceException.MESSAGES.format(Locale.ENGLISH, messageKey, arguments);
        context.report(Finding.of(rule.id(), rule.severity(), message, location).withSnippet(snippet));
    }

    /** The rule could not be evaluated on this artifact: the check is at best NOT_TESTED, with this reason. */
    void notTested(String messageKey, Object... arguments) {
        LocalizedText reason = ConformanceException.MESSAGES.text(messageKey, arguments);
        notTested.add(LocalizedText.of("Rule " + rule.id() + ": " + reason.en(), "规则 " + rule.id() + "：" + reason.zh()));
    }
}
