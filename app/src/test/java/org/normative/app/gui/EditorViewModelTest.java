package org.normative.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normative.app.gui.editor.EditorViewModel;
import org.normative.app.gui.main.MainViewModel;
import org.normative.app.gui.redline.RedlineViewModel;
import org.normative.app.gui.standard.StandardViewModel;
import org.normative.standards.diff.Change;
import org.normative.standards.editing.EditionDraft;
import org.normative.standards.editing.EditionRef;
import org.normative.standards.library.EditionContent;
import org.normative.standards.library.Obligation;
import org.normative.standards.library.Requirement;
import org.normative.standards.library.Stage;
import org.normative.standards.obligation.ObligationDetector;
import org.normative.standards.workspace.Workspace;

/** The editor, the stage moves and the redline as view models on a real workspace, synchronously. */
class EditorViewModelTest {

    private static final EditionRef DRAFT = new EditionRef("DG/T 0102", "2026");

    @TempDir
    Path temp;

    private Workspace workspace;
    private AppContext context;
    private MainViewModel main;
    private RecordingDialogService dialogs;

    @BeforeEach
    void setUp() throws Exception {
        workspace = TestWorkspaces.withDemo(temp.resolve("workspace"));
        dialogs = new RecordingDialogService();
        context = TestWorkspaces.synchronousContext(workspace, temp, dialogs);
        main = new MainViewModel(context);
        main.navigator().reload();
    }

    @AfterEach
    void tearDown() {
        workspace.close();
    }

