package org.normative.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normative.app.gui.inspector.InspectorRow;
import org.normative.app.gui.main.MainViewModel;
import org.normative.app.gui.navigator.Grouping;
import org.normative.app.gui.navigator.NavigatorNode;
import org.normative.app.gui.preferences.AppPreferences;
import org.normative.app.gui.standard.ReaderBlock;
import org.normative.app.gui.standard.StandardViewModel;
import org.normative.app.gui.tab.TabModel;
import org.normative.app.gui.theme.Theme;
import org.normative.standards.workspace.Workspace;

/** The view models on a real workspace, with a synchronous executor and no window. */
class ViewModelTest {

    @TempDir
    Path temp;

    private Workspace workspace;
    private AppContext context;
    private MainViewModel main;
    private RecordingDialogService dialogs;

    @BeforeEach
    void setUp() throws Exception {
        workspace = Workspace.open(temp.resolve("workspace"));
        dialogs = new RecordingDialogService();
        context = TestWorkspaces.synchronousContext(workspace, temp, dialogs);
        main = new MainViewModel(context);
    }

    @AfterEach
    void tearDown() {
        workspace.close();
    }

    @Test
    void startOnAnEmptyWorkspaceInstallsTheDemoLibrary() throws Exception {
        main.start();

        assertThat(context.library().standards()).hasSize(10);
        assertThat(context.conformance().suites()).isNotEmpty();
        assertThat(context.conformance().submissions()).isNotEmpty();
        assertThat(labels(main.navigator().rootProperty().get())).contains("DG/T 0001  Digital government: Terminology");
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void startOnAFilledWorkspaceLeavesItAsItIs() throws Exception {
        main.start();
        MainViewModel second = new MainViewModel(context);

        second.start();

        assertThat(context.library().standards()).hasSize(10);
        assertThat(context.conformance().submissions()).hasSize(new org.normative.conformance.demo.DemoConformance()
                .submissionCount());
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void navigatorGroupsByFrameworkOrCommitteeAndShowsEmptyFrameworkNodes() {
        main.start();
        NavigatorNode byFramework = main.navigator().rootProperty().get();

        main.navigator().groupingProperty().set(Grouping.COMMITTEE);
        NavigatorNode byCommittee = main.navigator().rootProperty().get();

        assertThat(byFramework.children()).extracting(NavigatorNode::code).startsWith("100", "200", "300");
        assertThat(labels(byFramework)).contains("210  Government cloud"); // no standard yet, still shown
        assertThat(byCommittee.children()).extracting(NavigatorNode::code)
                .containsExactly("TC-DATA", "TC-GEN", "TC-PLAT", "TC-SEC", "TC-SERV");
        assertThat(byCommittee.children().get(0).children()).extracting(NavigatorNode::code)
                .containsExactly("DG/T 0101", "DG/T 0102");
    }

    @Test
    void filterMatchesCodesAndTitlesInBothLanguages() {
        main.start();

        main.navigator().filterProperty().set("电子证照");

        assertThat(standards(main.navigator().rootProperty().get())).containsExactly("DG/T 0202");
        assertThat(labels(main.navigator().rootProperty().get())).doesNotContain("210  Government cloud");
        main.navigator().filterProperty().set("dg/t 03");
        assertThat(standards(main.navigator().rootProperty().get())).containsExactly("DG/T 0301");
    }

    @Test
    void changingTheLanguageRelabelsTheNavigatorAndInspectorAndIsRemembered() throws Exception {
        main.start();
        main.navigator().selectedProperty().set(find(main.navigator().rootProperty().get(), "DG/T 0201"));

        main.setLanguage(Locale.SIMPLIFIED_CHINESE);

        assertThat(labels(main.navigator().rootProperty().get())).contains("DG/T 0201  统一身份认证 技术要求", "410  统一身份认证");
        assertThat(main.navigator().selectedProperty().get().code()).isEqualTo("DG/T 0201");
        assertThat(main.inspector().rows()).contains(new InspectorRow("编号", "DG/T 0201"),
                new InspectorRow("2022 版", "95.99 已废止"), new InspectorRow("2025 版", "60.60 已发布"));
        assertThat(AppPreferences.load(temp.resolve("prefs.properties")).language(Locale.ENGLISH))
                .isEqualTo(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void inspectorShowsACommitteesMembersAndLiaisons() {
        main.start();
        main.navigator().groupingProperty().set(Grouping.COMMITTEE);

        main.navigator().selectedProperty().set(main.navigator().rootProperty().get().children().get(0));

        assertThat(main.inspector().headingProperty().get()).isEqualTo("TC-DATA");
        assertThat(main.inspector().rows()).contains(
                new InspectorRow("Chair", "Zhang Min (National Data Administration)"),
                new InspectorRow("Observer", "Maria Keller (EU Interoperability liaison)"),
                new InspectorRow("Liaisons", "TC-GEN, TC-PLAT, TC-SERV"));
    }

    @Test
    void inspectorShowsWhatARevisionOfTheSelectedStandardAffects() {
        main.start();

        main.navigator().selectedProperty().set(find(main.navigator().rootProperty().get(), "DG/T 0201"));

        assertThat(main.inspector().impact()).contains("DG/T 0102 -> DG/T 0201  (TC-DATA)", "DG/T 0401 -> DG/T 0201  (TC-SEC)");
        main.navigator().selectedProperty().set(find(main.navigator().rootProperty().get(), "DG/T 0001"));
        assertThat(main.inspector().impact()).isNotEmpty().noneMatch(line -> line.contains("DG/T 0201"));
    }

    @Test
    void themeToggleIsRemembered() {
        Theme before = main.themeProperty().get();

        main.toggleTheme();

        assertThat(main.themeProperty().get()).isEqualTo(before.other());
        assertThat(AppPreferences.load(temp.resolve("prefs.properties")).theme()).isEqualTo(before.other());
    }

    @Test
    void openingAStandardTwiceSelectsItsTabAndClosingSelectsTheNeighbour() {
        main.start();

        main.openStandard("DG/T 0101");
        main.openStandard("DG/T 0201");
        main.openStandard("DG/T 0101");

        assertThat(main.tabs()).extracting(TabModel::tabTitle).containsExactly("DG/T 0101", "DG/T 0201");
        assertThat(main.selectedTabProperty().get().tabTitle()).isEqualTo("DG/T 0101");
        main.selectedTabProperty().set(main.tabs().get(1));
        main.closeSelectedTab();
        assertThat(main.selectedTabProperty().get().tabTitle()).isEqualTo("DG/T 0101");
        main.closeSelectedTab();
        assertThat(main.selectedTabProperty().get()).isNull();
    }

    @Test
    void standardShowsTheCurrentPublishedEditionAndItsClausesNumberedByPosition() {
        main.start();
        main.openStandard("DG/T 0201");
        StandardViewModel tab = (StandardViewModel) main.selectedTabProperty().get();

        assertThat(tab.selectedEditionProperty().get().label()).isEqualTo("2025");
        assertThat(tab.editionSummaryProperty().get()).contains("published 2025-06-20", "revises DG/T 0201-2022");
        assertThat(tab.reader()).extracting(ReaderBlock::number).containsExactly("1", "2", "3", "3.1", "4", "5");

        tab.selectedClauseProperty().set(tab.clauses().get(2));
        assertThat(tab.reader()).extracting(ReaderBlock::heading).containsExactly("认证方式", "口令");
        assertThat(tab.reader().get(1).depth()).isEqualTo(1);

        tab.selectedEditionProperty().set(tab.editions().get(0));
        assertThat(tab.reader()).extracting(ReaderBlock::body).contains("系统应支持用户名口令认证和短信验证码认证。");
        assertThat(tab.editionSummaryProperty().get()).contains("withdrawn 2025-09-01");
    }

    private static List<String> labels(NavigatorNode node) {
        List<String> out = new ArrayList<>();
        node.children().forEach(child -> {
            out.add(child.label());
            out.addAll(labels(child));
        });
        return out;
    }

    private static List<String> standards(NavigatorNode node) {
        List<String> out = new ArrayList<>();
        if (node.isStandard()) {
            out.add(node.code());
        }
        node.children().forEach(child -> out.addAll(standards(child)));
        return out;
    }

    private static NavigatorNode find(NavigatorNode node, String code) {
        if (node.code().equals(code)) {
            return node;
        }
        return node.children().stream().map(c -> find(c, code)).filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }
}
