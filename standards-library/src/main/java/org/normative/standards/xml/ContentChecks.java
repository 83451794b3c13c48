package org.normative.standards.xml;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.xml.XMLConstants;

import org.normative.standards.library.Stage;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * The checks that come before the schema validator, on the stream of elements, each refusing the file at the first
 * problem with its line and column.
 *
 * <ul>
 *   <li>That this is a Normative standard file at all: the root element and its namespace.</li>
 *   <li>Limits that keep the validator fast on hostile files: how deep elements and clauses nest, how many elements
 *       there are, how long attribute values and the texts the schema checks with a pattern are. The JDK's schema
 *       regular expressions take time quadratic in the length of the value, so such values are bounded before the
 *       validator sees them.</li>
 *   <li>The schema's identity constraints (unique keys, ids, labels and languages; a requirement's clause and an
 *       edition's revised edition must exist), checked here with hash sets because the JDK's validator checks them
 *       in time quadratic in their number; the validator's own checking of them is switched off.</li>
 *   <li>What the schema cannot say: titles and names only in en and zh, stage codes that Normative knows.</li>
 * </ul>
 */
final class ContentChecks extends XMLFilterImpl {

    /** The deepest a valid file nests elements is 15 (standard, edition, 12 clauses, body). */
    static final int MAX_ELEMENT_DEPTH = 32;
    /** About 20 times the clauses, terms, references and requirements of the largest real standards. */
    static final int MAX_ELEMENTS = 250_000;
    /** Codes, keys, ids, labels, dates and hashes are short. */
    static final int MAX_ATTRIBUTE_LENGTH = 1_000;
    /** Titles, names, persons and designations: the texts the schema checks with a pattern. */
    static final int MAX_PATTERN_TEXT_LENGTH = 2_000;

    private static final Set<String> PATTERN_TEXTS = Set.of("title", "name", "person", "designation");
    private static final Pattern NORMATIVE_NAMESPACE = Pattern.compile("urn:normative:standard:(\\d{1,9})");
    private static final Pattern STAGE_CODE = Pattern.compile("\\d\\d\\.\\d\\d");
    private static final Pattern WHITE_SPACE = Pattern.compile("[ \\t\\r\\n]+");

    /** A place in the file. */
    record Place(int line, int column) {
    }

    private final int maxClauseDepth;
    private final Deque<String> open = new ArrayDeque<>();
    private Locator locator;
    private String lastStarted = "";
    private int elements;
    private int clauseDepth;
    private long textLength;

    private final Set<String> editionLabels = new HashSet<>();
    private final Map<String, Place> revisedEditions = new LinkedHashMap<>();
    private final Map<String, Set<String>> languages = new HashMap<>();
    private final Set<String> liaisons = new HashSet<>();
    private final Set<String> clauseKeys = new HashSet<>();
    private final Set<String> termKeys = new HashSet<>();
    private final Set<String> referenceKeys = new HashSet<>();
    private final Set<String> requirementIds = new HashSet<>();
    private final Map<String, Place> requirementClauses = new LinkedHashMap<>();

    ContentChecks(int maxClauseDepth) {
        this.maxClauseDepth = maxClauseDepth;
    }

    int line() {
        return locator == null ? 0 : locator.getLineNumber();
    }

    int column() {
        return locator == null ? 0 : locator.getColumnNumber();
    }

    /** The element most recently started, as the file writes it ({@code xi:include}). */
    String lastStarted() {
        return lastStarted;
    }

    @Override
    public void setDocumentLocator(Locator locator) {
        this.locator = locator;
        super.setDocumentLocator(locator);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        if (open.isEmpty()) {
            checkRoot(uri, localName, qName);
        }
        lastStarted = qName;
        String parent = open.peek();
        open.push(StandardXmlFormat.NAMESPACE.equals(uri) ? localName : "");
        if (open.size() > MAX_ELEMENT_DEPTH) {
            throw refuse(XmlMessage.of("standard.xml.elementsTooDeep", MAX_ELEMENT_DEPTH));
        }
        if (++elements > MAX_ELEMENTS) {
            throw refuse(XmlMessage.of("standard.xml.tooManyElements", MAX_ELEMENTS));
        }
        for (int i = 0; i < attributes.getLength(); i++) {
            if (attributes.getValue(i).length() > MAX_ATTRIBUTE_LENGTH) {
                throw refuse(XmlMessage.of("standard.xml.attributeTooLong", attributes.getQName(i), qName,
                        MAX_ATTRIBUTE_LENGTH));
            }
        }
        textLength = 0;
        if (StandardXmlFormat.NAMESPACE.equals(uri)) {
            check(localName, parent, attributes);
        }
        super.startElement(uri, localName, qName, attributes);
    }

    @Override
    public void characters(char[] text, int start, int length) throws SAXException {
        textLength += length;
        if (textLength > MAX_PATTERN_TEXT_LENGTH && PATTERN_TEXTS.contains(open.peek())) {
            throw refuse(XmlMessage.of("standard.xml.textTooLong", open.peek(), MAX_PATTERN_TEXT_LENGTH));
        }
        super.characters(text, start, length);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        String element = open.pop();
        switch (element) {
            case "clause" -> clauseDepth--;
            case "edition" -> checkClausesExist();
            case "standard" -> checkRevisedEditionsExist();
            default -> {
                // nothing to close
            }
        }
        textLength = 0;
        super.endElement(uri, localName, qName);
    }

