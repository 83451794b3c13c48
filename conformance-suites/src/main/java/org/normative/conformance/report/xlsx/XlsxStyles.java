package org.normative.conformance.report.xlsx;

import java.util.EnumMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.normative.conformance.result.Verdict;

/** The few cell styles of the spreadsheet report, made once per workbook (a workbook holds at most 64,000). */
final class XlsxStyles {

    private final CellStyle header;
    private final CellStyle text;
    private final CellStyle date;
    private final CellStyle key;
    private final Map<Verdict, CellStyle> verdicts = new EnumMap<>(Verdict.class);

    XlsxStyles(Workbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setVerticalAlignment(VerticalAlignment.TOP);
        header.setWrapText(true);
        text = workbook.createCellStyle();
        text.setVerticalAlignment(VerticalAlignment.TOP);
        text.setWrapText(true);
        date = workbook.createCellStyle();
        date.setVerticalAlignment(VerticalAlignment.TOP);
        date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        key = workbook.createCellStyle();
        key.cloneStyleFrom(text);
        key.setFont(bold);
        for (Verdict verdict : Verdict.values()) {
            Font font = workbook.createFont();
            font.setBold(true);
            font.setColor(colour(verdict).getIndex());
            CellStyle style = workbook.createCellStyle();
            style.cloneStyleFrom(text);
            style.setFont(font);
            verdicts.put(verdict, style);
        }
    }

    private static IndexedColors colour(Verdict verdict) {
        return switch (verdict) {
            case PASS -> IndexedColors.GREEN;
            case FAIL -> IndexedColors.RED;
            case ERROR -> IndexedColors.VIOLET;
            case WARNING, NOT_TESTED, INCONCLUSIVE -> IndexedColors.ORANGE;
            case NOT_APPLICABLE -> IndexedColors.GREY_50_PERCENT;
        };
    }

    CellStyle header() {
        return header;
    }

    CellStyle text() {
        return text;
    }

    CellStyle date() {
        return date;
    }

    CellStyle key() {
        return key;
    }

    CellStyle verdict(Verdict verdict) {
        return verdicts.get(verdict);
    }
}
