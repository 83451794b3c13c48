package org.normative.standards.publishing;

import org.normative.standards.LocalizedText;

/**
 * The cover of a standard's document: the designation (top right), the edition it replaces, the title in the
 * document's language and the other title under it, the stage, and the dates at the foot with the committee.
 * {@code replaces}, {@code otherTitle} and {@code draftNotice} may be null.
 */
public record Cover(String series, String designation, String replaces, String title, String otherTitle, String stage,
                    String draftNotice, String published, String implemented, String committee) {

    static Cover of(PublishedEdition edition, DocumentText text) {
        LocalizedText title = edition.title();
        String shown = title.in(edition.language());
        String other = edition.chinese() ? title.en() : title.zh();
        String revises = edition.edition().revisesLabel();
        boolean draft = edition.edition().stage().isDraft();
        return new Cover(text.get("cover.series"), edition.designation(),
                revises == null ? null : text.get("cover.replaces", edition.code() + "—" + revises),
                shown, other == null || other.equals(shown) ? null : other,
                edition.edition().stage().label(edition.language()),
                draft ? text.get("cover.draftNotice") : null,
                text.get("cover.published", text.date(edition.edition().publishedOn())),
                text.get("cover.implemented", text.date(edition.edition().implementedOn())),
                text.get("cover.committee", edition.committee().name().in(edition.language())));
    }
}
