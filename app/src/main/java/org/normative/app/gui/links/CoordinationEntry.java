package org.normative.app.gui.links;

/**
 * One item of a committee's coordination list as people read it: the link ({@code path}), why it is on the list
 * ({@code why}) and the link's own note, if any (empty otherwise).
 */
public record CoordinationEntry(long linkId, String path, String why, String note) {
}
