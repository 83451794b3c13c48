package org.normative.standards.obligation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.normative.standards.library.Obligation;

/**
 * The Chinese verbal forms (助动词) of GB/T 1.1-2020, clause 9 and annex C, found by forward maximum matching over
 * one dictionary that holds the forms and the common words that merely contain 应, 宜, 可 or 能 (应用, 响应, 对应,
 * 可靠, 许可, 功能, 性能, 能力 ...). At each position the longest entry wins; a word consumes its characters, so the
 * 应 of 响应 is never read as "shall", and a negative form (不应) wins over its positive (应) because it starts
 * earlier. An entry may refuse to match before certain characters (可以不 is not "need not" in 可以不同), and then
 * the next shorter entry gets its turn.
 *
 * <p>Known limits of matching without a dictionary of the whole language: a form glued to a word that happens to
 * be listed is missed (系统应用户要求 reads as 应用), 应对应 finds the second 应 rather than the first, and a
 * compound noun not listed here (some new 可X性) is read as a form. The exclusion list is a list of words that
 * occur in government and IT standards, not of the language; extend it when a false positive shows up.
 */
final class ChineseForms {

    private record Entry(String word, Obligation obligation, VerbalFormWarning warning, boolean form, String notBefore) {

        boolean matchesAt(String text, int i) {
            if (!text.startsWith(word, i)) {
                return false;
            }
            int next = i + word.length();
            return next >= text.length() || notBefore.indexOf(text.charAt(next)) < 0;
        }
    }

    /** Words after 不 that make an adjective or conjunction rather than a negated verbal form: 可以不同. */
    private static final String NOT_WORDS = "同断足仅只超少低高受限变停良错利久论";

    private static final List<Entry> ENTRIES = new ArrayList<>();

    static {
        // requirement (table C.1); 应当 is the form of laws and regulations, read as 应
        forms(Obligation.SHALL_NOT, "不应该", "不应当", "不应", "不得", "不准许", "不允许");
        forms(Obligation.SHALL, "应该", "应当", "只准许", "应");
        // recommendation (table C.2)
        forms(Obligation.SHOULD_NOT, "不宜", "不推荐", "不建议");
        forms(Obligation.SHOULD, "宜", "推荐", "建议");
        // permission (table C.3)
        forms(Obligation.NEED_NOT, "不必", "无须", "无需", "不需要", "不需");
        ENTRIES.add(new Entry("可以不", Obligation.NEED_NOT, null, true, NOT_WORDS));
        forms(Obligation.MAY, "可以", "允许", "可");
        // possibility and capability (table C.4)
        forms(Obligation.CANNOT, "不能够", "不能", "不可能", "没有可能");
        forms(Obligation.CAN, "能够", "能", "可能", "有可能");
        // forbidden substitutes: 必须 for 应, 不可 for 不应
        ENTRIES.add(new Entry("必须", Obligation.NONE, VerbalFormWarning.MUST_USED, true, ""));
        ENTRIES.add(new Entry("不可", Obligation.NONE, VerbalFormWarning.MAY_NOT_USED, true, ""));

        words("应用", "响应", "对应", "供应", "适应", "相应", "应急", "反应", "效应", "感应", "呼应", "回应", "应答",
                "应对", "应变", "答应", "顺应", "照应", "应邀", "应聘", "应届", "应试", "应酬", "因应", "应收", "应付",
                "内应");
        words("便宜", "适宜", "事宜", "宜居", "时宜", "机宜", "权宜", "推荐性", "建议书");
        words("可靠", "许可", "认可", "可视", "可信", "可行", "可控", "可读", "可写", "可扩展", "可追溯", "可见", "可疑",
                "可比", "可变", "可逆", "可达", "可编程", "可执行", "可移植", "可维护", "可访问", "可用性", "可审计",
                "可度量", "可观测", "可验证", "可识别", "可替代", "可持续", "可及", "宁可", "尚可", "可是", "可惜",
                "可谓", "可观", "可怕", "可笑", "可乐", "可口", "可能性", "尽可能", "如有可能");
        words("不可或缺", "不可避免", "不可抗力", "不可逆", "不可否认", "不可篡改", "不可分割", "不可替代", "不可信",
                "不可控", "不可读", "不可见");
        // 不可用 is "unavailable", but 不可用于 / 不可用作 / 不可用来 is "may not be used for"
        ENTRIES.add(new Entry("不可用", Obligation.NONE, null, false, "于作来"));
        words("功能", "性能", "智能", "能力", "能源", "能耗", "效能", "技能", "职能", "本能", "节能", "动能", "势能",
                "热能", "电能", "核能", "赋能", "潜能", "能量", "能效", "体能", "产能", "机能", "万能", "全能", "无能",
                "能否");
        words("不必要", "不需要的");
        words("怪不得", "舍不得", "巴不得", "了不得", "恨不得", "少不得", "要不得", "顾不得", "由不得", "记不得",
                "免不得");
        ENTRIES.sort(Comparator.comparingInt((Entry e) -> e.word().length()).reversed());
    }

    private static final String FIRST_CHARS = ENTRIES.stream().map(e -> e.word().substring(0, 1)).distinct()
            .reduce("", String::concat);

    private ChineseForms() {
    }

    private static void forms(Obligation obligation, String... words) {
        for (String w : words) {
            ENTRIES.add(new Entry(w, obligation, null, true, ""));
        }
    }

    private static void words(String... words) {
        for (String w : words) {
            ENTRIES.add(new Entry(w, Obligation.NONE, null, false, ""));
        }
    }

    static List<Match> scan(String text) {
        List<Match> matches = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            Entry entry = FIRST_CHARS.indexOf(text.charAt(i)) < 0 ? null : longestAt(text, i);
            if (entry == null) {
                i++;
                continue;
            }
            if (entry.form()) {
                List<VerbalFormWarning> warnings = entry.warning() == null ? List.of() : List.of(entry.warning());
                matches.add(new Match(entry.obligation(), entry.word(), i, entry.word().length(), Language.ZH, warnings));
            }
            i += entry.word().length();
        }
        return matches;
    }

    private static Entry longestAt(String text, int i) {
        for (Entry e : ENTRIES) {
            if (e.matchesAt(text, i)) {
                return e;
            }
        }
        return null;
    }
}
