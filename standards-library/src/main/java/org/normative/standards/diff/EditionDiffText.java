package org.normative.standards.diff;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A diff as text for people, in English or Simplified Chinese ({@code zh}). One line per change:
 *
 * <pre>
 * + requirement /req/dg-0102/mfa [added, significant]: The system shall support two factors.
 * ~ clause auth [changed]: 5.1 Authentication
 *     text
 *     The system [-may-]{+shall+} lock the account.
 * &gt; clause paging [moved]: 4.2 Paging -&gt; 5.1 Paging
 *     moved from 4.2 to 5.1
 * </pre>
 *
 * Signs: {@code +} added, {@code -} removed, {@code >} moved, {@code ~} changed. Details follow on an indented line,
 * then the word diff with deletions as {@code [-...-]} and insertions as {@code {+...+}}. A summary line ends the
 * text. Lines end with {@code \n}.
 */
public final class EditionDiffText {

    private static final String INDENT = "    ";

    private EditionDiffText() {
    }

    /** The changes and a summary line. */
    public static String render(EditionDiff diff, Locale locale) {
        boolean zh = isChinese(locale);
        StringBuilder out = new StringBuilder();
        if (diff.isEmpty()) {
            return out.append(zh ? "无变化。" : "No changes.").append('\n').toString();
        }
        for (Change change : diff.changes()) {
            appendChange(out, change, locale);
        }
        return out.append(summary(diff, zh)).append('\n').toString();
    }

    /**
     * A first line naming both editions ({@code DG/T 0102@2019 (60.60 Published) -> DG/T 0102@2022 (...)}), then as
     * {@link #render(EditionDiff, Locale)}.
     */
    public static String render(ComparedEdition from, ComparedEdition to, EditionDiff diff, Locale locale) {
        return from.display(locale) + " -> " + to.display(locale) + '\n' + render(diff, locale);
    }

    /** Deletions as {@code [-...-]}, insertions as {@code {+...+}}, unchanged text as it is. */
    public static String inline(List<TextSegment> wordDiff) {
        StringBuilder out = new StringBuilder();
        for (TextSegment segment : wordDiff) {
            switch (segment.kind()) {
                case EQUAL -> out.append(segment.text());
                case DELETED -> out.append("[-").append(segment.text()).append("-]");
                case INSERTED -> out.append("{+").append(segment.text()).append("+}");
            }
        }
        return out.toString();
    }

    private static void appendChange(StringBuilder out, Change change, Locale locale) {
        boolean zh = isChinese(locale);
        out.append(sign(change.type())).append(' ').append(subject(change.subject(), zh)).append(' ')
                .append(change.key()).append(" [").append(type(change.type(), zh));
        if (change.significant()) {
            out.append(zh ? "，重要" : ", significant");
        }
        out.append(']');
        String label = label(change);
        if (label != null) {
            out.append(zh ? "：" : ": ").append(indented(label));
        }
        out.append('\n');
        if (!change.details().isEmpty()) {
            out.append(INDENT).append(change.details().stream().map(d -> ChangeDetails.in(d, locale))
                    .collect(Collectors.joining(zh ? "；" : "; "))).append('\n');
        }
        if (!change.wordDiff().isEmpty()) {
            out.append(INDENT).append(indented(inline(change.wordDiff()))).append('\n');
        }
    }

    /**
     * What the first line shows: the label of the side that exists, the label when both read the same, else both;
     * a requirement's label is its statement, so a changed statement shows only in the word diff.
     */
    private static String label(Change change) {
        String before = change.beforeLabel();
        String after = change.afterLabel();
        if (before == null || after == null) {
            return before == null ? after : before;
        }
        if (change.subject() == Change.Subject.REQUIREMENT) {
            return change.type() == ChangeType.CHANGED && !change.wordDiff().isEmpty() ? null : after;
        }
        return before.equals(after) ? after : before + " -> " + after;
    }

    private static String summary(EditionDiff diff, boolean zh) {
        int total = diff.changes().size();
        int added = diff.count(ChangeType.ADDED);
        int removed = diff.count(ChangeType.REMOVED);
        int moved = diff.count(ChangeType.MOVED);
        int changed = diff.count(ChangeType.CHANGED);
        if (zh) {
            return "共 " + total + " 处变化，其中重要 " + diff.significantCount() + " 处：新增 " + added + "，删除 "
                    + removed + "，移动 " + moved + "，修改 " + changed;
        }
        return total + (total == 1 ? " change, " : " changes, ") + diff.significantCount() + " significant: "
                + added + " added, " + removed + " removed, " + moved + " moved, " + changed + " changed";
    }

    private static String indented(String text) {
        return text.replace("\r\n", "\n").replace("\n", "\n" + INDENT);
    }

    private static char sign(ChangeType type) {
        return switch (type) {
            case ADDED -> '+';
            case REMOVED -> '-';
            case MOVED -> '>';
            case CHANGED -> '~';
        };
    }

    private static String subject(Change.Subject subject, boolean zh) {
        return switch (subject) {
            case CLAUSE -> zh ? "条款" : "clause";
            case REQUIREMENT -> zh ? "要求" : "requirement";
            case TERM -> zh ? "术语" : "term";
            case REFERENCE -> zh ? "引用文件" : "reference";
        };
    }

    private static String type(ChangeType type, boolean zh) {
        return switch (type) {
            case ADDED -> zh ? "新增" : "added";
            case REMOVED -> zh ? "删除" : "removed";
            case MOVED -> zh ? "移动" : "moved";
            case CHANGED -> zh ? "修改" : "changed";
        };
    }

    private static boolean isChinese(Locale locale) {
        return "zh".equals(locale.getLanguage());
    }
}
