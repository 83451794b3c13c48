package org.normative.app.gui;

import org.normative.app.gui.dialog.DialogService;
import org.normative.app.gui.i18n.Localization;
import org.normative.app.gui.preferences.AppPreferences;
import org.normative.app.gui.task.TaskExecutor;
import org.normative.app.gui.task.TaskPanelViewModel;
import org.normative.standards.editing.EditionService;
import org.normative.standards.framework.FrameworkService;
import org.normative.standards.library.LibraryService;
import org.normative.standards.library.store.SqlLibrary;
import org.normative.standards.links.LinkService;
import org.normative.standards.links.store.JdbiLinkRepository;
import org.normative.standards.review.ReviewService;
import org.normative.standards.review.store.JdbiReviewRepository;
import org.normative.standards.search.LibrarySearch;
import org.normative.conformance.check.Limits;
import org.normative.conformance.workspace.ConformanceWorkspace;
import org.normative.standards.workspace.Workspace;

/**
 * Everything the desktop app is wired from, made once at start-up and passed to constructors. No static
 * singletons: tests build their own context with a temporary workspace and a synchronous executor.
 */
public final class AppContext {

    private final Workspace workspace;
    private final SqlLibrary sqlLibrary;
    private final LibraryService library;
    private final AppPreferences preferences;
    private final Localization localization;
    private final TaskPanelViewModel tasks;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final LibrarySearch search;
    private final LinkService links;
    private final FrameworkService framework;
    private final ConformanceWorkspace conformance;
    private final EditionService editions;
    private final ReviewService review;

    public AppContext(Workspace workspace, AppPreferences preferences, Localization localization,
                      TaskPanelViewModel tasks, TaskExecutor executor, DialogService dialogs) {
        this.workspace = workspace;
        this.sqlLibrary = new SqlLibrary(workspace);
        this.library = sqlLibrary.service();
        this.preferences = preferences;
        this.localization = localization;
        this.tasks = tasks;
        this.executor = executor;
        this.dialogs = dialogs;
        this.search = new LibrarySearch(workspace, sqlLibrary);
        this.links = new LinkService(sqlLibrary, new JdbiLinkRepository(workspace));
        this.framework = new FrameworkService(sqlLibrary);
        this.conformance = new ConformanceWorkspace(workspace, Limits.DEFAULT);
        this.editions = new EditionService(sqlLibrary);
        this.review = new ReviewService(sqlLibrary, new JdbiReviewRepository(workspace));
    }

    /** The write side of editions: stage moves, new editions, saving what the editor made. */
    public EditionService editions() {
        return editions;
    }

    /** Suites, submissions and runs of the workspace. */
    public ConformanceWorkspace conformance() {
        return conformance;
    }

    public Workspace workspace() {
        return workspace;
    }

    public SqlLibrary sqlLibrary() {
        return sqlLibrary;
    }

    public LibraryService library() {
        return library;
    }

    public AppPreferences preferences() {
        return preferences;
    }

    public Localization localization() {
        return localization;
    }

    public TaskPanelViewModel tasks() {
        return tasks;
    }

    public TaskExecutor executor() {
        return executor;
    }

    public DialogService dialogs() {
        return dialogs;
    }

    public LibrarySearch search() {
        return search;
    }

    public LinkService links() {
        return links;
    }

    public FrameworkService framework() {
        return framework;
    }

    /** Comment sets, dispositions and ballots of the workspace. */
    public ReviewService review() {
        return review;
    }
}
