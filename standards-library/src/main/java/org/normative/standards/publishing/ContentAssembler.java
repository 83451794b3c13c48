package org.normative.standards.publishing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.normative.standards.library.Clause;
import org.normative.standards.library.EditionContent;
import org.normative.standards.library.Obligation;
import org.normative.standards.library.Reference;
import org.normative.standards.library.Requirement;
import org.normative.standards.library.Term;
import org.normative.standards.obligation.Detection;
import org.normative.standards.obligation.ObligationDetector;

/**
 * Turns the paragraphs of an imported document into an edition's content: headings become clauses (their numbers
 * dropped; the tree follows the heading levels), what stands before the first heading (cover, contents) and the
 * foreword are skipped, the entries of the normative references clause become references, the entries of the terms
 * clause become terms.
 *
 * <p>Requirements: a document Normative wrote marks each one (its id, then its statement), and only those are taken,
 * with the obligation, class and revision its manifest recorded. In any other document every sentence with a verbal
 * form (shall, should, may, can; 应, 宜, 可, 能) becomes a requirement with the obligation it states and an id minted
 * in the standard's pattern ({@code /req/<standard>/<clause>}, numbered when a clause has several); there the
 * subheadings of the terms clause are its terms.
 */
public final class ContentAssembler {

    /** What a Normative manifest says; empty for other documents. */
    public record Manifest(List<String> clauseKeys, Map<String, RequirementFacts> requirements) {
        public static final Manifest NONE = new Manifest(List.of(), Map.of());

        public boolean present() {
            return !clauseKeys.isEmpty();
        }
    }

    public record RequirementFacts(Obligation obligation, String requirementClass, int revision) {
    }

