package org.normative.standards.publishing.pdf;

import java.io.IOException;

import org.normative.standards.publishing.Cover;
import org.normative.standards.publishing.pdf.layout.LineBreaker;
import org.normative.standards.publishing.pdf.layout.PageFlow;
import org.normative.standards.publishing.pdf.layout.Style;

/**
 * The cover in the manner of ISO and GB standards: the series top left and the designation top right over a heavy
 * rule, the title block in the middle of the page (the title, the title in the other language, the stage and, for a
 * draft, the notice that it is not yet a standard), and the dates and the committee at the foot over a rule.
 */
record EditionCover(Cover cover, EditionTypography type) {

    void draw(PageFlow flow) throws IOException {
        float left = flow.left();
        float right = left + flow.width();
        float top = flow.y();
        flow.line(draw(cover.series(), type.stage()), type.stage(), left, top - type.designation().ascent());
        rightAligned(flow, cover.designation(), type.designation(), right, top - type.designation().ascent());
        float y = top - type.designation().leading();
        if (cover.replaces() != null) {
            rightAligned(flow, cover.replaces(), type.muted(), right, y - type.muted().ascent());
            y -= type.muted().leading();
        }
        flow.rule(left, y - 4, flow.width(), 2.2f, EditionTypography.INK);

        flow.down(top - PageFlow.SIZE.getHeight() * 0.62f);
        flow.paragraph(cover.title(), type.title());
        if (cover.otherTitle() != null) {
            flow.down(6);
            flow.paragraph(cover.otherTitle(), type.otherTitle());
        }
        flow.down(18);
        flow.paragraph(cover.stage(), type.stage());
        if (cover.draftNotice() != null) {
            flow.down(6);
            flow.paragraph(cover.draftNotice(), type.muted());
        }

        float foot = PageFlow.BOTTOM + 2 * type.body().leading() + 8;
        flow.rule(left, foot, flow.width(), 1.2f, EditionTypography.INK);
        float baseline = foot - 8 - type.body().ascent();
        flow.line(draw(cover.published(), type.body()), type.body(), left, baseline);
        rightAligned(flow, cover.implemented(), type.body(), right, baseline);
        String committee = draw(cover.committee(), type.heading2());
        float width = type.heading2().face().width(committee, type.heading2().size());
        flow.line(committee, type.heading2(), left + (flow.width() - width) / 2, baseline - type.body().leading() - 4);
    }

    private static void rightAligned(PageFlow flow, String text, Style style, float right, float baseline)
            throws IOException {
        for (String line : LineBreaker.lines(style.face().drawable(text), style, flow.width() / 2)) {
            flow.line(line, style, right - style.face().width(line, style.size()), baseline);
            baseline -= style.leading();
        }
    }

    private static String draw(String text, Style style) {
        return style.face().drawable(text);
    }
}
