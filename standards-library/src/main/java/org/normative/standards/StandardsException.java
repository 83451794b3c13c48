package org.normative.standards;

import java.util.Locale;
import java.util.Objects;

/**
 * The checked base exception of the standards library. It carries a message for people (a key into
 * {@code org/normative/standards/messages*.properties} plus arguments, so the app and the command line can show
 * it in the user's language) and, where there is one, the technical cause.
 */
public class StandardsException extends Exception {

    private static final Messages MESSAGES = new Messages("org.normative.standards.messages");

    private final transient Messages messages;
    private final String messageKey;
    private final transient Object[] arguments;

    public StandardsException(String messageKey, Object... arguments) {
        this(null, messageKey, arguments);
    }

    public StandardsException(Throwable cause, String messageKey, Object... arguments) {
        this(MESSAGES, cause, messageKey, arguments);
    }

    /** For the modules above the library: the same kind of exception with messages from their own bundle. */
    protected StandardsException(Messages messages, Throwable cause, String messageKey, Object... arguments) {
        super(messages.format(Locale.ROOT, messageKey, arguments), cause);
        this.messages = messages;
        this.messageKey = Objects.requireNonNull(messageKey);
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    /** The message for people, in the given language (English where no translation exists). */
    public String userMessage(Locale locale) {
        return messages.format(locale, messageKey, arguments);
    }

    /**
     * Runs a storage call, turning the unchecked exception of the storage library into a message for people: the
     * one place where repository failures cross into the services.
     */
    public static <T> T fromStorage(java.util.function.Supplier<T> call) throws StandardsException {
        try {
            return call.get();
        } catch (RuntimeException e) {
            throw new StandardsException(e, "workspace.database", e.getMessage());
        }
    }
}
