package org.normative.standards.diff;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.normative.standards.library.Obligation;

/**
 * The words of {@link Change#details()}: made here in stable English (what the JSON carries) and translated here for
 * people who read Simplified Chinese, so that the two cannot drift apart.
 */
final class ChangeDetails {

    static final String HEADING = "heading";
    static final String TEXT = "text";
    static final String TERM = "term";
    static final String DEFINITION = "definition";
    static final String SOURCE = "source";
    static final String TITLE = "title";
    static final String NONE = "none";

    private static final Map<String, String> FIXED_ZH = Map.of(
            HEADING, "标题",
            TEXT, "文本",
            TERM, "术语",
            DEFINITION, "定义",
            SOURCE, "来源",
            TITLE, "名称",
            "normative -> informative", "规范性 -> 资料性",
            "informative -> normative", "资料性 -> 规范性");

    private static final Map<Obligation, String> OBLIGATION_ZH = new EnumMap<>(Map.of(
            Obligation.SHALL, "应", Obligation.SHALL_NOT, "不应", Obligation.SHOULD, "宜", Obligation.SHOULD_NOT, "不宜",
            Obligation.MAY, "可", Obligation.NEED_NOT, "不必", Obligation.CAN, "能", Obligation.CANNOT, "不能",
            Obligation.NONE, "无"));

    private record Translation(Pattern english, Function<Matcher, String> chinese) {
    }

    private static final List<Translation> PATTERNS_ZH = List.of(
            new Translation(Pattern.compile("obligation (\\w+) -> (\\w+)"),
                    m -> "能愿动词 " + obligationZh(m.group(1)) + " -> " + obligationZh(m.group(2))),
            new Translation(Pattern.compile("class (.*) -> (.*)"),
                    m -> "要求类 " + noneZh(m.group(1)) + " -> " + noneZh(m.group(2))),
            new Translation(Pattern.compile("moved from (.*) to (.*)"),
                    m -> "从 " + noneZh(m.group(1)) + " 移至 " + noneZh(m.group(2))),
            new Translation(Pattern.compile("code (.*) -> (.*)"), m -> "代号 " + m.group(1) + " -> " + m.group(2)),
            new Translation(Pattern.compile("edition (.*) -> (.*) \\(dated reference\\)"),
                    m -> "版本 " + m.group(1) + " -> " + m.group(2) + "（注日期引用）"),
            new Translation(Pattern.compile("dated (.*) -> undated"), m -> "注日期 " + m.group(1) + " -> 不注日期"),
            new Translation(Pattern.compile("undated -> dated (.*)"), m -> "不注日期 -> 注日期 " + m.group(1)));

    private ChangeDetails() {
    }

    static String obligation(Obligation before, Obligation after) {
        return "obligation " + before.name() + " -> " + after.name();
    }

    static String requirementClass(String before, String after) {
        return "class " + orNone(before) + " -> " + orNone(after);
    }

    static String moved(String from, String to) {
        return "moved from " + orNone(from) + " to " + orNone(to);
    }

    static String code(String before, String after) {
        return "code " + before + " -> " + after;
    }

    /** How the edition a reference cites changed, or null when it did not. */
    static String edition(String before, String after) {
        if (before == null && after == null || before != null && before.equals(after)) {
            return null;
        }
        if (before == null) {
            return "undated -> dated " + after;
        }
        if (after == null) {
            return "dated " + before + " -> undated";
        }
        return "edition " + before + " -> " + after + " (dated reference)";
    }

    static String normativity(boolean normative) {
        return normative ? "informative -> normative" : "normative -> informative";
    }

    /** The detail in the language of {@code locale}: Simplified Chinese for {@code zh}, else as made. */
    static String in(String detail, Locale locale) {
        if (!"zh".equals(locale.getLanguage())) {
            return detail;
        }
        String fixed = FIXED_ZH.get(detail);
        if (fixed != null) {
            return fixed;
        }
        for (Translation translation : PATTERNS_ZH) {
            Matcher matcher = translation.english().matcher(detail);
            if (matcher.matches()) {
                return translation.chinese().apply(matcher);
            }
        }
        return detail;
    }

    private static String orNone(String value) {
        return value == null || value.isBlank() ? NONE : value;
    }

    private static String noneZh(String value) {
        return NONE.equals(value) ? "无" : value;
    }

    private static String obligationZh(String name) {
        try {
            Obligation obligation = Obligation.valueOf(name);
            return name + "（" + OBLIGATION_ZH.get(obligation) + "）";
        } catch (IllegalArgumentException e) {
            return name;
        }
    }
}
