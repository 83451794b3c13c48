package org.normative.standards.publishing.docx;

import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The paragraph styles of a standard's DOCX, after GB/T 1.1: text in SimSun (宋体) and Times New Roman, headings in
 * SimHei (黑体) with Word's built-in heading names and outline levels (so the contents field and the navigation pane
 * find them), and Normative's own styles for requirement blocks and term entries.
 */
final class DocxStyles {

    static final String HEADING = "Heading";
    static final String TITLE = "Title";
    static final String TOC = "TOC";

    private DocxStyles() {
    }

    static void define(XWPFDocument document, boolean chinese) {
        XWPFStyles styles = document.createStyles();
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii("Times New Roman");
        fonts.setHAnsi("Times New Roman");
        fonts.setEastAsia("SimSun");
        styles.setDefaultFonts(fonts);
        styles.setSpellingLanguage("en-US");
        styles.setEastAsia("zh-CN");
        add(styles, paragraph("Normal", "Normal", 21, false, null));
        add(styles, paragraph(TITLE, "Title", 44, true, "SimHei"));
        for (int level = 1; level <= 3; level++) {
            CTStyle heading = paragraph(HEADING + level, "heading " + level, level == 1 ? 28 : level == 2 ? 24 : 21, true,
                    "SimHei");
            heading.getPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1));
            heading.getPPr().addNewKeepNext();
            spacing(heading.getPPr(), 240, 120);
            add(styles, heading);
        }
        CTStyle foreword = paragraph(DocxManifest.STYLE_FOREWORD, "Normative foreword heading", 28, true, "SimHei");
        foreword.getPPr().addNewOutlineLvl().setVal(BigInteger.ZERO);
        spacing(foreword.getPPr(), 240, 120);
        add(styles, foreword);
        for (int level = 1; level <= 2; level++) {
            CTStyle toc = paragraph(TOC + level, "toc " + level, 21, false, null);
            toc.getPPr().addNewInd().setLeft(BigInteger.valueOf((level - 1) * 420L));
            add(styles, toc);
        }
        CTStyle requirement = paragraph(DocxManifest.STYLE_REQUIREMENT, "Normative requirement", 21, false, null);
        CTShd shade = requirement.getPPr().addNewShd();
        shade.setVal(STShd.CLEAR);
        shade.setFill("EEF2F8");
        CTBorder bar = requirement.getPPr().addNewPBdr().addNewLeft();
        bar.setVal(STBorder.SINGLE);
        bar.setSz(BigInteger.valueOf(24));
        bar.setSpace(BigInteger.valueOf(8));
        bar.setColor("1B3A6B");
        requirement.getPPr().addNewInd().setLeft(BigInteger.valueOf(200));
        spacing(requirement.getPPr(), 120, 120);
        add(styles, requirement);
        add(styles, paragraph(DocxManifest.STYLE_TERM_NUMBER, "Normative term number", 21, true, "SimHei"));
        add(styles, paragraph(DocxManifest.STYLE_TERM, "Normative term", 21, true, "SimHei"));
        add(styles, paragraph(DocxManifest.STYLE_TERM_DEFINITION, "Normative term definition", 21, false, null));
        add(styles, paragraph(DocxManifest.STYLE_TERM_SOURCE, "Normative term source", 18, false, null));
        if (chinese) {
            styles.getStyle("Normal").getCTStyle().getPPr().addNewInd().setFirstLineChars(BigInteger.valueOf(200));
        }
    }

    private static CTStyle paragraph(String id, String name, int halfPoints, boolean bold, String eastAsiaFont) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        if (!"Normal".equals(id)) {
            style.addNewBasedOn().setVal("Normal");
            style.addNewQFormat();
        }
        CTPPrGeneral paragraph = style.addNewPPr();
        if ("Normal".equals(id)) {
            spacing(paragraph, 0, 120);
        }
        CTRPr run = style.addNewRPr();
        run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        if (bold) {
            run.addNewB();
        }
        if (eastAsiaFont != null) {
            CTFonts fonts = run.addNewRFonts();
            fonts.setEastAsia(eastAsiaFont);
        }
        return style;
    }

    private static void spacing(CTPPrGeneral paragraph, long before, long after) {
        var spacing = paragraph.isSetSpacing() ? paragraph.getSpacing() : paragraph.addNewSpacing();
        spacing.setBefore(BigInteger.valueOf(before));
        spacing.setAfter(BigInteger.valueOf(after));
    }

    private static void add(XWPFStyles styles, CTStyle style) {
        styles.addStyle(new XWPFStyle(style, styles));
    }
}
