package org.normative.standards.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.normative.standards.LocalizedText;
import org.normative.standards.library.Clause;
import org.normative.standards.library.Edition;
import org.normative.standards.library.EditionContent;
import org.normative.standards.library.Obligation;
import org.normative.standards.library.Reference;
import org.normative.standards.library.Requirement;
import org.normative.standards.library.Stage;
import org.normative.standards.library.Term;
import org.normative.standards.obligation.Detection;
import org.normative.standards.obligation.Match;
import org.normative.standards.obligation.ObligationDetector;
import org.normative.standards.obligation.VerbalFormWarning;

/**
 * The editorial checks a secretary runs on an edition before a ballot. A finding is data, never an exception; the
 * checks never stop early. The rules ({@link Rule}):
 *
 * <dl>
 * <dt>{@code requirement-no-verbal-form} (ERROR)</dt>
 * <dd>A requirement whose statement holds no verbal form ({@link ObligationDetector}), or whose recorded obligation
 * is not among the forms its statement uses (a statement "shall ... may ..." agrees with SHALL and with MAY), or
 * which records no obligation although its statement has one.</dd>
 * <dt>{@code requirement-clause-missing} (ERROR)</dt>
 * <dd>A requirement whose clause key is empty or names no clause of the edition.</dd>
 * <dt>{@code duplicate-requirement-id} (ERROR)</dt>
 * <dd>Each requirement after the first that carries an id already used in the edition.</dd>
 * <dt>{@code must-used}, {@code may-not-used} (WARNING)</dt>
 * <dd>"must" / 必须, or "may not" / 不可 for a prohibition, in a requirement statement or a clause body: both drafting
 * rules forbid them. One finding per text.</dd>
 * <dt>{@code empty-clause} (WARNING)</dt>
 * <dd>A clause with no body text, no subclauses and no requirements.</dd>
 * <dt>{@code undefined-abbreviation} (WARNING)</dt>
 * <dd>A token of 2 to 6 capital Latin letters, maybe with a plural s (API, APIs, XML, TLS), in a heading, clause body, requirement statement or term
 * definition, reported once at its first use, unless it is defined: a term is or names it ("API", "application
 * programming interface; API"); it appears in parentheses anywhere in the edition ("Transport Layer Security (TLS)",
 * "元数据注册系统（MDR）"); it is listed in a clause whose heading says abbreviations (缩略语); or it is
 * {@linkplain #ALLOWED allowed}. Clauses headed normative references or bibliography (规范性引用文件, 参考文献) are not
 * scanned: they quote other documents' titles. A token that starts a document designation ({@code YD/T}, {@code GB/Z},
 * {@code RFC 7807}: followed by /T, /Z or a number of three digits or more) is not an abbreviation, nor is a name
 * with a number ({@code UTF-8}, {@code SHA-256}, like {@code SM2}).</dd>
 * <dt>{@code term-used-not-defined} (INFO)</dt>
 * <dd>A phrase in typographic quotation marks (“…”, ‘…’, 「…」) in a clause body or requirement statement that is
 * shaped like a term (Latin: one to five words of letters and hyphens, not all capitals; Chinese: 2 to 15 Han
 * characters), is not a verbal form, and matches no defined term (ignoring case and a plural s); once per phrase.
 * Not counted: straight quotes, which mark literal values in technical text ({@code "limit"}, {@code 'GET'}); 《》,
 * which marks titles of documents; examples (a quote after 如, 例如, e.g., such as, or in a run of quotes such as
 * “代码”“日期”); and term definitions, which quote examples and other documents' words. It is a hint, hence INFO:
 * quotes also mark user-interface labels.</dd>
 * <dt>{@code term-defined-not-used} (INFO)</dt>
 * <dd>A defined term that appears in no clause heading or body, requirement statement or other term's definition.
 * A term's names are its text split at " / " and ";" (government data / 政务数据), and a trailing parenthesized
 * abbreviation names it too ("application programming interface (API)" is used where "API" is). Latin names match
 * at a word start, ignoring case, with any ending (plurals); all-capital names match as whole words; Chinese names
 * match anywhere. Headings count, so a terminology standard whose entries are clauses headed by their terms is not
 * flagged.</dd>
 * <dt>{@code reference-to-withdrawn-edition} (ERROR)</dt>
 * <dd>A reference whose edition the resolver says is withdrawn (95.99): the cited edition for a dated reference,
 * the newest published (else newest) edition for an undated one.</dd>
 * <dt>{@code reference-to-superseded-edition} (WARNING)</dt>
 * <dd>A dated reference to an edition after which the library holds a newer published edition.</dd>
 * <dt>{@code reference-unknown} (INFO)</dt>
 * <dd>A reference with an internal-looking code (the prefix of the checked standard, or one the resolver calls
 * internal) that the library does not hold, or a dated reference to an edition a known standard does not have.</dd>
 * </dl>
 *
 * <p>Findings come in document order: the clause tree depth first, each clause followed by its requirements; then
 * requirements whose clause is missing; then terms; then references, each in list order. Within one place, in the
 * order of the list above.
 */
