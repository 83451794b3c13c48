package org.normative.standards.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.normative.standards.xml.TestFiles.refusal;
import static org.normative.standards.xml.TestFiles.withEdition;

import java.util.Locale;

import org.junit.jupiter.api.Test;

/**
 * Files that are wrong rather than hostile: each is refused with a message for people that says where (line and
 * column) and what is wrong, in the words of the format rather than of the schema validator.
 */
class InvalidInputTest {

    @Test
    void misspelledObligationNamesTheAttributeAndTheAllowedValues() {
        StandardXmlException refused = refusal(withEdition("""
                    <clause key="paging"/>
                    <requirements>
                      <requirement id="/req/x/paging" clause="paging" obligation="shal" revision="1">Pages.</requirement>
                    </requirements>
                """));

        assertThat(refused.messageKey()).isEqualTo("standard.xml.notOneOf");
        assertThat(refused.getMessage()).isEqualTo("line 10, column 86: the value 'shal' of attribute 'obligation' on "
                + "<requirement> is not one of SHALL, SHALL_NOT, SHOULD, SHOULD_NOT, MAY, NEED_NOT, CAN, CANNOT, NONE.");
        assertThat(refused.userMessage(Locale.SIMPLIFIED_CHINESE)).isEqualTo("第 10 行第 86 列：<requirement> 的属性"
                + "“obligation”的值“shal”不是以下值之一：SHALL, SHALL_NOT, SHOULD, SHOULD_NOT, MAY, NEED_NOT, CAN, CANNOT, NONE。");
    }

    @Test
    void duplicateClauseKeyIsReportedWhereItIsUsedTheSecondTime() {
        StandardXmlException refused = refusal(withEdition("""
                    <clause key="scope"/>
                    <clause key="terms">
                      <clause key="scope"/>
                    </clause>
                """));

        assertThat(refused.messageKey()).isEqualTo("standard.xml.duplicate.clause-key");
        assertThat(refused.getMessage()).isEqualTo("line 10, column 28: the clause key 'scope' is used more than once in "
                + "this edition; each clause needs a key of its own.");
    }

    @Test
    void sameClauseKeyInTwoEditionsIsFine() throws Exception {
        String xml = withEdition("<clause key=\"scope\"/>").replace("</standard>",
                "  <edition label=\"2\" stage=\"30.00\" revises=\"1\"><clause key=\"scope\"/></edition>\n</standard>");

        assertThat(TestFiles.read(xml).editions()).hasSize(2);
    }

    @Test
    void requirementOfAMissingClauseIsReportedAtTheRequirement() {
        StandardXmlException refused = refusal(withEdition("""
                    <clause key="scope"/>
                    <requirements>
                      <requirement id="/req/x/a" clause="scope" obligation="SHALL" revision="1">A.</requirement>
                      <requirement id="/req/x/b" clause="paging" obligation="SHALL" revision="1">B.</requirement>
                    </requirements>
                """));

        assertThat(refused.messageKey()).isEqualTo("standard.xml.missing.requirement-clause");
        assertThat(refused.getMessage()).isEqualTo("line 11, column 82: the requirement refers to the clause 'paging', "
                + "which this edition does not have.");
    }

    @Test
    void requirementMayNotReferToAClauseOfAnotherEdition() {
        String xml = withEdition("<clause key=\"paging\"/>").replace("</standard>", """
                  <edition label="2" stage="30.00">
                    <requirements>
                      <requirement id="/req/x/b" clause="paging" obligation="MAY" revision="1">B.</requirement>
                    </requirements>
                  </edition>
                </standard>""");

        assertThat(refusal(xml).messageKey()).isEqualTo("standard.xml.missing.requirement-clause");
    }

    @Test
    void duplicateRequirementTermAndReferenceKeysAndEditionLabelsAreRefused() {
        assertThat(refusal(withEdition("""
                <clause key="a"/>
                <requirements>
                  <requirement id="r" obligation="MAY" revision="1">A.</requirement>
                  <requirement id="r" obligation="MAY" revision="1">B.</requirement>
                </requirements>""")).messageKey()).isEqualTo("standard.xml.duplicate.requirement-id");
        assertThat(refusal(withEdition("""
                <terms>
                  <term key="t"><designation>A</designation></term>
                  <term key="t"><designation>B</designation></term>
                </terms>""")).messageKey()).isEqualTo("standard.xml.duplicate.term-key");
        assertThat(refusal(withEdition("""
                <references>
                  <reference key="r" code="GB/T 1" normative="true">A</reference>
                  <reference key="r" code="GB/T 2" normative="false">B</reference>
                </references>""")).messageKey()).isEqualTo("standard.xml.duplicate.reference-key");
        assertThat(refusal(withEdition("").replace("</standard>",
                "<edition label=\" 1 \" stage=\"30.00\"/></standard>")).getMessage())
                .isEqualTo("line 9, column 37: the edition label '1' is used more than once in this standard.");
    }