    @Test
    void aClauseWithARequirementIsDraftedUndoneRedoneAndSaved() throws Exception {
        EditorViewModel editor = openEditor();
        assertThat(editor.selectedKeyProperty().get()).isEqualTo(editor.contentProperty().get().clauses().get(0).key());

        editor.addClause(false);
        assertThat(editor.selectedKeyProperty().get()).isEqualTo("new-clause");
        editor.headingProperty().set("Sorting");
        editor.bodyProperty().set("Collections can be sorted by any field that is indexed.");
        editor.newStatementProperty().set("Servers shall support the sort parameter.");
        assertThat(editor.newObligationProperty().get()).isEqualTo(Obligation.SHALL);
        editor.newStatementProperty().set("服务端宜支持 sort 参数。");
        assertThat(editor.newObligationProperty().get()).isEqualTo(Obligation.SHOULD);
        editor.addRequirement();
        String key = editor.selectedKeyProperty().get();
        assertThat(key).as("an unsaved clause's key follows its heading").isEqualTo("sorting");

        assertThat(editor.requirements()).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo("/req/dg-0102/sorting");
            assertThat(r.obligation()).isEqualTo(Obligation.SHOULD);
        });
        assertThat(editor.contentProperty().get().clause(key).orElseThrow().heading()).isEqualTo("Sorting");
        assertThat(editor.dirtyProperty().get()).isTrue();
        assertThat(editor.tabTitle()).endsWith(" *");

        editor.undo();
        assertThat(editor.requirements()).isEmpty();
        editor.redo();
        assertThat(editor.requirements()).hasSize(1);

        editor.save();

        assertThat(dialogs.errors).isEmpty();
        assertThat(editor.dirtyProperty().get()).isFalse();
        EditionContent stored = context.editions().content(DRAFT);
        assertThat(stored.clause(key).orElseThrow().body()).isEqualTo("Collections can be sorted by any field that is indexed.");
        assertThat(stored.requirement("/req/dg-0102/sorting")).map(Requirement::statement).contains("服务端宜支持 sort 参数。");
    }

    @Test
    void aSaveAfterSomeoneElsesShowsTheirVersionAndTakingItKeepsOursOneUndoAway() throws Exception {
        EditorViewModel editor = openEditor();
        String first = editor.selectedKeyProperty().get();
        editor.bodyProperty().set("Ours.");
        saveBehindTheEditorsBack(first, "Theirs.");

        editor.save();

        assertThat(editor.conflictProperty().get()).isNotNull();
        assertThat(editor.conflictProperty().get().clause(first).orElseThrow().body()).isEqualTo("Theirs.");
        assertThat(context.editions().content(DRAFT).clause(first).orElseThrow().body()).isEqualTo("Theirs.");
        assertThat(dialogs.errors).isEmpty();

        editor.takeTheirs();
        assertThat(editor.bodyProperty().get()).isEqualTo("Theirs.");
        assertThat(editor.conflictProperty().get()).isNull();
        editor.undo();
        assertThat(editor.bodyProperty().get()).isEqualTo("Ours.");

        editor.save();
        assertThat(context.editions().content(DRAFT).clause(first).orElseThrow().body()).isEqualTo("Ours.");
    }

    @Test
    void keepingOursAfterAConflictSavesOursOverTheirs() throws Exception {
        EditorViewModel editor = openEditor();
        String first = editor.selectedKeyProperty().get();
        editor.bodyProperty().set("Ours.");
        saveBehindTheEditorsBack(first, "Theirs.");
        editor.save();

        editor.keepMine();

        assertThat(editor.conflictProperty().get()).isNull();
        assertThat(editor.dirtyProperty().get()).isFalse();
        assertThat(context.editions().content(DRAFT).clause(first).orElseThrow().body()).isEqualTo("Ours.");
    }

    @Test
    void theChecksRunOnTheDraftAndMarkTheClausesTheyFindProblemsIn() {
        EditorViewModel editor = openEditor();
        editor.addClause(false);
        String empty = editor.selectedKeyProperty().get();
        editor.newStatementProperty().set("Clients must send a page token.");
        editor.addRequirement();

        editor.check();

        assertThat(editor.problems()).extracting(f -> f.ruleId()).contains("must-used");
        assertThat(editor.hasProblems(empty)).isTrue();
        assertThat(editor.verbalForms("Clients must send it; servers shall answer.")).extracting(m -> m.phrase())
                .containsExactly("must", "shall");
    }

    @Test
    void onlyTheAllowedStagesAreOfferedAndAMoveFreezesTheBaseline() throws Exception {
        StandardViewModel standard = openStandard();
        selectEdition(standard, "2026");
        assertThat(standard.allowedStages()).containsExactly(Stage.WORKING_DRAFT, Stage.COMMITTEE_DRAFT_BALLOT);

        standard.moveTo(Stage.COMMITTEE_DRAFT_BALLOT);

        assertThat(dialogs.errors).isEmpty();
        assertThat(standard.selectedEditionProperty().get().stage()).isEqualTo(Stage.COMMITTEE_DRAFT_BALLOT);
        assertThat(standard.baselineProperty().get()).startsWith("baseline frozen at the ballot: ");
        assertThat(context.editions().baseline(DRAFT)).isNotNull();
    }

    @Test
    void aNewEditionStartsFromTheSelectedOneAndTheRedlineShowsWhatChanged() throws Exception {
        StandardViewModel standard = openStandard();
        selectEdition(standard, "2023");
        assertThat(standard.canEdit(standard.selectedEditionProperty().get())).isFalse();
        dialogs.textAnswers.add(List.of("2027"));

        standard.newEdition();

        assertThat(standard.selectedEditionProperty().get().label()).isEqualTo("2027");
        assertThat(standard.selectedEditionProperty().get().stage()).isEqualTo(Stage.WORKING_DRAFT);
        selectEdition(standard, "2026");
        standard.compare();

        RedlineViewModel redline = (RedlineViewModel) main.selectedTabProperty().get();
        assertThat(redline.fromProperty().get().label()).isEqualTo("2023");
        assertThat(redline.changes()).isNotEmpty();
        assertThat(redline.summaryProperty().get()).matches("\\d+ changes, \\d+ significant");
        redline.significantOnlyProperty().set(true);
        assertThat(redline.changes()).isNotEmpty().allMatch(Change::significant);
        assertThat(redline.kind(redline.changes().get(0))).matches("(Clause|Requirement|Term|Reference) · (added|removed|moved|changed)");
    }

    @Test
    void closingAnEditorWithUnsavedChangesAsksFirst() {
        EditorViewModel editor = openEditor();
        editor.headingProperty().set("Renamed");
        editor.addClause(false);
        assertThat(editor.dirtyProperty().get()).isTrue();

        main.close(editor);

        assertThat(main.tabs()).doesNotContain(editor); // the recording dialogs answer yes
    }

    @Test
    void theSelectedEditionExportsAsPdfAndWordInTheBackgroundAndSaysWhere() throws Exception {
        StandardViewModel standard = openStandard();
        selectEdition(standard, "2026");
        assertThat(standard.exportFileName("pdf")).isEqualTo("DG-T-0102-2026.pdf");
        Path pdf = temp.resolve("out").resolve(standard.exportFileName("pdf"));
        Path docx = temp.resolve("out").resolve(standard.exportFileName("docx"));

        standard.export(org.normative.standards.export.EditionExport.Format.PDF, pdf);
        standard.export(org.normative.standards.export.EditionExport.Format.DOCX, docx);

        assertThat(dialogs.errors).isEmpty();
        assertThat(dialogs.informations).containsExactly("Exported DG/T 0102@2026 to " + pdf + ".",
                "Exported DG/T 0102@2026 to " + docx + ".");
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document)).contains("DG/T 0102", "/req/dg-0102/paging");
        }
        try (var word = new org.apache.poi.xwpf.usermodel.XWPFDocument(java.nio.file.Files.newInputStream(docx))) {
            assertThat(word.getParagraphs()).extracting(p -> p.getText()).anyMatch(t -> t.contains("Paging"));
        }
    }

    private StandardViewModel openStandard() {
        main.openStandard("DG/T 0102");
        return (StandardViewModel) main.selectedTabProperty().get();
    }

    private EditorViewModel openEditor() {
        StandardViewModel standard = openStandard();
        selectEdition(standard, "2026");
        standard.edit();
        return (EditorViewModel) main.selectedTabProperty().get();
    }

    private static void selectEdition(StandardViewModel standard, String label) {
        standard.selectedEditionProperty().set(standard.editions().stream().filter(e -> e.label().equals(label)).findFirst().orElseThrow());
    }

    private void saveBehindTheEditorsBack(String clauseKey, String body) throws Exception {
        EditionContent stored = context.editions().content(DRAFT);
        EditionDraft other = new EditionDraft("DG/T 0102", stored, new ObligationDetector());
        other.editClause(clauseKey, other.clause(clauseKey).heading(), body);
        context.editions().saveContent(DRAFT, other.baseFingerprint(), other.content());
    }
}