public final class EditorialChecker {

    /**
     * Capital tokens that are not abbreviations to define: designators of standards bodies and their documents (whose
     * own codes name them), ISO's NOTE label, and the RFC 2119 keywords written in capitals. Deliberately no
     * technical abbreviations (XML, API, HTTP): GB/T 1.1 and the ISO Directives want them in the abbreviations clause.
     */
    public static final Set<String> ALLOWED = Set.of("ISO", "IEC", "ITU", "IEEE", "IETF", "RFC", "GB", "NOTE",
            "MUST", "SHALL", "SHOULD", "MAY", "NOT");

    private static final Pattern ABBREVIATION = Pattern.compile("(?<![\\p{IsLatin}\\d_])([A-Z]{2,6})s?(?![\\p{IsLatin}\\d_])");
    private static final Pattern DESIGNATION_AFTER = Pattern.compile("/[TZ](?![\\p{IsLatin}])|\\s*\\d{3,}|-\\d");
    private static final Pattern ROMAN = Pattern.compile("X{0,3}(?:IX|IV|V?I{0,3})");
    private static final Pattern IN_PARENTHESES = Pattern.compile("[(（]\\s*([A-Z]{2,6})\\s*[)）]");
    private static final Pattern REFERENCES_HEADING =
            Pattern.compile("(?i)normative references|bibliography|规范性引用文件|参考文献");
    private static final Pattern ABBREVIATIONS_HEADING = Pattern.compile("(?i)abbreviat|缩略语|缩略词");
    private static final Pattern QUOTED = Pattern.compile("“([^“”\\n]{1,60})”|‘([^‘’\\n]{1,60})’|「([^「」\\n]{1,60})」");
    private static final Pattern LATIN_TERM = Pattern.compile("[A-Za-z][A-Za-z-]*(?: [A-Za-z][A-Za-z-]*){0,4}");
    private static final Pattern HAN_TERM = Pattern.compile("\\p{IsHan}{2,15}");
    private static final Pattern TERM_NAME_SEPARATOR = Pattern.compile("\\s+/\\s+|[;；]");
    private static final Pattern TRAILING_PARENTHESES = Pattern.compile("(.+?)\\s*[(（]([^()（）]+)[)）]");
    private static final Pattern EXAMPLE_BEFORE =
            Pattern.compile("(?i)(?:例如|比如|如|e\\.g\\.,?|such as|for example,?)\\s*$");
    private static final Pattern LIST_GAP = Pattern.compile("(?i)[\\s、，,;；]*(?:和|或|及|与|and|or)?[\\s、，,;；]*");

    private final ObligationDetector detector;
    private final ReferenceResolver resolver;

    public EditorialChecker(ReferenceResolver resolver) {
        this(new ObligationDetector(), resolver);
    }

    public EditorialChecker(ObligationDetector detector, ReferenceResolver resolver) {
        this.detector = Objects.requireNonNull(detector, "detector");
        this.resolver = Objects.requireNonNull(resolver, "resolver");
    }

