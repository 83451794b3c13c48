package org.normative.conformance.check;

import org.normative.conformance.ConformanceException;

/**
 * An artifact the check could not read or refused to read: broken, hostile, too big, too deep. The verdict is
 * {@code ERROR} with this message, which must tell a vendor in plain words what is wrong and where.
 */
public class ArtifactException extends ConformanceException {

    public ArtifactException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    public ArtifactException(Throwable cause, String messageKey, Object... arguments) {
        super(cause, messageKey, arguments);
    }
}
