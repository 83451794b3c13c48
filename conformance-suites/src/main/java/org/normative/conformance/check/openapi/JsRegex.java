package org.normative.conformance.check.openapi;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * JavaScript regular expressions as Spectral's rule sets write them ({@code ^[a-z]+$} or {@code /^[a-z]+$/i}),
 * compiled for Java. The two dialects differ in a few places a rule set meets: JavaScript takes a brace that
 * starts no quantifier literally ({@code {[^}]*}}), and inside a class a {@code [} or {@code &&} literally; Java
 * refuses or reads them otherwise, so they are escaped. {@code [^]} (anything) and {@code []} (nothing) have no
 * Java spelling and are rewritten.
 */
final class JsRegex {

    private static final Pattern QUANTIFIER = Pattern.compile("\\{\\d+(,\\d*)?}");

    private JsRegex() {
    }

    /** A pattern from a rule set: {@code /source/flags}, or a plain source as {@code new RegExp(source)} takes it. */
    static Pattern compile(String pattern) {
        String source = pattern;
        String flags = "";
        int close = pattern.lastIndexOf('/');
        if (pattern.startsWith("/") && close > 1 // "//" is the text "//", as in Spectral, not an empty expression
                && pattern.substring(close + 1).chars().allMatch(c -> "dgimsuy".indexOf(c) >= 0)) {
            source = pattern.substring(1, close);
            flags = pattern.substring(close + 1);
        }
        int javaFlags = 0;
        if (flags.contains("i")) {
            javaFlags |= Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        }
        if (flags.contains("m")) {
            javaFlags |= Pattern.MULTILINE;
        }
        if (flags.contains("s")) {
            javaFlags |= Pattern.DOTALL;
        }
        try {
            return Pattern.compile(toJava(source), javaFlags);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("not a regular expression Java can run: " + pattern + " (" + e.getDescription() + ")", e);
        }
    }

    static String toJava(String source) {
        StringBuilder java = new StringBuilder(source.length() + 8);
        boolean inClass = false;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '\\' && i + 1 < source.length()) {
                java.append(c).append(source.charAt(++i));
            } else if (inClass) {
                if (c == ']') {
                    inClass = false;
                    java.append(c);
                } else if (c == '[' || c == '&') {
                    java.append('\\').append(c);
                } else {
                    java.append(c);
                }
            } else if (c == '[') {
                if (source.startsWith("[^]", i)) {
                    java.append("[\\s\\S]");
                    i += 2;
                } else if (source.startsWith("[]", i)) {
                    java.append("(?!)");
                    i += 1;
                } else {
                    inClass = true;
                    java.append(c);
                    if (i + 1 < source.length() && source.charAt(i + 1) == '^') {
                        java.append('^');
                        i++;
                    }
                    if (i + 1 < source.length() && source.charAt(i + 1) == ']') {
                        java.append("\\]"); // cannot happen in JavaScript after the cases above; kept literal
                        i++;
                    }
                }
            } else if (c == '{' && !QUANTIFIER.matcher(source).region(i, source.length()).lookingAt()) {
                java.append("\\{");
            } else if (c == '}' ) {
                java.append(quantifierCloses(source, i) ? "}" : "\\}");
            } else {
                java.append(c);
            }
        }
        return java.toString();
    }

    /** True when this brace ends a quantifier such as {@code {2,3}}. */
    private static boolean quantifierCloses(String source, int close) {
        int open = source.lastIndexOf('{', close);
        return open >= 0 && (open == 0 || source.charAt(open - 1) != '\\')
                && QUANTIFIER.matcher(source).region(open, close + 1).matches();
    }
}