    public CheckReport check(String standardCode, Edition edition, EditionContent content) {
        return check(standardCode, edition.label(), edition.stage(), content);
    }

    /** Runs every rule over the content of one edition; {@code stage} may be null. */
    public CheckReport check(String standardCode, String editionLabel, Stage stage, EditionContent content) {
        Run run = new Run(standardCode, content);
        run.clauses();
        run.requirements();
        run.quotedTerms();
        run.abbreviations();
        run.unusedTerms();
        run.references();
        return new CheckReport(standardCode, editionLabel, stage, run.sorted());
    }

    /** Document order: section (0 clause tree, 1 orphan requirements, 2 terms, 3 references), index, sub-index. */
    private record Position(int section, int index, int sub) {

        static final Comparator<Position> ORDER = Comparator.comparingInt(Position::section)
                .thenComparingInt(Position::index).thenComparingInt(Position::sub);
    }

    private enum Kind { HEADING, BODY, STATEMENT, DEFINITION }

    /** One text of the edition with where it is; {@code clause} is set for headings and bodies. */
    private record Passage(String text, Kind kind, Position position, Location location, Clause clause) {
    }

    private record Pending(Position position, Finding finding) {
    }

    /** The state of one check: the content, its texts in document order, the findings so far. */
    private final class Run {

        private final String standardCode;
        private final EditionContent content;
        private final List<Clause> clauses;
        private final Map<String, Clause> clauseByKey = new HashMap<>();
        private final Map<String, Integer> clauseIndex = new HashMap<>();
        private final List<Passage> passages = new ArrayList<>();
        private final List<Pending> pending = new ArrayList<>();

        Run(String standardCode, EditionContent content) {
            this.standardCode = standardCode;
            this.content = content;
            this.clauses = content.allClauses();
            for (int i = 0; i < clauses.size(); i++) {
                clauseByKey.putIfAbsent(clauses.get(i).key(), clauses.get(i));
                clauseIndex.putIfAbsent(clauses.get(i).key(), i);
            }
            for (int i = 0; i < clauses.size(); i++) {
                Clause c = clauses.get(i);
                Position p = new Position(0, i, -1);
                passages.add(new Passage(nullToEmpty(c.heading()), Kind.HEADING, p, Location.ofClause(c), c));
                passages.add(new Passage(c.body(), Kind.BODY, p, Location.ofClause(c), c));
            }
            List<Requirement> requirements = content.requirements();
            for (int i = 0; i < requirements.size(); i++) {
                Requirement r = requirements.get(i);
                passages.add(new Passage(r.statement(), Kind.STATEMENT, positionOf(r, i), locationOf(r), null));
            }
            List<Term> terms = content.terms();
            for (int i = 0; i < terms.size(); i++) {
                passages.add(new Passage(terms.get(i).definition(), Kind.DEFINITION, new Position(2, i, 0),
                        Location.ofTerm(terms.get(i)), null));
            }
            passages.sort(Comparator.comparing(Passage::position, Position.ORDER));
        }

        List<Finding> sorted() {
            return pending.stream().sorted(Comparator.comparing(Pending::position, Position.ORDER))
                    .map(Pending::finding).toList();
        }

        private void add(Position position, Rule rule, Location location, String key, Object... arguments) {
            pending.add(new Pending(position, Finding.of(rule, location, key, arguments)));
        }

        private Position positionOf(Requirement r, int index) {
            Integer clause = r.clauseKey() == null ? null : clauseIndex.get(r.clauseKey());
            return clause == null ? new Position(1, index, 0) : new Position(0, clause, index);
        }

        private Location locationOf(Requirement r) {
            return Location.ofRequirement(r, r.clauseKey() == null ? null : clauseByKey.get(r.clauseKey()));
        }