    @Test
    void editionRevisingAnEditionTheFileDoesNotHoldIsRefused() {
        StandardXmlException refused = refusal(withEdition("").replace("stage=\"20.00\"", "stage=\"20.00\" revises=\"2019\""));

        assertThat(refused.getMessage()).isEqualTo("line 7, column 51: the edition revises the edition '2019', which "
                + "this file does not hold.");
    }

    @Test
    void wrongNamespaceIsNotAStandardFile() {
        StandardXmlException refused = refusal(withEdition("").replace("urn:normative:standard:1", "urn:example:standard"));

        assertThat(refused.messageKey()).isEqualTo("standard.xml.notStandard");
        assertThat(refused.getMessage()).isEqualTo("line 2, column 57: this is not a Normative standard file: its root "
                + "element is <standard> in the namespace urn:example:standard, not <standard> in the namespace "
                + "urn:normative:standard:1.");
    }

    @Test
    void missingNamespaceIsNotAStandardFile() {
        StandardXmlException refused = refusal(withEdition("").replace(" xmlns=\"urn:normative:standard:1\"", ""));

        assertThat(refused.messageKey()).isEqualTo("standard.xml.notStandardNoNamespace");
        assertThat(refused.getMessage()).contains("its root element is <standard> without a namespace");
    }

    @Test
    void otherXmlIsNotAStandardFile() {
        StandardXmlException refused = refusal("<?xml version=\"1.0\"?>\n<project xmlns=\"http://maven.apache.org/POM/4.0.0\"/>");

        assertThat(refused.getMessage()).isEqualTo("line 2, column 53: this is not a Normative standard file: its root "
                + "element is <project> in the namespace http://maven.apache.org/POM/4.0.0, not <standard> in the "
                + "namespace urn:normative:standard:1.");
    }

    @Test
    void newerFormatSaysSo() {
        StandardXmlException refused = refusal(withEdition("").replace("urn:normative:standard:1", "urn:normative:standard:2"));

        assertThat(refused.messageKey()).isEqualTo("standard.xml.newerFormat");
        assertThat(refused.getMessage()).contains("this standard file is in format 2").contains("Open it with a newer version.");
    }

    @Test
    void stageCodeOfTheWrongFormIsExplained() {
        StandardXmlException refused = refusal(withEdition("").replace("stage=\"20.00\"", "stage=\"draft\""));

        assertThat(refused.getMessage()).isEqualTo("line 7, column 36: the value 'draft' of attribute 'stage' on <edition> "
                + "is not valid: it must be a stage code of two digits, a full stop and two digits, such as 60.60.");
    }

    @Test
    void unknownStageCodeListsTheKnownOnes() {
        StandardXmlException refused = refusal(withEdition("").replace("stage=\"20.00\"", "stage=\"12.34\""));

        assertThat(refused.messageKey()).isEqualTo("standard.xml.stage");
        assertThat(refused.getMessage()).startsWith("line 7, column 36: '12.34' is not an ISO stage code that Normative "
                + "knows; use one of 00.00, 10.00, 10.99, 20.00").endsWith("95.99.");
    }

    @Test
    void impossibleDateIsExplained() {
        StandardXmlException refused = refusal(withEdition("").replace("stage=\"20.00\"", "stage=\"60.60\" published=\"2024-02-30\""));

        assertThat(refused.getMessage()).isEqualTo("line 7, column 59: the value '2024-02-30' of attribute 'published' on "
                + "<edition> is not valid: it must be a date written YYYY-MM-DD, such as 2026-03-31.");
    }

    @Test
    void dateWithATimeZoneIsRefused() {
        assertThat(refusal(withEdition("").replace("stage=\"20.00\"", "stage=\"60.60\" published=\"2024-02-03Z\""))
                .messageKey()).isEqualTo("standard.xml.badAttribute");
    }

    @Test
    void keyWithASpaceIsExplained() {
        StandardXmlException refused = refusal(withEdition("<clause key=\"my key\"/>"));

        assertThat(refused.getMessage()).isEqualTo("line 8, column 23: the value 'my key' of attribute 'key' on <clause> "
                + "is not valid: it must be a key without spaces, such as scope or /req/dg-0102/paging.");
    }

    @Test
    void revisionBelowOneIsExplained() {
        StandardXmlException refused = refusal(withEdition("""
                <requirements><requirement id="r" obligation="MAY" revision="0">A.</requirement></requirements>"""));

        assertThat(refused.getMessage()).endsWith("the value '0' of attribute 'revision' on <requirement> is not valid: "
                + "it must be a whole number from 1 up.");
    }

    @Test
    void normativeFlagMustBeTrueOrFalse() {
        StandardXmlException refused = refusal(withEdition("""
                <references><reference key="r" code="GB/T 1" normative="1">A</reference></references>"""));

        assertThat(refused.getMessage()).endsWith("the value '1' of attribute 'normative' on <reference> is not valid: "
                + "it must be true or false.");
    }

