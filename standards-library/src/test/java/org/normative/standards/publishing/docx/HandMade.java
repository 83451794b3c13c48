package org.normative.standards.publishing.docx;

import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/** A Word document as people write one: built-in heading styles by name, numbers typed into the headings. */
final class HandMade {

    private HandMade() {
    }

    static void heading(XWPFDocument docx, int level, String text) {
        XWPFStyles styles = docx.getStyles() == null ? docx.createStyles() : docx.getStyles();
        String id = "Heading" + level;
        if (styles.getStyle(id) == null) {
            CTStyle style = CTStyle.Factory.newInstance();
            style.setStyleId(id);
            style.setType(STStyleType.PARAGRAPH);
            style.addNewName().setVal("heading " + level);
            style.addNewRPr().addNewSz().setVal(BigInteger.valueOf(28 - 2 * level));
            styles.addStyle(new XWPFStyle(style, styles));
        }
        XWPFParagraph paragraph = docx.createParagraph();
        paragraph.setStyle(id);
        paragraph.createRun().setText(text);
    }

    static void body(XWPFDocument docx, String text) {
        docx.createParagraph().createRun().setText(text);
    }
}
