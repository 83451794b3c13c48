package org.normative.standards.library;

import org.normative.standards.StandardsException;

/** Someone else changed the same thing since it was read: nothing was overwritten; reload and apply again. */
public class EditConflictException extends StandardsException {

    public EditConflictException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
