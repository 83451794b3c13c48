package org.normative.conformance.check.json;

import org.normative.conformance.ConformanceException;

/** Carries a refused {@code $ref} out through everit, which only lets unchecked exceptions pass. */
final class RefusedReference extends RuntimeException {

    RefusedReference(ConformanceException reason) {
        super(reason.getMessage(), reason, false, false);
    }

    ConformanceException reason() {
        return (ConformanceException) getCause();
    }
}
