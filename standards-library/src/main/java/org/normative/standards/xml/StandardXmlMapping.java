package org.normative.standards.xml;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.normative.standards.LocalizedText;
import org.normative.standards.library.Clause;
import org.normative.standards.library.Committee;
import org.normative.standards.library.Edition;
import org.normative.standards.library.EditionContent;
import org.normative.standards.library.FrameworkNode;
import org.normative.standards.library.Member;
import org.normative.standards.library.Obligation;
import org.normative.standards.library.Reference;
import org.normative.standards.library.Requirement;
import org.normative.standards.library.Role;
import org.normative.standards.library.Stage;
import org.normative.standards.library.Standard;
import org.normative.standards.library.StandardDocument;
import org.normative.standards.library.StandardDocument.EditionDocument;
import org.normative.standards.library.Term;

/**
 * The model to the JAXB classes and back. Writing leaves out what is absent or empty (a null date, an empty body, a
 * list with nothing in it), so the same document always gives the same elements; reading gives editions and
 * clauses id 0 and numbers clauses by position.
 */
final class StandardXmlMapping {

    private StandardXmlMapping() {
    }

    static XmlStandard toXml(StandardDocument document) {
        Standard standard = Objects.requireNonNull(document.standard(), "standard");
        Committee committee = Objects.requireNonNull(document.committee(), "committee");
        FrameworkNode node = document.frameworkNode();
        requireSame("committee code", standard.committeeCode(), committee.code());
        requireSame("framework code", standard.frameworkCode(), node == null ? null : node.code());
        requireSame("edition labels", standard.editions().stream().map(Edition::label).toList(),
                document.editions().stream().map(e -> e.edition().label()).toList());

        XmlStandard xml = new XmlStandard();
        xml.code = standard.code();
        xml.titles = texts(standard.title());
        xml.committee = toXml(committee);
        xml.frameworkNode = node == null ? null : toXml(node);
        xml.editions = map(document.editions(), StandardXmlMapping::toXml);
        return xml;
    }

    static StandardDocument fromXml(XmlStandard xml) {
        Committee committee = fromXml(xml.committee);
        FrameworkNode node = xml.frameworkNode == null ? null : fromXml(xml.frameworkNode);
        List<EditionDocument> editions = map(xml.editions, StandardXmlMapping::fromXml);
        Standard standard = new Standard(xml.code, text(xml.titles), committee.code(), node == null ? null : node.code(),
                editions.stream().map(EditionDocument::edition).toList());
        return new StandardDocument(committee, node, standard, editions);
    }

    private static XmlCommittee toXml(Committee committee) {
        XmlCommittee xml = new XmlCommittee();
        xml.code = committee.code();
        xml.names = texts(committee.name());
        xml.domain = committee.domain();
        xml.members = orNull(map(committee.members(), m -> {
            XmlMember member = new XmlMember();
            member.role = m.role() == null ? null : m.role().name();
            member.person = m.person();
            member.organisation = m.organisation();
            return member;
        }));
        xml.liaisons = orNull(map(committee.liaisons(), XmlLiaison::new));
        return xml;
    }

    private static Committee fromXml(XmlCommittee xml) {
        return new Committee(xml.code, text(xml.names), xml.domain,
                map(xml.members, m -> new Member(m.person, m.organisation, Role.valueOf(m.role))),
                map(xml.liaisons, l -> l.committee));
    }

    private static XmlFrameworkNode toXml(FrameworkNode node) {
        XmlFrameworkNode xml = new XmlFrameworkNode();
        xml.code = node.code();
        xml.parent = node.parentCode();
        xml.names = texts(node.name());
        return xml;
    }

    private static FrameworkNode fromXml(XmlFrameworkNode xml) {
        return new FrameworkNode(xml.code, xml.parent, text(xml.names));
    }