        void clauses() {
            for (int i = 0; i < clauses.size(); i++) {
                Clause c = clauses.get(i);
                Position p = new Position(0, i, -1);
                Location location = Location.ofClause(c);
                if (c.body().isBlank() && c.children().isEmpty() && content.requirementsOf(c.key()).isEmpty()) {
                    add(p, Rule.EMPTY_CLAUSE, location, "empty-clause");
                }
                forbiddenForms(c.body(), p, location);
            }
        }

        void requirements() {
            Map<String, Location> firstById = new HashMap<>();
            List<Requirement> requirements = content.requirements();
            for (int i = 0; i < requirements.size(); i++) {
                Requirement r = requirements.get(i);
                Position p = positionOf(r, i);
                Location location = locationOf(r);
                if (r.clauseKey() == null || r.clauseKey().isBlank()) {
                    add(p, Rule.REQUIREMENT_CLAUSE_MISSING, location, "requirement-clause-missing.none", r.id());
                } else if (!clauseByKey.containsKey(r.clauseKey())) {
                    add(p, Rule.REQUIREMENT_CLAUSE_MISSING, location, "requirement-clause-missing", r.id(),
                            r.clauseKey());
                }
                Location first = firstById.putIfAbsent(r.id(), location);
                if (first != null) {
                    add(p, Rule.DUPLICATE_REQUIREMENT_ID, location, "duplicate-requirement-id", r.id(),
                            LocalizedText.of(first.describe(Locale.ENGLISH), first.describe(Locale.SIMPLIFIED_CHINESE)));
                }
                verbalForm(r, p, location);
                forbiddenForms(r.statement(), p, location);
            }
        }

        private void verbalForm(Requirement r, Position p, Location location) {
            Detection detection = detector.detect(r.statement());
            Set<Obligation> used = new HashSet<>();
            detector.findAll(r.statement()).stream().filter(Match::isVerbalForm).forEach(m -> used.add(m.obligation()));
            if (!detection.found()) {
                add(p, Rule.REQUIREMENT_NO_VERBAL_FORM, location, "requirement-no-verbal-form", r.id());
            } else if (r.obligation() == Obligation.NONE) {
                add(p, Rule.REQUIREMENT_NO_VERBAL_FORM, location, "requirement-no-verbal-form.unrecorded", r.id(),
                        obligationName(detection.obligation()), detection.phrase());
            } else if (!used.contains(r.obligation())) {
                add(p, Rule.REQUIREMENT_NO_VERBAL_FORM, location, "requirement-no-verbal-form.disagrees", r.id(),
                        obligationName(r.obligation()), obligationName(detection.obligation()), detection.phrase());
            }
        }

        private void forbiddenForms(String text, Position p, Location location) {
            Set<String> musts = new LinkedHashSet<>();
            Set<String> mayNots = new LinkedHashSet<>();
            for (Match m : detector.findAll(text)) {
                if (m.warnings().contains(VerbalFormWarning.MUST_USED)) {
                    musts.add(m.phrase());
                }
                if (m.warnings().contains(VerbalFormWarning.MAY_NOT_USED)) {
                    mayNots.add(m.phrase());
                }
            }
            if (!musts.isEmpty()) {
                add(p, Rule.MUST_USED, location, "must-used", String.join("”, “", musts));
            }
            if (!mayNots.isEmpty()) {
                add(p, Rule.MAY_NOT_USED, location, "may-not-used", String.join("”, “", mayNots));
            }
        }

        void quotedTerms() {
            Set<String> defined = new HashSet<>();
            content.terms().forEach(t -> names(t).forEach(n -> defined.add(normalizeTerm(n))));
            Set<String> reported = new HashSet<>();
            for (Passage passage : passages) {
                if (passage.kind() != Kind.BODY && passage.kind() != Kind.STATEMENT) {
                    continue;
                }
                String text = passage.text();
                List<int[]> quotes = new ArrayList<>();
                Matcher m = QUOTED.matcher(text);
                while (m.find()) {
                    quotes.add(new int[] {m.start(), m.end()});
                }
                for (int q = 0; q < quotes.size(); q++) {
                    int start = quotes.get(q)[0];
                    int end = quotes.get(q)[1];
                    boolean listed = q > 0 && LIST_GAP.matcher(text.substring(quotes.get(q - 1)[1], start)).matches()
                            || q + 1 < quotes.size()
                            && LIST_GAP.matcher(text.substring(end, quotes.get(q + 1)[0])).matches();
                    boolean example = EXAMPLE_BEFORE.matcher(text.substring(Math.max(0, start - 14), start)).find();
                    String phrase = text.substring(start + 1, end - 1).strip();
                    String normalized = normalizeTerm(phrase);
                    if (!listed && !example && looksLikeTerm(phrase) && !isDefined(normalized, defined)
                            && reported.add(normalized)) {
                        add(passage.position(), Rule.TERM_USED_NOT_DEFINED, passage.location(),
                                "term-used-not-defined", phrase);
                    }
                }
            }
        }

