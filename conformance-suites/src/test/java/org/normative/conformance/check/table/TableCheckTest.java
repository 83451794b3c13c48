package org.normative.conformance.check.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normative.conformance.ConformanceException;
import org.normative.conformance.check.ArtifactException;
import org.normative.conformance.check.CheckOutcome;
import org.normative.conformance.check.Limits;
import org.normative.conformance.check.PreparedCheck;
import org.normative.conformance.check.RecordingCheckContext;
import org.normative.conformance.result.Finding;
import org.normative.conformance.result.Severity;
import org.normative.conformance.result.Verdict;
import org.normative.conformance.submission.Artifact;

class TableCheckTest {

    private static final String TYPES = """
            {"missingValues": ["", "NA"], "fields": [
              {"name": "id", "type": "integer", "constraints": {"required": true, "unique": true, "minimum": 1}},
              {"name": "name", "type": "string", "constraints": {"required": true, "minLength": 2, "maxLength": 10, "pattern": "[A-Za-z ]+"}},
              {"name": "kind", "type": "string", "constraints": {"enum": ["a", "b"]}},
              {"name": "amount", "type": "number", "constraints": {"maximum": 100, "exclusiveMinimum": 0}},
              {"name": "active", "type": "boolean"},
              {"name": "since", "type": "date", "constraints": {"minimum": "2000-01-01"}},
              {"name": "seen", "type": "datetime"},
              {"name": "day", "type": "date", "format": "%d/%m/%Y"},
              {"name": "mail", "type": "string", "format": "email"}
            ]}""";

    @TempDir
    java.nio.file.Path folder;
    private TableFixtures fixtures;

    @BeforeEach
    void setUp() throws Exception {
        fixtures = new TableFixtures(folder);
    }