    private static final Pattern NUMBER = Pattern.compile("^\\d+(?:\\.\\d+)*\\.?\\s+");
    private static final Pattern MARKED = Pattern.compile("^(/req/\\S+)\\s+(\\S[\\s\\S]*)$");
    private static final Pattern REFERENCE = Pattern.compile(
            "^([A-Z][A-Za-z]*(?:/[A-Z]+)?\\s*\\d+(?:\\.\\d+)*)(?:[-—:](\\d{4}|\\d+(?:\\.\\d+)*))?\\s+(\\S.*)$");
    private static final Pattern SOURCE = Pattern.compile("^\\[(?:SOURCE|来源)[:：]\\s*(.*)]$");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?。！？；;])\\s*");

    private final ObligationDetector detector = new ObligationDetector();
    private final String requirementPrefix;
    private final Manifest manifest;

    private final List<Node> roots = new ArrayList<>();
    private final List<Node> stack = new ArrayList<>();
    private final List<Term> terms = new ArrayList<>();
    private final List<Reference> references = new ArrayList<>();
    private final List<PendingRequirement> requirements = new ArrayList<>();
    private final Set<String> termKeys = new HashSet<>();
    private final Set<String> referenceKeys = new HashSet<>();
    private boolean skipping = true;
    private TermBuilder term;

    /** {@code code} names the standard for minted requirement ids (may be null). */
    public ContentAssembler(String code, Manifest manifest) {
        this.manifest = manifest;
        String fromManifest = manifest.requirements().keySet().stream().findFirst()
                .map(id -> id.substring(0, id.lastIndexOf('/') + 1)).orElse(null);
        this.requirementPrefix = fromManifest != null ? fromManifest
                : "/req/" + (code == null ? "document" : slug(code, "document")) + "/";
    }

    public EditionContent assemble(List<DocumentParagraph> paragraphs) {
        for (DocumentParagraph paragraph : paragraphs) {
            String text = paragraph.text() == null ? "" : paragraph.text().strip();
            if (paragraph.level() != null && paragraph.level() >= 1 && !text.isEmpty()) {
                heading(paragraph.level(), NUMBER.matcher(text).replaceFirst(""), paragraph.style());
            } else if (!skipping && !text.isEmpty()) {
                body(paragraph.style(), text);
            }
        }
        finishTerm();
        List<String> keys = manifest.present() && manifest.clauseKeys().size() == count(roots)
                ? manifest.clauseKeys() : null;
        int[] index = {0};
        Set<String> used = new HashSet<>();
        List<Clause> clauses = new ArrayList<>();
        for (int i = 0; i < roots.size(); i++) {
            clauses.add(roots.get(i).toClause(String.valueOf(i + 1), keys, index, used));
        }
        return new EditionContent(clauses, terms, references, requirements());
    }

    private void heading(int level, String heading, String style) {
        finishTerm();
        if ("NormativeForeword".equals(style) || ClauseRole.of(null, heading) == ClauseRole.FOREWORD) {
            skipping = true;
            return;
        }
        skipping = false;
        Node termsClause = stack.stream().filter(n -> n.role == ClauseRole.TERMS && n.level < level).findFirst()
                .orElse(null);
        if (termsClause != null && !manifest.present()) {
            term = new TermBuilder(heading);
            return;
        }
        while (!stack.isEmpty() && stack.get(stack.size() - 1).level >= level) {
            stack.remove(stack.size() - 1);
        }
        Node node = new Node(level, heading);
        if (stack.isEmpty()) {
            roots.add(node);
        } else {
            stack.get(stack.size() - 1).children.add(node);
        }
        stack.add(node);
    }

    private void body(String style, String text) {
        if (stack.isEmpty()) {
            return;
        }
        Node clause = stack.get(stack.size() - 1);
        Matcher marked = MARKED.matcher(text);
        if ("NormativeRequirement".equals(style) || marked.matches()) {
            if (marked.matches()) {
                requirements.add(new PendingRequirement(marked.group(1), clause, marked.group(2).strip(), null));
                return;
            }
        }
        if ("NormativeTermNumber".equals(style)) {
            finishTerm();
            term = new TermBuilder(null);
            return;
        }
        if (term != null) {
            Matcher source = SOURCE.matcher(text);
            if (source.matches()) {
                term.source = source.group(1).strip();
            } else if (term.term == null || "NormativeTerm".equals(style)) {
                term.term = text;
            } else {
                term.definition.add(text);
            }
            return;
        }
        clause.body.add(text);
        if (clause.role() == ClauseRole.REFERENCES) {
            reference(text);
        } else if (!manifest.present()) {
            for (String sentence : SENTENCE_END.split(text)) {
                Detection detection = detector.detect(sentence);
                if (detection.found()) {
                    requirements.add(new PendingRequirement(null, clause, sentence.strip(), detection.obligation()));
                }
            }
        }
    }

    private void reference(String line) {
        Matcher matcher = REFERENCE.matcher(line);
        if (matcher.matches()) {
            String code = matcher.group(1).strip();
            references.add(new Reference(unique("ref-" + slug(code, "reference"), referenceKeys), code, matcher.group(2),
                    matcher.group(3).strip(), true));
        }
    }

    private void finishTerm() {
        if (term != null && term.term != null) {
            String key = unique("term-" + slug(term.term, "term"), termKeys);
            terms.add(new Term(key, term.term, String.join("\n", term.definition), term.source));
        }
        term = null;
    }

    /** Marked requirements keep their ids; found ones get {@code prefix + clause key}, numbered within the clause. */
    private List<Requirement> requirements() {
        List<Requirement> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (PendingRequirement pending : requirements) {
            String clauseKey = pending.clause.key;
            if (pending.id != null) {
                RequirementFacts facts = manifest.requirements().get(pending.id);
                Obligation obligation = facts != null ? facts.obligation() : detector.detect(pending.statement).obligation();
                out.add(new Requirement(pending.id, clauseKey, pending.statement, obligation,
                        facts == null ? null : facts.requirementClass(), facts == null ? 1 : facts.revision()));
                ids.add(pending.id);
            }
        }
        for (PendingRequirement pending : requirements) {
            if (pending.id == null) {
                String id = unique(requirementPrefix + pending.clause.key, ids);
                out.add(new Requirement(id, pending.clause.key, pending.statement, pending.obligation, null, 1));
            }
        }
        return out;
    }

    private static int count(List<Node> nodes) {
        int n = 0;
        for (Node node : nodes) {
            n += 1 + count(node.children);
        }
        return n;
    }

    /** Lower case letters and digits (Chinese kept) joined by hyphens, at most 48 characters. */
    static String slug(String text, String fallback) {
        String slug = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 48) {
            slug = slug.substring(0, 48).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? fallback : slug;
    }

    private static String unique(String base, Set<String> used) {
        String candidate = base;
        for (int i = 2; !used.add(candidate); i++) {
            candidate = base + "-" + i;
        }
        return candidate;
    }

    private static final class Node {
        final int level;
        final String heading;
        final List<String> body = new ArrayList<>();
        final List<Node> children = new ArrayList<>();
        final ClauseRole role;
        String key;

        Node(int level, String heading) {
            this.level = level;
            this.heading = heading;
            this.role = ClauseRole.of(null, heading);
        }

        ClauseRole role() {
            return role;
        }

        Clause toClause(String number, List<String> keys, int[] index, Set<String> used) {
            String wanted = keys != null ? keys.get(index[0]) : slug(heading, "clause-" + number.replace('.', '-'));
            index[0]++;
            key = unique(wanted, used);
            List<Clause> kids = new ArrayList<>();
            for (int i = 0; i < children.size(); i++) {
                kids.add(children.get(i).toClause(number + "." + (i + 1), keys, index, used));
            }
            return new Clause(0, key, number, heading, String.join("\n", body), kids);
        }
    }

    private static final class TermBuilder {
        String term;
        final List<String> definition = new ArrayList<>();
        String source;

        TermBuilder(String term) {
            this.term = term;
        }
    }

    private record PendingRequirement(String id, Node clause, String statement, Obligation obligation) {
    }
}