    @Test
    void blankTitleIsExplained() {
        StandardXmlException refused = refusal(withEdition("").replace("Test standard", "  "));

        assertThat(refused.getMessage()).isEqualTo("line 3, column 34: the text of <title> is not valid: it must be text "
                + "that is not blank.");
    }

    @Test
    void titleInAThirdLanguageIsRefused() {
        StandardXmlException refused = refusal(withEdition("").replace("xml:lang=\"en\">Test standard",
                "xml:lang=\"fr\">Norme d'essai"));

        assertThat(refused.getMessage()).isEqualTo("line 3, column 24: the language 'fr' of <title> is not one Normative "
                + "holds; use en (English) or zh (Chinese).");
    }

    @Test
    void twoTitlesInOneLanguageAreRefused() {
        StandardXmlException refused = refusal(withEdition("").replace("<title xml:lang=\"en\">Test standard</title>",
                "<title xml:lang=\"en\">Test standard</title><title xml:lang=\"en\">Other</title>"));

        assertThat(refused.getMessage()).isEqualTo("line 3, column 66: there is more than one <title> in the language 'en'.");
    }

    @Test
    void sameLanguageForTheStandardAndItsCommitteeIsFine() throws Exception {
        assertThat(TestFiles.read(withEdition("")).committee().name().en()).isEqualTo("Test committee");
    }

    @Test
    void missingAttributeIsNamed() {
        StandardXmlException refused = refusal(withEdition("<clause/>"));

        assertThat(refused.getMessage()).isEqualTo("line 8, column 10: <clause> needs the attribute 'key'.");
    }

    @Test
    void missingLanguageIsNamedAsXmlLang() {
        StandardXmlException refused = refusal(withEdition("").replace("<title xml:lang=\"en\">", "<title>"));

        assertThat(refused.getMessage()).isEqualTo("line 3, column 10: <title> needs the attribute 'xml:lang'.");
    }

    @Test
    void unknownAttributeIsNamed() {
        StandardXmlException refused = refusal(withEdition("<clause key=\"a\" number=\"1\"/>"));

        assertThat(refused.getMessage()).isEqualTo("line 8, column 29: the attribute 'number' is not allowed on <clause>.");
    }

    @Test
    void elementInTheWrongPlaceNamesWhatIsExpected() {
        StandardXmlException refused = refusal(withEdition("<clause key=\"a\"><body>B</body><heading>H</heading></clause>"));

        assertThat(refused.getMessage()).isEqualTo("line 8, column 40: <heading> is not allowed here; expected one of "
                + "<clause>.");
    }

    @Test
    void missingCommitteeIsExplained() {
        StandardXmlException refused = refusal(withEdition("").replaceAll("(?s)<committee.*</committee>", ""));

        assertThat(refused.getMessage()).isEqualTo("line 5, column 36: <edition> is not allowed here; expected one of "
                + "<title>, <committee>.");
    }

    @Test
    void standardWithoutEditionIsIncomplete() {
        StandardXmlException refused = refusal(withEdition("").replaceAll("(?s)<edition.*</edition>", ""));

        assertThat(refused.messageKey()).isEqualTo("standard.xml.incomplete");
        assertThat(refused.getMessage()).endsWith("<standard> is incomplete; expected one of <framework-node>, <edition>.");
    }

    @Test
    void markupInABodyIsExplained() {
        StandardXmlException refused = refusal(withEdition("<clause key=\"a\"><body>See <b>this</b>.</body></clause>"));

        assertThat(refused.getMessage()).isEqualTo("line 8, column 46: <body> holds text only, not elements.");
    }

    @Test
    void unclosedElementIsNotWellFormed() {
        StandardXmlException refused = refusal(withEdition("<clause key=\"a\"><body>B</clause>"));

        assertThat(refused.messageKey()).isEqualTo("standard.xml.notWellFormed");
        assertThat(refused.getMessage()).startsWith("line 8, column 26: the file is not well-formed XML: ")
                .contains("\"body\"");
    }

    @Test
    void chineseMessagesSayTheSameInChinese() {
        StandardXmlException refused = refusal(withEdition("<clause key=\"a\"/><clause key=\"a\"/>"));

        assertThat(refused.userMessage(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("第 8 行第 35 列：本版本中条款键“a”被使用了不止一次；每个条款需要各自的键。");
        assertThat(refused.userMessage(Locale.GERMAN)).isEqualTo(refused.getMessage());
    }

    @Test
    void messagesStayEnglishOnAChineseSystem() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);

            assertThat(refusal(withEdition("<clause key=\"my key\"/>")).getMessage()).startsWith("line 8, column 23: "
                    + "the value 'my key' of attribute 'key' on <clause> is not valid");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void theCauseIsKeptForTheLogButTheMessageIsForPeople() {
        StandardXmlException refused = refusal(withEdition("<clause key=\"my key\"/>"));

        assertThat(refused.getCause()).isInstanceOf(org.xml.sax.SAXParseException.class);
        assertThat(refused.getMessage()).doesNotContain("cvc-").doesNotContain("Exception");
    }
}
