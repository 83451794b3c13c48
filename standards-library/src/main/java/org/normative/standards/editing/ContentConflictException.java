package org.normative.standards.editing;

import org.normative.standards.library.EditConflictException;
import org.normative.standards.library.EditionContent;

/** A save found the edition changed by someone else since it was loaded: nothing was written; theirs is here. */
public final class ContentConflictException extends EditConflictException {

    private final transient EditionContent stored;

    public ContentConflictException(String edition, EditionContent stored) {
        super("edit.conflict.content", edition);
        this.stored = stored;
    }

    /** What is stored now: the other version, to show beside the editor's own. */
    public EditionContent stored() {
        return stored;
    }
}