    @Test
    void everyTypeAndConstraintIsCheckedWithRowFieldLineAndValue() throws Exception {
        CheckOutcome outcome = fixtures.run(fixtures.prepare(TYPES), "types.csv", """
                id,name,kind,amount,active,since,seen,day,mail
                1,Alice,a,10.5,true,2020-01-02,2024-05-01T10:00:00Z,31/12/2020,a@b.cn
                x,Bob,b,1,false,2020-01-02,2024-05-01T10:00:00,01/01/2021,NA
                3,,a,1,1,2020-01-02,2024-05-01T10:00:00+08:00,01/01/2021,
                4,B,a,1,0,2020-01-02,,,
                5,Carol9,a,1,,,,,
                6,Dave,c,1,,,,,
                7,Eve,a,100.01,,,,,
                8,Fay,a,0,,,,,
                9,Gus,a,1,yes,,,,
                10,Hal,a,1,,1999-12-31,,,
                11,Ida,a,1,,2021-02-30,,,
                12,Jo,a,1,,,2024-05-01 10:00,,
                13,Kim,a,1,,,,2021-01-01,
                14,Lu,a,1,,,,,not-mail
                1,Max,a,1,,,,,
                0,Ned,a,1,,,,,
                17,Abcdefghijk,a,1,,,,,
                """);
        assertThat(outcome.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(outcome.findings()).extracting(Finding::ruleId, f -> f.location().row(), f -> f.location().field(),
                        f -> f.location().line(), Finding::actual)
                .containsExactly(
                        tuple("type", 2L, "id", 3, "x"),
                        tuple("required", 3L, "name", 4, null),
                        tuple("minLength", 4L, "name", 5, "B"),
                        tuple("pattern", 5L, "name", 6, "Carol9"),
                        tuple("enum", 6L, "kind", 7, "c"),
                        tuple("maximum", 7L, "amount", 8, "100.01"),
                        tuple("exclusiveMinimum", 8L, "amount", 9, "0"),
                        tuple("type", 9L, "active", 10, "yes"),
                        tuple("minimum", 10L, "since", 11, "1999-12-31"),
                        tuple("type", 11L, "since", 12, "2021-02-30"),
                        tuple("type", 12L, "seen", 13, "2024-05-01 10:00"),
                        tuple("type", 13L, "day", 14, "2021-01-01"),
                        tuple("type", 14L, "mail", 15, "not-mail"),
                        tuple("unique", 15L, "id", 16, "1"),
                        tuple("minimum", 16L, "id", 17, "0"),
                        tuple("maxLength", 17L, "name", 18, "Abcdefghijk"));
        assertThat(outcome.findings().get(0).location().column()).isEqualTo(1);
        assertThat(outcome.findings().get(13).message()).contains("row 1");
        assertThat(outcome.findings()).allSatisfy(f -> assertThat(f.message()).doesNotContain("{"));
    }

    @Test
    void headerMismatchesAreFindingsNamingTheColumns() throws Exception {
        PreparedCheck check = fixtures.prepare("""
                {"fields": [{"name": "id"}, {"name": "name"}, {"name": "code"}]}""");
        CheckOutcome renamed = fixtures.run(check, "renamed.csv", "id,Name,code,note\n1,a,b,c\n");
        assertThat(renamed.findings()).extracting(Finding::ruleId, f -> f.location().column(), Finding::actual)
                .containsExactly(tuple("header", 2, "Name"), tuple("header", 4, "note"));
        assertThat(renamed.findings().get(0).message()).contains("\"Name\"", "\"name\"");
        assertThat(renamed.findings().get(0).location().row()).isNull();

        CheckOutcome missing = fixtures.run(check, "missing.csv", "id,code\n1,b\n");
        assertThat(missing.findings()).extracting(Finding::ruleId, f -> f.location().field()).containsExactly(tuple("header", "name"));
        assertThat(missing.findings().get(0).message()).contains("missing");

        CheckOutcome twice = fixtures.run(check, "twice.csv", "id,name,code,code\n1,a,b,b\n");
        assertThat(twice.findings()).extracting(Finding::ruleId, f -> f.location().column()).containsExactly(tuple("header", 4));
        assertThat(twice.findings().get(0).message()).contains("columns 3 and 4");
    }

    @Test
    void raggedRowsAreFindingsAndTheirOtherValuesAreStillChecked() throws Exception {
        CheckOutcome outcome = fixtures.run(fixtures.prepare("""
                {"fields": [{"name": "a", "type": "integer"}, {"name": "b"}]}"""), "ragged.csv", "a,b\n1,2\nx\n3,4,5\n");
        assertThat(outcome.findings()).extracting(Finding::ruleId, f -> f.location().row(), f -> f.location().column())
                .containsExactly(tuple("ragged", 2L, 2), tuple("type", 2L, 1), tuple("ragged", 3L, 3));
        assertThat(outcome.findings().get(0).message()).contains("1 fields", "header has 2");
    }

    @Test
    void quotingErrorsAreFindingsWithLineAndField() throws Exception {
        CheckOutcome outcome = fixtures.run(fixtures.prepare("""
                {"fields": [{"name": "a"}, {"name": "b"}]}"""), "quotes.csv",
                "a,b\n1,\"x\"y\n2,\"ok \"\"quoted\"\"\"\n3,x\"y\n4,\"open\n5,6\n");
        assertThat(outcome.findings()).extracting(Finding::ruleId, Finding::severity, f -> f.location().row(),
                        f -> f.location().line(), f -> f.location().column())
                .containsExactly(
                        tuple("quote", Severity.ERROR, 1L, 2, 2),
                        tuple("quote", Severity.WARNING, 3L, 4, 2),
                        tuple("quote", Severity.ERROR, 4L, 5, 2));
        assertThat(outcome.findings().get(2).message()).contains("never closed");
    }

    @Test
    void invalidUtf8IsReportedWithItsByteOffsetAndRow() throws Exception {
        byte[] content = "a,b\n1,caf\u00e9\n2,ok\n".getBytes(StandardCharsets.ISO_8859_1);
        CheckOutcome outcome = fixtures.run(fixtures.prepare("{\"fields\": [{\"name\": \"a\"}, {\"name\": \"b\"}]}"),
                fixtures.artifact("table", "latin1.csv", content));
        assertThat(outcome.findings()).extracting(Finding::ruleId, f -> f.location().row(), f -> f.location().line(),
                f -> f.location().field(), Finding::actual).containsExactly(tuple("encoding", 1L, 2, "b", "E9"));
        assertThat(outcome.findings().get(0).message()).contains("byte offset 9");
    }

    @Test
    void aGb18030FileDeclaredUtf8IsNamedAsSuchAndReadsCleanWhenDeclared() throws Exception {
        String schema = "{\"fields\": [{\"name\": \"名称\"}, {\"name\": \"代码\", \"type\": \"integer\"}]}";
        byte[] content = "名称,代码\n北京,1\n天津,2\n".getBytes(Charset.forName("GB18030"));
        Artifact artifact = fixtures.artifact("table", "gb.csv", content);
        CheckOutcome asUtf8 = fixtures.run(fixtures.prepare(schema), artifact);
        assertThat(asUtf8.verdict()).isEqualTo(Verdict.FAIL);
        Finding first = asUtf8.findings().stream().filter(f -> f.ruleId().equals("encoding")).findFirst().orElseThrow();
        assertThat(first.message()).contains("GB 18030", "byte offset 0", "\u540d");
        assertThat(asUtf8.countsByRule()).containsEntry("encoding", 3L);

        CheckOutcome declared = fixtures.run(fixtures.prepare(schema, Map.of("encoding", "GB18030")), artifact);
        assertThat(declared.verdict()).isEqualTo(Verdict.PASS);
    }

    @Test
    void whatIsNoTableIsRefusedWithAPlainMessage() throws Exception {
        PreparedCheck check = fixtures.prepare("{\"fields\": [{\"name\": \"a\"}]}");
        assertThatThrownBy(() -> fixtures.run(check, "report.csv", "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n"))
                .isInstanceOf(ArtifactException.class).hasMessageContaining("report.csv").hasMessageContaining("PDF");
        byte[] binary = new byte[256];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) i;
        }
        assertThatThrownBy(() -> fixtures.run(check, fixtures.artifact("table", "data.csv", binary)))
                .isInstanceOf(ArtifactException.class).hasMessageContaining("not a table");
        assertThatThrownBy(() -> fixtures.run(check, "blank.csv", "\n\n"))
                .isInstanceOf(ArtifactException.class).hasMessageContaining("no rows");
    }

    @Test
    void findingsAreCountedInFullBeyondTheOnesKept() throws Exception {
        PreparedCheck check = fixtures.prepare("{\"fields\": [{\"name\": \"n\", \"type\": \"integer\"}]}");
        RecordingCheckContext context = RecordingCheckContext.standalone();
        check.check(fixtures.artifact("many.csv", "n\n" + "x\n".repeat(12_000)), context);
        CheckOutcome outcome = context.outcome();
        assertThat(outcome.countsByRule()).containsEntry("type", 12_000L);
        assertThat(outcome.findings()).hasSize(RecordingCheckContext.DEFAULT_CAP);
    }

    @Test
    void foreignKeysReachCodeListsOfTheSuiteWholeOrByPrefix() throws Exception {
        fixtures.resource("resources/divisions.csv", "code,name\n110000,北京市\n110105,朝阳区\n");
        PreparedCheck check = fixtures.prepare("""
                {"fields": [{"name": "item"}, {"name": "division"}],
                 "foreignKeys": [
                   {"fields": "item", "prefixLength": 6, "reference": {"resource": "resources/divisions.csv", "fields": "code"}},
                   {"fields": "division", "reference": {"resource": "resources/divisions.csv", "fields": "code"}}]}""");
        CheckOutcome outcome = fixtures.run(check, "items.csv",
                "item,division\n11010500000001,110105\n99999900000001,110105\n11010500000002,123456\n11010500000003,\n");
        assertThat(outcome.findings()).extracting(Finding::ruleId, f -> f.location().row(), f -> f.location().field(), Finding::actual)
                .containsExactly(tuple("foreign-key", 2L, "item", "99999900000001"), tuple("foreign-key", 3L, "division", "123456"));
        assertThat(outcome.findings().get(0).message()).contains("first 6 characters");
    }

    @Test
    void foreignKeysReachAnotherTableOfTheSubmissionByRole() throws Exception {
        PreparedCheck check = fixtures.prepare("""
                {"fields": [{"name": "customer"}],
                 "foreignKeys": [{"fields": "customer", "reference": {"resource": "customers", "fields": "id"}}]}""");
        Artifact customers = fixtures.artifact("customers", "customers.csv", "id,name\nC1,A\nC2,B\n".getBytes(StandardCharsets.UTF_8));
        Artifact orders = fixtures.artifact("orders", "orders.csv", "customer\nC1\nC3\n".getBytes(StandardCharsets.UTF_8));

        RecordingCheckContext context = new RecordingCheckContext(Limits.DEFAULT, () -> false, 100, List.of(customers, orders));
        check.check(orders, context);
        assertThat(context.outcome().findings()).extracting(Finding::ruleId, f -> f.location().row(), Finding::actual)
                .containsExactly(tuple("foreign-key", 2L, "C3"));

        CheckOutcome alone = fixtures.run(check, orders);
        assertThat(alone.verdict()).isEqualTo(Verdict.NOT_TESTED);
        assertThat(alone.reason().en()).contains("customers");
    }

    @Test
    void primaryKeysAndForeignKeysIntoTheSameTable() throws Exception {
        PreparedCheck check = fixtures.prepare("""
                {"fields": [{"name": "code"}, {"name": "parent"}], "primaryKey": ["code"],
                 "foreignKeys": [{"fields": "parent", "reference": {"resource": "", "fields": "code"}}]}""");
        CheckOutcome outcome = fixtures.run(check, "tree.csv", "code,parent\n11,\n1101,11\n1101,11\n1201,12\n,11\n");
        assertThat(outcome.findings()).extracting(Finding::ruleId, f -> f.location().row())
                .containsExactly(tuple("primary-key", 3L), tuple("foreign-key", 4L), tuple("primary-key", 5L));
        assertThat(outcome.findings().get(0).message()).contains("row 2");
    }

    @Test
    void tsvAndTablesWithoutHeaderAreReadByPosition() throws Exception {
        PreparedCheck check = fixtures.prepare("{\"fields\": [{\"name\": \"a\"}, {\"name\": \"b\", \"type\": \"integer\"}]}",
                Map.of("header", "false"));
        CheckOutcome outcome = fixtures.run(check, "plain.tsv", "1\t2\n3\tx\n5\t6\n");
        assertThat(outcome.findings()).extracting(Finding::ruleId, f -> f.location().row(), f -> f.location().line(),
                f -> f.location().field()).containsExactly(tuple("type", 2L, 2, "b"));

        PreparedCheck semicolons = fixtures.prepare("{\"fields\": [{\"name\": \"a\"}, {\"name\": \"n\", \"type\": \"number\", \"decimalChar\": \",\"}]}",
                Map.of("delimiter", ";"));
        assertThat(fixtures.run(semicolons, "eu.csv", "a;n\nx;1,5\ny;2,25\n").verdict()).isEqualTo(Verdict.PASS);
    }

    @Test
    void whatTheCheckWouldNotUnderstandIsRefusedWhenTheSuiteLoads() {
        assertThatThrownBy(() -> fixtures.prepare("{\"fields\": [{\"name\": \"p\", \"type\": \"geopoint\"}]}"))
                .isInstanceOf(ConformanceException.class).hasMessageContaining("geopoint").hasMessageContaining("/conf/test/table");
        assertThatThrownBy(() -> fixtures.prepare("{\"fields\": [{\"name\": \"p\", \"constraints\": {\"minimun\": 1}}]}"))
                .isInstanceOf(ConformanceException.class).hasMessageContaining("minimun");
        assertThatThrownBy(() -> fixtures.prepare("{\"fields\": [{\"name\": \"p\", \"constraints\": {\"checksum\": \"crc32\"}}]}"))
                .isInstanceOf(ConformanceException.class).hasMessageContaining("gb32100");
        assertThatThrownBy(() -> fixtures.prepare("{\"fields\": [{\"name\": \"p\"}], \"primaryKey\": \"q\"}"))
                .isInstanceOf(ConformanceException.class).hasMessageContaining("\"q\"");
    }
}