        private boolean looksLikeTerm(String phrase) {
            boolean shaped = (LATIN_TERM.matcher(phrase).matches() && phrase.length() >= 3
                    && !phrase.equals(phrase.toUpperCase(Locale.ROOT)))
                    || HAN_TERM.matcher(phrase).matches();
            return shaped && detector.findAll(phrase).stream().noneMatch(m -> m.length() == phrase.length());
        }

        private static boolean isDefined(String phrase, Set<String> defined) {
            return defined.contains(phrase)
                    || phrase.endsWith("s") && defined.contains(phrase.substring(0, phrase.length() - 1))
                    || phrase.endsWith("es") && defined.contains(phrase.substring(0, phrase.length() - 2));
        }

        void unusedTerms() {
            List<Term> terms = content.terms();
            for (int i = 0; i < terms.size(); i++) {
                Term term = terms.get(i);
                List<Pattern> names = names(term).stream().map(EditorialChecker::usePattern).toList();
                boolean used = passages.stream()
                        .filter(p -> !(p.kind() == Kind.DEFINITION && Objects.equals(p.location().term(), term.key())))
                        .anyMatch(p -> names.stream().anyMatch(n -> n.matcher(p.text()).find()));
                if (!used && !names.isEmpty()) {
                    add(new Position(2, i, 0), Rule.TERM_DEFINED_NOT_USED, Location.ofTerm(term),
                            "term-defined-not-used", term.term().strip());
                }
            }
        }

        void abbreviations() {
            Set<String> defined = new HashSet<>(ALLOWED);
            prefixTokens(standardCode).forEach(defined::add);
            content.references().forEach(r -> prefixTokens(r.code()).forEach(defined::add));
            for (Term t : content.terms()) {
                Matcher m = ABBREVIATION.matcher(t.term());
                while (m.find()) {
                    defined.add(m.group(1));
                }
                inParentheses(t.term(), defined);
                inParentheses(t.definition(), defined);
            }
            for (Passage passage : passages) {
                inParentheses(passage.text(), defined);
                if (passage.kind() == Kind.BODY && ABBREVIATIONS_HEADING.matcher(nullToEmpty(passage.clause().heading())).find()) {
                    Matcher m = ABBREVIATION.matcher(passage.text());
                    while (m.find()) {
                        defined.add(m.group(1));
                    }
                }
            }
            Map<String, Passage> firstUse = new LinkedHashMap<>();
            Map<String, Integer> uses = new HashMap<>();
            for (Passage passage : passages) {
                if (passage.clause() != null && (REFERENCES_HEADING.matcher(nullToEmpty(passage.clause().heading())).find()
                        || ABBREVIATIONS_HEADING.matcher(nullToEmpty(passage.clause().heading())).find())) {
                    continue;
                }
                Matcher m = ABBREVIATION.matcher(passage.text());
                while (m.find()) {
                    String token = m.group(1);
                    if (defined.contains(token) || ROMAN.matcher(token).matches()
                            || DESIGNATION_AFTER.matcher(passage.text()).region(m.end(), passage.text().length()).lookingAt()) {
                        continue;
                    }
                    firstUse.putIfAbsent(token, passage);
                    uses.merge(token, 1, Integer::sum);
                }
            }
            firstUse.forEach((token, passage) -> add(passage.position(), Rule.UNDEFINED_ABBREVIATION,
                    passage.location(), "undefined-abbreviation", token, uses.get(token)));
        }

