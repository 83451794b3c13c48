package org.normative.conformance;

import org.normative.standards.LocalizedText;
import org.normative.standards.Messages;
import org.normative.standards.StandardsException;

/**
 * The checked exception of the conformance module: a message for people from
 * {@code org/normative/conformance/messages*.properties}, in English and Simplified Chinese.
 */
public class ConformanceException extends StandardsException {

    public static final Messages MESSAGES = new Messages("org.normative.conformance.messages");

    public ConformanceException(String messageKey, Object... arguments) {
        this(null, messageKey, arguments);
    }

    private final transient Object[] arguments;

    public ConformanceException(Throwable cause, String messageKey, Object... arguments) {
        super(MESSAGES, cause, messageKey, arguments);
        this.arguments = arguments.clone();
    }

    /** The message in both languages, as results and run records keep it. */
    public LocalizedText text() {
        return MESSAGES.text(messageKey(), arguments);
    }
}