    private void check(String element, String parent, Attributes attributes) throws Refusal {
        switch (element) {
            case "title", "name" -> checkLanguage(element, parent, attributes.getValue(XMLConstants.XML_NS_URI, "lang"));
            case "liaison" -> unique(liaisons, token(attributes, "committee"), "standard.xml.duplicate.liaison");
            case "edition" -> {
                checkStage(token(attributes, "stage"));
                unique(editionLabels, token(attributes, "label"), "standard.xml.duplicate.edition-label");
                String revises = token(attributes, "revises");
                if (revises != null) {
                    revisedEditions.putIfAbsent(revises, here());
                }
                clauseKeys.clear();
                termKeys.clear();
                referenceKeys.clear();
                requirementIds.clear();
                requirementClauses.clear();
            }
            case "clause" -> {
                if (++clauseDepth > maxClauseDepth) {
                    throw refuse(XmlMessage.of("standard.xml.clausesTooDeep", maxClauseDepth));
                }
                unique(clauseKeys, token(attributes, "key"), "standard.xml.duplicate.clause-key");
            }
            case "term" -> unique(termKeys, token(attributes, "key"), "standard.xml.duplicate.term-key");
            case "reference" -> unique(referenceKeys, token(attributes, "key"), "standard.xml.duplicate.reference-key");
            case "requirement" -> {
                unique(requirementIds, token(attributes, "id"), "standard.xml.duplicate.requirement-id");
                String clause = token(attributes, "clause");
                if (clause != null) {
                    requirementClauses.putIfAbsent(clause, here());
                }
            }
            default -> {
                // the schema checks everything else
            }
        }
    }

    private void checkRoot(String uri, String localName, String qName) throws Refusal {
        if (StandardXmlFormat.NAMESPACE.equals(uri) && "standard".equals(localName)) {
            return;
        }
        Matcher version = NORMATIVE_NAMESPACE.matcher(uri);
        if ("standard".equals(localName) && version.matches() && Integer.parseInt(version.group(1)) > 1) {
            throw refuse(XmlMessage.of("standard.xml.newerFormat", version.group(1)));
        }
        throw refuse(uri.isEmpty()
                ? XmlMessage.of("standard.xml.notStandardNoNamespace", ValidationErrors.shorten(qName))
                : XmlMessage.of("standard.xml.notStandard", ValidationErrors.shorten(qName), ValidationErrors.shorten(uri)));
    }

    private void checkLanguage(String element, String parent, String language) throws Refusal {
        if (language == null) {
            return; // the schema says it is missing
        }
        if (!"en".equals(language) && !"zh".equals(language)) {
            throw refuse(XmlMessage.of("standard.xml.language", ValidationErrors.shorten(language), element));
        }
        if (!languages.computeIfAbsent(parent + "/" + element, k -> new HashSet<>()).add(language)) {
            throw refuse(XmlMessage.of("standard.xml.duplicate.language", language, element));
        }
    }

    private void checkStage(String code) throws Refusal {
        if (code != null && STAGE_CODE.matcher(code).matches() && Stage.ofCode(code).isEmpty()) {
            String known = Arrays.stream(Stage.values()).map(Stage::code).collect(Collectors.joining(", "));
            throw refuse(XmlMessage.of("standard.xml.stage", code, known));
        }
    }

    /** At the end of an edition: every clause its requirements name is one of its clauses. */
    private void checkClausesExist() throws Refusal {
        for (Map.Entry<String, Place> reference : requirementClauses.entrySet()) {
            if (!clauseKeys.contains(reference.getKey())) {
                throw refuse(XmlMessage.of("standard.xml.missing.requirement-clause",
                        ValidationErrors.shorten(reference.getKey())), reference.getValue());
            }
        }
    }

    /** At the end of the standard: every edition that an edition revises is in the file. */
    private void checkRevisedEditionsExist() throws Refusal {
        for (Map.Entry<String, Place> reference : revisedEditions.entrySet()) {
            if (!editionLabels.contains(reference.getKey())) {
                throw refuse(XmlMessage.of("standard.xml.missing.revised-edition",
                        ValidationErrors.shorten(reference.getKey())), reference.getValue());
            }
        }
    }

    private void unique(Set<String> seen, String value, String duplicateKey) throws Refusal {
        if (value != null && !seen.add(value)) {
            throw refuse(XmlMessage.of(duplicateKey, ValidationErrors.shorten(value)));
        }
    }

    /** An attribute value as the schema compares it (xs:token: white space collapsed), or null if absent. */
    private static String token(Attributes attributes, String name) {
        String value = attributes.getValue("", name);
        return value == null ? null : WHITE_SPACE.matcher(value.strip()).replaceAll(" ");
    }

    private Place here() {
        return new Place(line(), column());
    }

    private Refusal refuse(XmlMessage problem) {
        return refuse(problem, here());
    }

    private static Refusal refuse(XmlMessage problem, Place place) {
        return new Refusal(new StandardXmlException(null, problem, place.line(), place.column()));
    }
}
