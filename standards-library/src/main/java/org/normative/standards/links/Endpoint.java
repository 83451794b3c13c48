package org.normative.standards.links;

import java.util.Objects;

/**
 * One end of a link: a standard ({@code edition} null: undated, whatever edition is current), one edition of it,
 * or one requirement of an edition. The code may name a document outside the library ({@code ISO/IEC 27001}).
 */
public record Endpoint(String code, String edition, String requirement) {

    public Endpoint {
        Objects.requireNonNull(code, "code");
        edition = edition == null || edition.isBlank() ? null : edition;
        requirement = requirement == null || requirement.isBlank() ? null : requirement;
        if (requirement != null && edition == null) {
            throw new IllegalArgumentException("a requirement endpoint names its edition");
        }
    }

    public static Endpoint standard(String code) {
        return new Endpoint(code, null, null);
    }

    public static Endpoint edition(String code, String edition) {
        return new Endpoint(code, edition, null);
    }

    /** Parses {@code CODE}, {@code CODE@EDITION} or {@code CODE@EDITION#REQUIREMENT}. */
    public static Endpoint parse(String text) {
        String value = text == null ? "" : text.strip();
        int hash = value.indexOf('#');
        String requirement = hash < 0 ? null : value.substring(hash + 1).strip();
        String rest = hash < 0 ? value : value.substring(0, hash);
        int at = rest.lastIndexOf('@');
        String code = (at < 0 ? rest : rest.substring(0, at)).strip();
        if (code.isEmpty()) {
            throw new IllegalArgumentException("an endpoint needs a code: " + text);
        }
        return new Endpoint(code, at < 0 ? null : rest.substring(at + 1).strip(), requirement);
    }

    public boolean isDated() {
        return edition != null;
    }

    /** {@code DG/T 0101}, {@code DG/T 0101@2023} or {@code DG/T 0101@2023#/req/dg-0101/naming-structure}. */
    @Override
    public String toString() {
        return code + (edition == null ? "" : "@" + edition) + (requirement == null ? "" : "#" + requirement);
    }
}
