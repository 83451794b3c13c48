package org.normative.standards.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normative.standards.demo.DemoLibrary;
import org.normative.standards.editing.EditionRef;
import org.normative.standards.editing.EditionService;
import org.normative.standards.library.store.SqlLibrary;
import org.normative.standards.workspace.Workspace;

/** Search over the demo library, in both languages, staying current with edits. */
class LibrarySearchTest {

    @TempDir
    Path temp;

    private Workspace workspace;
    private SqlLibrary library;
    private LibrarySearch search;

    @BeforeEach
    void setUp() throws Exception {
        workspace = Workspace.open(temp);
        library = new SqlLibrary(workspace);
        new DemoLibrary(library).install();
        search = new LibrarySearch(workspace, library);
    }

    @AfterEach
    void tearDown() {
        search.close();
        workspace.close();
    }

    @Test
    void chineseWordsAreFoundInsideLongerTextWithoutSpaces() throws Exception {
        List<SearchHit> hits = search.search("身份认证", 20);

        assertThat(hits).isNotEmpty();
        assertThat(hits).extracting(SearchHit::standardCode).contains("DG/T 0201");
        assertThat(hits.get(0).standardCode()).isEqualTo("DG/T 0201");
    }

    @Test
    void chineseClauseTextIsFoundWithASnippetAroundTheMatch() throws Exception {
        List<SearchHit> hits = search.search("短信验证码", 20);

        assertThat(hits).filteredOn(h -> h.kind() == SearchHit.Kind.CLAUSE)
                .extracting(SearchHit::standardCode, SearchHit::edition)
                .contains(org.assertj.core.groups.Tuple.tuple("DG/T 0201", "2022"), org.assertj.core.groups.Tuple.tuple("DG/T 0201", "2025"));
        assertThat(hits.get(0).snippet()).contains("短信验证码");
    }

    @Test
    void englishWordsAndCodesAreFound() throws Exception {
        assertThat(search.search("paging", 10)).extracting(SearchHit::standardCode).contains("DG/T 0102");
        assertThat(search.search("Paged collections", 10)).extracting(SearchHit::standardCode).contains("DG/T 0102");
        assertThat(search.search("DG/T 0401", 10).get(0).standardCode()).isEqualTo("DG/T 0401");
        assertThat(search.search("TLS", 10)).extracting(SearchHit::key).contains("3");
    }

    @Test
    void everyWordOfTheQueryMustMatch() throws Exception {
        assertThat(search.search("paging zebra", 10)).isEmpty();
        assertThat(search.search("   ", 10)).isEmpty();
    }

    @Test
    void searchSeesAnEditMadeAfterTheIndexWasBuilt() throws Exception {
        assertThat(search.search("cursor", 10)).isEmpty();
        EditionService service = new EditionService(library);
        EditionRef draft = new EditionRef("DG/T 0102", "2026");

        service.updateClause(draft, "paging", service.clauseVersion(draft, "paging"), "Paging",
                "Collections shall be paged with an opaque cursor.");

        assertThat(search.search("cursor", 10)).extracting(SearchHit::standardCode, SearchHit::key)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("DG/T 0102", "5"));
        assertThat(search.refreshIfStale()).isFalse();
    }
}
