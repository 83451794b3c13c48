package org.normative.standards.publishing;

import java.util.ArrayList;
import java.util.List;

import org.normative.standards.library.Clause;
import org.normative.standards.library.EditionContent;
import org.normative.standards.library.Requirement;
import org.normative.standards.library.Term;

/**
 * What a standard's document says, in order, before any page is laid out: the cover, the foreword, and the
 * numbered clauses with their paragraphs, requirements and term entries. The DOCX and the PDF writer both set
 * this, so the two documents never disagree about what the standard says.
 *
 * <p>Clause texts are shown as written. Each requirement follows the text of its clause as a block marked with its
 * identifier (in the manner of OGC ModSpec), so a reader, a reviewer and a test suite cite the same id. The terms
 * clause lists the edition's terms as numbered entries (3.1, 3.2, ...) after its text, unless the clause already
 * holds them as subclauses; the references clause lists the normative references only when its text is empty.
 */
public record Outline(Cover cover, List<String> foreword, List<Section> sections) {

    public Outline {
        foreword = List.copyOf(foreword);
        sections = List.copyOf(sections);
    }

    /** A numbered clause: {@code level} 1 for a main clause, 2 for its subclauses, and so on. */
    public record Section(String number, int level, String key, String heading, List<Block> blocks) {
        public Section {
            blocks = List.copyOf(blocks);
        }

        /** The heading as it stands in the text and the contents: {@code 4.2  Paging}. */
        public String title() {
            return number + "  " + heading;
        }
    }

    /** What a section holds, in order. */
    public sealed interface Block permits Paragraph, RequirementBlock, TermEntry {
    }

    public record Paragraph(String text) implements Block {
    }

    public record RequirementBlock(Requirement requirement) implements Block {
    }

    public record TermEntry(String number, Term term) implements Block {
    }

    public static Outline of(PublishedEdition edition) {
        DocumentText text = new DocumentText(edition.language());
        List<Section> sections = new ArrayList<>();
        List<Clause> clauses = edition.content().clauses();
        for (int i = 0; i < clauses.size(); i++) {
            add(clauses.get(i), String.valueOf(i + 1), 1, edition.content(), sections);
        }
        return new Outline(Cover.of(edition, text), foreword(edition, text), sections);
    }

    private static void add(Clause clause, String number, int level, EditionContent content, List<Section> out) {
        List<Block> blocks = new ArrayList<>();
        paragraphs(clause.body()).forEach(p -> blocks.add(new Paragraph(p)));
        ClauseRole role = ClauseRole.of(clause);
        if (role == ClauseRole.REFERENCES && clause.body().isBlank()) {
            content.references().stream().filter(r -> r.normative())
                    .forEach(r -> blocks.add(new Paragraph((r.citation() + " " + r.title()).strip())));
        }
        if (role == ClauseRole.TERMS && clause.children().isEmpty()) {
            List<Term> terms = content.terms();
            for (int t = 0; t < terms.size(); t++) {
                blocks.add(new TermEntry(number + "." + (t + 1), terms.get(t)));
            }
        }
        content.requirementsOf(clause.key()).forEach(r -> blocks.add(new RequirementBlock(r)));
        out.add(new Section(number, level, clause.key(), clause.heading(), blocks));
        for (int i = 0; i < clause.children().size(); i++) {
            add(clause.children().get(i), number + "." + (i + 1), level + 1, content, out);
        }
    }

    /** A clause body's paragraphs: one per line, blank lines dropped. */
    public static List<String> paragraphs(String body) {
        return body.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static List<String> foreword(PublishedEdition edition, DocumentText text) {
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(text.get("foreword.rules"));
        if (edition.edition().revisesLabel() != null) {
            paragraphs.add(text.get("foreword.replaces", edition.code() + "—" + edition.edition().revisesLabel()));
        }
        paragraphs.add(text.get("foreword.committee", edition.committee().name().in(edition.language()),
                edition.committee().code()));
        paragraphs.add(text.get("foreword.requirements", edition.content().requirements().size()));
        if (edition.edition().stage().isDraft()) {
            paragraphs.add(text.get("foreword.draft", edition.edition().stage().label(edition.language())));
        }
        return paragraphs;
    }
}
