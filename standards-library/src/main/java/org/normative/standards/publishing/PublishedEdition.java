package org.normative.standards.publishing;

import java.util.Locale;

import org.normative.standards.LocalizedText;
import org.normative.standards.library.Committee;
import org.normative.standards.library.Edition;
import org.normative.standards.library.EditionContent;
import org.normative.standards.library.StandardDocument;

/**
 * One edition of a standard as it goes into a document, with the language the document is set in. The content is
 * written in whatever language its authors used; the language chooses the title, the fixed texts (contents,
 * foreword, labels) and the conventions (GB/T 1.1 or ISO/IEC Directives wording).
 */
public record PublishedEdition(String code, LocalizedText title, Committee committee, Edition edition,
                               EditionContent content, Locale language) {

    /**
     * The single edition of a document made by {@code EditionService.document(CODE@EDITION)}, in the requested
     * language, or, when none is requested, in the edition's primary language (the one most of its text is in).
     */
    public static PublishedEdition of(StandardDocument document, Locale requested) {
        if (document.editions().size() != 1) {
            throw new IllegalArgumentException("a document shows one edition, not " + document.editions().size());
        }
        StandardDocument.EditionDocument edition = document.editions().get(0);
        Locale language = requested != null ? requested : primaryLanguage(edition.content());
        return new PublishedEdition(document.standard().code(), document.standard().title(), document.committee(),
                edition.edition(), edition.content(), "zh".equals(language.getLanguage()) ? Locale.SIMPLIFIED_CHINESE
                : Locale.ENGLISH);
    }

    /** Chinese when the headings and texts hold more Han characters than Latin words, else English. */
    static Locale primaryLanguage(EditionContent content) {
        StringBuilder all = new StringBuilder();
        content.allClauses().forEach(c -> all.append(c.heading()).append('\n').append(c.body()).append('\n'));
        content.requirements().forEach(r -> all.append(r.statement()).append('\n'));
        long han = all.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
        long latinWords = all.toString().split("[^A-Za-z]+").length;
        return han > latinWords ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    }

    public boolean chinese() {
        return "zh".equals(language.getLanguage());
    }

    /** The designation as it stands on the cover and in the running header: {@code DG/T 0102—2026}. */
    public String designation() {
        return code + "—" + edition.label();
    }
}
