package org.normative.conformance.workspace;

/** Orders version strings numerically part by part ("1.10.0" after "1.9.2"), for "the newest version". */
final class VersionOrder {

    private VersionOrder() {
    }

    static String key(String version) {
        StringBuilder key = new StringBuilder();
        for (String part : version.split("[.+-]")) {
            key.append(part.matches("\\d{1,9}") ? String.format("%09d", Integer.parseInt(part)) : part).append('.');
        }
        return key.toString();
    }
}
