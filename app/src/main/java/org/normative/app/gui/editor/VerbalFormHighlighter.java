package org.normative.app.gui.editor;

import java.util.Collection;
import java.util.List;

import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.normative.standards.obligation.Match;

/**
 * Colours the verbal forms in the clause text as it is typed, English and Chinese alike: requirements (shall, 应),
 * recommendations (should, 宜), permissions (may, 可) and possibilities (can, 能) each in their own style, and the
 * forms the drafting rules forbid ("must", 必须, "may not", 不可) underlined as problems. The detector is the one the
 * requirement table and the editorial checks use, so what is coloured is what they will find.
 */
final class VerbalFormHighlighter {

    private final EditorViewModel viewModel;
    private final StyleClassedTextArea area;

    VerbalFormHighlighter(EditorViewModel viewModel, StyleClassedTextArea area) {
        this.viewModel = viewModel;
        this.area = area;
    }

    void attach() {
        area.textProperty().addListener((o, a, text) -> highlight(text));
        highlight(area.getText());
    }

    private void highlight(String text) {
        if (text.isEmpty()) {
            return;
        }
        area.setStyleSpans(0, spans(text, viewModel.verbalForms(text)));
    }

    /** Style spans covering the whole text: the matches styled, the rest plain. */
    static StyleSpans<Collection<String>> spans(String text, List<Match> matches) {
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        int at = 0;
        for (Match match : matches) {
            if (match.offset() < at || match.end() > text.length()) {
                continue;
            }
            spans.add(List.of(), match.offset() - at);
            spans.add(styles(match), match.length());
            at = match.end();
        }
        spans.add(List.of(), text.length() - at);
        return spans.create();
    }

    static List<String> styles(Match match) {
        if (!match.isVerbalForm()) {
            return List.of("verbal-form", "verbal-form-problem");
        }
        return List.of("verbal-form", "verbal-form-" + match.obligation().level().name().toLowerCase(java.util.Locale.ROOT));
    }
}