        void references() {
            List<Reference> references = content.references();
            for (int i = 0; i < references.size(); i++) {
                Reference ref = references.get(i);
                Position p = new Position(3, i, 0);
                Location location = Location.ofReference(ref);
                Optional<KnownStandard> known = resolver.resolve(ref.code());
                if (known.isEmpty()) {
                    if (isInternal(ref.code())) {
                        add(p, Rule.REFERENCE_UNKNOWN, location, "reference-unknown", ref.citation());
                    }
                    continue;
                }
                KnownStandard standard = known.get();
                Optional<KnownEdition> meant = standard.meant(ref.edition());
                if (meant.isEmpty()) {
                    if (ref.isDated()) {
                        add(p, Rule.REFERENCE_UNKNOWN, location, "reference-unknown.edition", ref.code(), ref.edition());
                    }
                    continue;
                }
                KnownEdition edition = meant.get();
                Optional<KnownEdition> newer = standard.newerPublished(edition.label());
                if (edition.stage().isWithdrawn()) {
                    if (!ref.isDated()) {
                        add(p, Rule.REFERENCE_TO_WITHDRAWN_EDITION, location, "reference-to-withdrawn-edition.undated",
                                ref.code(), edition.citation(ref.code()));
                    } else if (newer.isPresent()) {
                        add(p, Rule.REFERENCE_TO_WITHDRAWN_EDITION, location, "reference-to-withdrawn-edition.replaced",
                                ref.citation(), newer.get().citation(ref.code()));
                    } else {
                        add(p, Rule.REFERENCE_TO_WITHDRAWN_EDITION, location, "reference-to-withdrawn-edition",
                                ref.citation());
                    }
                } else if (ref.isDated() && newer.isPresent()) {
                    Stage stage = newer.get().stage();
                    add(p, Rule.REFERENCE_TO_SUPERSEDED_EDITION, location, "reference-to-superseded-edition",
                            ref.citation(), newer.get().citation(ref.code()),
                            LocalizedText.of(stage.label(Locale.ENGLISH), stage.label(Locale.SIMPLIFIED_CHINESE)));
                }
            }
        }

        private boolean isInternal(String code) {
            String prefix = ReferenceResolver.prefixOf(code);
            return resolver.isInternal(code)
                    || !prefix.isEmpty() && prefix.equals(ReferenceResolver.prefixOf(standardCode));
        }
    }

    private static LocalizedText obligationName(Obligation obligation) {
        return CheckMessages.text("obligation." + obligation.name());
    }

    private static List<String> names(Term term) {
        List<String> names = new ArrayList<>();
        TERM_NAME_SEPARATOR.splitAsStream(term.term()).map(String::strip).filter(s -> !s.isEmpty()).forEach(name -> {
            names.add(name);
            Matcher m = TRAILING_PARENTHESES.matcher(name);
            if (m.matches()) {
                names.add(m.group(1).strip());
                names.add(m.group(2).strip());
            }
        });
        return names;
    }

    /**
     * A Latin name must start a word and may take a suffix (plurals), an abbreviation is a whole word, a Chinese name
     * is found anywhere.
     */
    private static Pattern usePattern(String name) {
        if (name.matches("[A-Z]{2,6}")) {
            return Pattern.compile("(?<![\\p{IsLatin}\\d_])" + name + "s?(?![\\p{IsLatin}\\d_])");
        }
        return Pattern.compile("(?<![\\p{IsLatin}])" + Pattern.quote(name), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static String normalizeTerm(String phrase) {
        return phrase.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static List<String> prefixTokens(String code) {
        return List.of(ReferenceResolver.prefixOf(code).split("/"));
    }

    private static void inParentheses(String text, Set<String> defined) {
        Matcher m = IN_PARENTHESES.matcher(text);
        while (m.find()) {
            defined.add(m.group(1));
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
