package org.normative.conformance.check.document;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDPage;
import org.normative.conformance.result.Location;

/**
 * Finds the fonts of a PDF that are not embedded, from the font dictionaries of each page's resources and of the
 * forms they draw, without loading the fonts themselves: a font is embedded when its descriptor holds a font file
 * (a Type 0 font through its descendant; a Type 3 font is made of drawings and always embedded). Each resource
 * dictionary and font is looked at once per document, however many pages share it.
 */
final class PdfFonts {

    /** Forms drawn inside forms, followed this deep. */
    private static final int MAX_FORM_DEPTH = 16;

    private final Set<COSDictionary> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    private final String artifact;
    private final DocumentEvents events;

    PdfFonts(String artifact, DocumentEvents events) {
        this.artifact = artifact;
        this.events = events;
    }

    void scan(PDPage page, int number) {
        resources(page.getCOSObject().getCOSDictionary(COSName.RESOURCES), number, 0);
    }

    private void resources(COSDictionary resources, int page, int depth) {
        if (resources == null || depth > MAX_FORM_DEPTH || !seen.add(resources)) {
            return;
        }
        COSDictionary fonts = resources.getCOSDictionary(COSName.FONT);
        if (fonts != null) {
            for (COSName name : fonts.keySet()) {
                if (dereference(fonts.getDictionaryObject(name)) instanceof COSDictionary font && seen.add(font)
                        && !embedded(font)) {
                    String base = font.getNameAsString(COSName.BASE_FONT);
                    events.fontNotEmbedded(base == null ? name.getName() : base, Location.of(artifact).page(page));
                }
            }
        }
        COSDictionary forms = resources.getCOSDictionary(COSName.XOBJECT);
        if (forms != null) {
            for (COSName name : forms.keySet()) {
                if (dereference(forms.getDictionaryObject(name)) instanceof COSDictionary form
                        && COSName.FORM.equals(form.getCOSName(COSName.SUBTYPE))) {
                    resources(form.getCOSDictionary(COSName.RESOURCES), page, depth + 1);
                }
            }
        }
    }

    private static boolean embedded(COSDictionary font) {
        COSName type = font.getCOSName(COSName.SUBTYPE);
        if (COSName.TYPE3.equals(type)) {
            return true;
        }
        COSDictionary described = font;
        if (COSName.TYPE0.equals(type)) {
            COSArray descendants = font.getCOSArray(COSName.DESCENDANT_FONTS);
            if (descendants == null || descendants.size() == 0
                    || !(dereference(descendants.getObject(0)) instanceof COSDictionary descendant)) {
                return false;
            }
            described = descendant;
        }
        COSDictionary descriptor = described.getCOSDictionary(COSName.FONT_DESC);
        return descriptor != null && (descriptor.containsKey(COSName.FONT_FILE) || descriptor.containsKey(COSName.FONT_FILE2)
                || descriptor.containsKey(COSName.FONT_FILE3));
    }

    private static COSBase dereference(COSBase value) {
        return value instanceof COSObject object ? object.getObject() : value;
    }
}
