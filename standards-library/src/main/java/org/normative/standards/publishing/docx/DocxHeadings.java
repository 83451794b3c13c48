package org.normative.standards.publishing.docx;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrBase;

/** Which paragraphs of a Word document are headings, and of what level, however the document says it. */
public final class DocxHeadings {

    /** Built-in heading styles by name ("heading 1"); Chinese Word templates name them "标题 1". */
    private static final Pattern HEADING_STYLE = Pattern.compile("(?:heading|标题)\\s*([1-9])");
    /** Style inheritance followed this far (a loop of basedOn in a hostile file ends here). */
    private static final int MAX_STYLE_CHAIN = 16;
    /** Word's outline level 9 is "body text". */
    private static final int BODY_TEXT = 9;

    private DocxHeadings() {
    }

    /**
     * The heading level of a paragraph, 1 at the top, or null for body text: its own outline level, else its
     * style's (following the styles it is based on), else a built-in heading style's number, else 0 for "Title".
     */
    public static Integer level(XWPFParagraph paragraph, XWPFStyles styles) {
        Integer level = outlineLevel(paragraph.getCTPPr());
        String styleId = paragraph.getStyleID();
        for (int i = 0; level == null && styleId != null && styles != null && i < MAX_STYLE_CHAIN; i++) {
            XWPFStyle style = styles.getStyle(styleId);
            if (style == null) {
                break;
            }
            level = outlineLevel(style.getCTStyle().getPPr());
            if (level == null && style.getName() != null) {
                String styleName = style.getName().toLowerCase(Locale.ROOT);
                Matcher heading = HEADING_STYLE.matcher(styleName);
                if (heading.matches()) {
                    level = Integer.parseInt(heading.group(1));
                } else if ("title".equals(styleName) || "标题".equals(styleName)) {
                    level = 0;
                }
            }
            styleId = style.getBasisStyleID();
        }
        return level == null || level > BODY_TEXT ? null : level;
    }

    private static Integer outlineLevel(CTPPrBase properties) {
        if (properties == null || !properties.isSetOutlineLvl()) {
            return null;
        }
        int value = properties.getOutlineLvl().getVal().intValue();
        return value >= BODY_TEXT ? BODY_TEXT + 1 : value + 1;
    }
}
