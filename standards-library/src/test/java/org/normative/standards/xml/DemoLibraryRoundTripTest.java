package org.normative.standards.xml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.normative.standards.demo.DemoLibrary;
import org.normative.standards.library.Clause;
import org.normative.standards.library.Committee;
import org.normative.standards.library.Edition;
import org.normative.standards.library.EditionContent;
import org.normative.standards.library.FrameworkNode;
import org.normative.standards.library.LibraryService;
import org.normative.standards.library.Standard;
import org.normative.standards.library.StandardDocument;
import org.normative.standards.library.StandardDocument.EditionDocument;
import org.normative.standards.library.store.SqlLibrary;
import org.normative.standards.workspace.Workspace;

/**
 * Every standard of the bundled demo library, as the workspace holds it (committee, framework node, editions and
 * clauses; the store does not hold terms, references or requirements yet), survives write, read, write unchanged.
 */
class DemoLibraryRoundTripTest {

    @TempDir
    static Path workspaceDir;

    private static Workspace workspace;
    private static List<StandardDocument> documents;

    @BeforeAll
    static void installDemo() throws Exception {
        workspace = Workspace.open(workspaceDir);
        SqlLibrary library = new SqlLibrary(workspace);
        new DemoLibrary(library).install();
        documents = documents(library.service());
    }

    @AfterAll
    static void closeWorkspace() {
        workspace.close();
    }

    @Test
    void demoHoldsTenStandards() {
        assertThat(documents).hasSize(10);
    }

    @TestFactory
    Stream<DynamicTest> everyDemoStandardSurvivesWriteReadWrite() {
        return documents.stream().map(document -> DynamicTest.dynamicTest(document.standard().code(), () -> {
            byte[] first = write(document);
            StandardDocument read = new StandardXmlReader().read(new ByteArrayInputStream(first));
            byte[] second = write(read);

            assertThat(second).isEqualTo(first);
            assertThat(read).isEqualTo(withoutWorkspaceIds(document));
            assertThat(new String(first, StandardCharsets.UTF_8))
                    .contains("<title xml:lang=\"zh\">" + document.standard().title().zh() + "</title>");
        }));
    }

    private static List<StandardDocument> documents(LibraryService service) throws Exception {
        Map<String, Committee> committees = service.committees().stream()
                .collect(Collectors.toMap(Committee::code, Function.identity()));
        Map<String, FrameworkNode> nodes = service.framework().stream()
                .collect(Collectors.toMap(FrameworkNode::code, Function.identity()));
        List<StandardDocument> documents = new ArrayList<>();
        for (Standard standard : service.standards()) {
            List<EditionDocument> editions = new ArrayList<>();
            for (Edition edition : standard.editions()) {
                EditionContent content = new EditionContent(service.clauses(edition), List.of(), List.of(), List.of());
                editions.add(new EditionDocument(edition, content, null));
            }
            documents.add(new StandardDocument(committees.get(standard.committeeCode()),
                    standard.frameworkCode() == null ? null : nodes.get(standard.frameworkCode()), standard, editions));
        }
        return documents;
    }

    /** The document as a file gives it back: editions and clauses have no workspace id. */
    private static StandardDocument withoutWorkspaceIds(StandardDocument document) {
        List<EditionDocument> editions = document.editions().stream().map(e -> new EditionDocument(
                withoutId(e.edition()),
                new EditionContent(e.content().clauses().stream().map(DemoLibraryRoundTripTest::withoutIds).toList(),
                        e.content().terms(), e.content().references(), e.content().requirements()),
                e.baselineHash())).toList();
        Standard s = document.standard();
        Standard standard = new Standard(s.code(), s.title(), s.committeeCode(), s.frameworkCode(),
                editions.stream().map(EditionDocument::edition).toList());
        return new StandardDocument(document.committee(), document.frameworkNode(), standard, editions);
    }

    private static Edition withoutId(Edition e) {
        return new Edition(0, e.label(), e.stage(), e.publishedOn(), e.implementedOn(), e.withdrawnOn(), e.revisesLabel());
    }

    private static Clause withoutIds(Clause c) {
        return new Clause(0, c.key(), c.number(), c.heading(), c.body(),
                c.children().stream().map(DemoLibraryRoundTripTest::withoutIds).toList());
    }

    private static byte[] write(StandardDocument document) throws StandardXmlException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new StandardXmlWriter().write(document, out);
        return out.toByteArray();
    }
}
