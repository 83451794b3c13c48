package org.normative.conformance.check.document;

/** What a parser said when it gave up, as the detail of a "not a readable ..." message. */
final class Failures {

    private Failures() {
    }

    /** The exception's message without its closing full stop (the message around it has its own). */
    static String detail(Throwable failure) {
        String detail = failure.getMessage() == null || failure.getMessage().isBlank()
                ? failure.getClass().getSimpleName() : failure.getMessage().strip();
        return detail.replaceFirst("\\.+$", "");
    }
}
