package org.normative.standards.search;

import java.util.List;
import java.util.Locale;

/** A short piece of a text around the first place where a query token occurs. */
final class Snippets {

    private Snippets() {
    }

    static String around(String text, List<String> tokens, int width) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String lower = text.toLowerCase(Locale.ROOT);
        int at = -1;
        for (String token : tokens) {
            int found = lower.indexOf(token);
            if (found >= 0 && (at < 0 || found < at)) {
                at = found;
            }
        }
        int start = Math.max(0, (at < 0 ? 0 : at) - width / 3);
        int end = Math.min(text.length(), start + width);
        String piece = text.substring(start, end).replace('\n', ' ').strip();
        return (start > 0 ? "…" : "") + piece + (end < text.length() ? "…" : "");
    }
}