    private static XmlEdition toXml(EditionDocument document) {
        Edition edition = document.edition();
        EditionContent content = document.content() == null ? EditionContent.EMPTY : document.content();
        XmlEdition xml = new XmlEdition();
        xml.label = edition.label();
        xml.stage = edition.stage() == null ? null : edition.stage().code();
        xml.published = date(edition.publishedOn());
        xml.implemented = date(edition.implementedOn());
        xml.withdrawn = date(edition.withdrawnOn());
        xml.revises = edition.revisesLabel();
        xml.baseline = document.baselineHash();
        xml.terms = orNull(map(content.terms(), t -> {
            XmlTerm term = new XmlTerm();
            term.key = t.key();
            term.designation = t.term();
            term.definition = emptyToNull(t.definition());
            term.source = t.source();
            return term;
        }));
        xml.references = orNull(map(content.references(), r -> {
            XmlReference reference = new XmlReference();
            reference.key = r.key();
            reference.code = r.code();
            reference.edition = r.edition();
            reference.normative = r.normative();
            reference.title = r.title();
            return reference;
        }));
        xml.clauses = map(content.clauses(), StandardXmlMapping::toXml);
        xml.requirements = orNull(map(content.requirements(), r -> {
            XmlRequirement requirement = new XmlRequirement();
            requirement.id = r.id();
            requirement.clause = r.clauseKey();
            requirement.obligation = r.obligation().name();
            requirement.requirementClass = r.requirementClass();
            requirement.revision = r.revision();
            requirement.statement = r.statement();
            return requirement;
        }));
        return xml;
    }

    private static EditionDocument fromXml(XmlEdition xml) {
        Stage stage = Stage.ofCode(xml.stage)
                .orElseThrow(() -> new IllegalArgumentException("unknown stage code " + xml.stage));
        Edition edition = new Edition(0, xml.label, stage, date(xml.published), date(xml.implemented),
                date(xml.withdrawn), xml.revises);
        EditionContent content = new EditionContent(
                clauses(xml.clauses, ""),
                map(xml.terms, t -> new Term(t.key, t.designation, t.definition, t.source)),
                map(xml.references, r -> new Reference(r.key, r.code, r.edition, r.title, r.normative)),
                map(xml.requirements, r -> new Requirement(r.id, r.clause, r.statement == null ? "" : r.statement, Obligation.valueOf(r.obligation),
                        r.requirementClass, r.revision)));
        return new EditionDocument(edition, content, xml.baseline);
    }

    private static XmlClause toXml(Clause clause) {
        XmlClause xml = new XmlClause();
        xml.key = clause.key();
        xml.heading = clause.heading();
        xml.body = emptyToNull(clause.body());
        xml.children = map(clause.children(), StandardXmlMapping::toXml);
        return xml;
    }

    /** Numbers follow from the position: the n-th clause under "4.2" is "4.2.n". */
    private static List<Clause> clauses(List<XmlClause> xml, String prefix) {
        List<Clause> clauses = new ArrayList<>();
        if (xml != null) {
            for (XmlClause c : xml) {
                String number = prefix + (clauses.size() + 1);
                clauses.add(new Clause(0, c.key, number, c.heading, c.body, clauses(c.children, number + ".")));
            }
        }
        return clauses;
    }

    /** English first, then Chinese, each only if present. */
    private static List<XmlLocalizedText> texts(LocalizedText text) {
        List<XmlLocalizedText> texts = new ArrayList<>(2);
        if (text != null && text.en() != null) {
            texts.add(new XmlLocalizedText("en", text.en()));
        }
        if (text != null && text.zh() != null) {
            texts.add(new XmlLocalizedText("zh", text.zh()));
        }
        return texts;
    }

    private static LocalizedText text(List<XmlLocalizedText> texts) {
        String en = null;
        String zh = null;
        for (XmlLocalizedText text : texts) {
            if ("en".equals(text.language)) {
                en = text.text;
            } else if ("zh".equals(text.language)) {
                zh = text.text;
            }
        }
        return LocalizedText.of(en, zh);
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    private static <T> List<T> orNull(List<T> list) {
        return list.isEmpty() ? null : list;
    }

    private static <A, B> List<B> map(List<A> from, Function<A, B> mapping) {
        List<B> to = new ArrayList<>(from == null ? 0 : from.size());
        if (from != null) {
            from.forEach(a -> to.add(mapping.apply(a)));
        }
        return to;
    }

    private static void requireSame(String what, Object inStandard, Object inDocument) {
        if (!Objects.equals(inStandard, inDocument)) {
            throw new IllegalArgumentException("the document is inconsistent: its standard has the " + what + " "
                    + inStandard + " but the document holds " + inDocument);
        }
    }
}
