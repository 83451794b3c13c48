package org.normative.standards.obligation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.normative.standards.library.Obligation;

/**
 * The English verbal forms of ISO/IEC Directives Part 2 (2021), clause 7, tables 3 to 6, with the equivalent
 * expressions that are specific enough to find by pattern. One regular expression: alternatives that start at the
 * same word are listed negative first, so "shall not" wins over "shall" and "is not allowed" over "is allowed".
 *
 * <p>Left out on purpose, because they are too often something else: "is to", "has to" / "have to", "only ... is
 * permitted" (read as permission) and "is not to be". Known limits: an inverted condition ("Should the server
 * fail, ...") reads as a recommendation, and a verbal form quoted as a word ("the word 'shall'") counts.
 */
final class EnglishForms {

    private record Form(String regex, Obligation obligation, VerbalFormWarning warning) {
    }

    private static final String BE = "(?:is|are|be)";
    private static final String S = "\\s+";
    private static final String APOSTROPHE = "['\u2019]";

    /** Order matters where two alternatives start at the same word: the longer, negative one first. */
    private static final List<Form> FORMS = List.of(
            // requirement, negative; "it is not required that" is a permission (table 5), so it comes first
            new Form("it" + S + "is" + S + "not" + S + "required" + S + "that", Obligation.NEED_NOT, null),
            new Form("it" + S + "is" + S + "not" + S + "necessary" + S + "(?:to|that)", Obligation.NEED_NOT, null),
            new Form("it" + S + "is" + S + "not" + S + "recommended" + S + "that", Obligation.SHOULD_NOT, null),
            new Form("it" + S + "is" + S + "not" + S + "possible" + S + "to", Obligation.CANNOT, null),
            new Form("it" + S + "is" + S + "required" + S + "that", Obligation.SHALL, null),
            new Form("it" + S + "is" + S + "necessary" + S + "(?:to|that)", Obligation.SHALL, null),
            new Form("it" + S + "is" + S + "recommended" + S + "that", Obligation.SHOULD, null),
            new Form("it" + S + "is" + S + "possible" + S + "to", Obligation.CAN, null),
            new Form("there" + S + "is" + S + "no" + S + "possibility", Obligation.CANNOT, null),
            new Form("there" + S + "is" + S + "a" + S + "possibility", Obligation.CAN, null),
            new Form(BE + S + "not" + S + "(?:allowed|permitted|acceptable|permissible)", Obligation.SHALL_NOT, null),
            new Form(BE + S + "not" + S + "required" + S + "to", Obligation.NEED_NOT, null),
            new Form(BE + S + "not" + S + "recommended", Obligation.SHOULD_NOT, null),
            new Form(BE + S + "not" + S + "able" + S + "to", Obligation.CANNOT, null),
            new Form(BE + S + "unable" + S + "to", Obligation.CANNOT, null),
            new Form(BE + S + "required" + S + "to", Obligation.SHALL, null),
            new Form(BE + S + "recommended", Obligation.SHOULD, null),
            new Form(BE + S + "(?:allowed|permitted|permissible)", Obligation.MAY, null),
            new Form(BE + S + "able" + S + "to", Obligation.CAN, null),
            new Form("shall" + S + "(?:not|never)|shan" + APOSTROPHE + "t", Obligation.SHALL_NOT, null),
            new Form("shall", Obligation.SHALL, null),
            new Form("should" + S + "(?:not|never)|shouldn" + APOSTROPHE + "t", Obligation.SHOULD_NOT, null),
            new Form("ought" + S + "not" + S + "to", Obligation.SHOULD_NOT, null),
            new Form("should|ought" + S + "to", Obligation.SHOULD, null),
            new Form("need" + S + "not|needn" + APOSTROPHE + "t", Obligation.NEED_NOT, null),
            new Form("may" + S + "not", Obligation.NONE, VerbalFormWarning.MAY_NOT_USED),
            new Form("may", Obligation.MAY, null),
            new Form("cannot|can" + S + "not|can" + APOSTROPHE + "t", Obligation.CANNOT, null),
            new Form("can", Obligation.CAN, null),
            new Form("must" + S + "not|mustn" + APOSTROPHE + "t|must", Obligation.NONE, VerbalFormWarning.MUST_USED));

    /** Whole words: no Latin letter, digit or underscore on either side (Han characters are fine neighbours). */
    private static final Pattern PATTERN;

    static {
        StringBuilder regex = new StringBuilder("(?<![\\p{IsLatin}\\d_])(?:");
        for (int i = 0; i < FORMS.size(); i++) {
            regex.append(i == 0 ? "" : "|").append("(").append(FORMS.get(i).regex()).append(")");
        }
        regex.append(")(?![\\p{IsLatin}\\d_])");
        PATTERN = Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** "May 2024", "15 May": the month, not a permission. */
    private static final Pattern DIGIT_AFTER = Pattern.compile("\\s*\\d");
    private static final Pattern DIGIT_BEFORE = Pattern.compile("\\d\\s*$");

    private EnglishForms() {
    }

    static List<Match> scan(String text) {
        List<Match> matches = new ArrayList<>();
        Matcher m = PATTERN.matcher(text);
        while (m.find()) {
            Form form = formOf(m);
            if (form.obligation() == Obligation.MAY && isMonth(text, m)) {
                continue;
            }
            List<VerbalFormWarning> warnings = form.warning() == null ? List.of() : List.of(form.warning());
            matches.add(new Match(form.obligation(), m.group(), m.start(), m.end() - m.start(), Language.EN, warnings));
        }
        return matches;
    }

    private static Form formOf(Matcher m) {
        for (int g = 1; g <= FORMS.size(); g++) {
            if (m.group(g) != null) {
                return FORMS.get(g - 1);
            }
        }
        throw new IllegalStateException("a match without a form: " + m.group());
    }

    private static boolean isMonth(String text, Matcher m) {
        if (!m.group().equals("May")) {
            return false;
        }
        return DIGIT_AFTER.matcher(text).region(m.end(), text.length()).lookingAt()
                || DIGIT_BEFORE.matcher(text.substring(0, m.start())).find();
    }
}
