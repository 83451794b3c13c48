package org.normative.conformance.check.json;

import java.util.Optional;
import java.util.regex.Pattern;
import org.everit.json.schema.regexp.JavaUtilRegexpFactory;
import org.everit.json.schema.regexp.Regexp;
import org.everit.json.schema.regexp.RegexpFactory;
import org.everit.json.schema.regexp.RegexpMatchingFailure;
import org.normative.conformance.check.CheckContext;
import org.normative.conformance.check.GuardedText;

/**
 * Java regular expressions, as everit uses by default, but matched over text that asks the running check whether
 * it must stop: a schema's {@code "pattern": "^(a+)+$"} against a vendor's "aaaa...!" backtracks for ages, and
 * without this the check's time limit would never reach it, since no input is read while everit validates.
 */
final class GuardedRegexpFactory implements RegexpFactory {

    private static final ThreadLocal<CheckContext> RUNNING = new ThreadLocal<>();
    /** everit's failure value; its constructor is not public. */
    private static final Optional<RegexpMatchingFailure> NO_MATCH =
            new JavaUtilRegexpFactory().createHandler("(?!)").patternMatchingFailure("");

    /** Work during which matching answers to this context's stop (time limit, cancel). */
    interface Work<T> {
        T run();
    }

    static <T> T guardedBy(CheckContext context, Work<T> work) {
        RUNNING.set(context);
        try {
            return work.run();
        } finally {
            RUNNING.remove();
        }
    }

    @Override
    public Regexp createHandler(String regexp) {
        Pattern pattern = Pattern.compile(regexp);
        return new Regexp() {
            @Override
            public Optional<RegexpMatchingFailure> patternMatchingFailure(String input) {
                CheckContext context = RUNNING.get();
                CharSequence text = context == null ? input : new GuardedText(input, context);
                return pattern.matcher(text).find() ? Optional.empty() : NO_MATCH;
            }

            @Override
            public String toString() {
                return regexp; // everit's messages quote it
            }
        };
    }
}
