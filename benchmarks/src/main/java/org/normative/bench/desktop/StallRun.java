package org.normative.bench.desktop;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.BooleanSupplier;

import javafx.application.Platform;
import javafx.stage.Stage;

import org.normative.app.gui.AppContext;
import org.normative.app.gui.dialog.FxDialogService;
import org.normative.app.gui.i18n.Localization;
import org.normative.app.gui.links.GraphPicture;
import org.normative.app.gui.main.MainViewModel;
import org.normative.app.gui.main.MainWindow;
import org.normative.app.gui.main.Tool;
import org.normative.app.gui.preferences.AppPreferences;
import org.normative.app.gui.standard.StandardViewModel;
import org.normative.app.gui.task.FxStallWatchdog;
import org.normative.app.gui.task.FxTaskExecutor;
import org.normative.app.gui.task.TaskPanelViewModel;
import org.normative.bench.ChildJvm;
import org.normative.standards.workspace.Workspace;

/**
 * The longest FX-thread stall while the real main window (headless, Monocle) does heavy work on the benchmark
 * library, measured with {@link FxStallWatchdog} probing every 10 ms: opening the library, a full-text search, the
 * link graph of every standard, and the largest standard. Each step ends when its view shows the result and one more
 * frame has been laid out. Prints one result line per step: milliseconds of the longest stall, seconds the step
 * took, seconds of CPU the FX thread used in it (which a loaded machine does not inflate), and the step's name.
 * Arguments: {@code workspaceFolder}.
 */
public final class StallRun {

    private static final Duration LIMIT = Duration.ofMinutes(10);

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private FxStallWatchdog watchdog;
    private long fxThread;
    private MainViewModel main;
    private Stage stage;

    private StallRun() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        Path temp = Files.createTempDirectory("normative-stall-bench-");
        try (Workspace workspace = Workspace.open(folder)) {
            TaskPanelViewModel tasks = new TaskPanelViewModel();
            try (FxTaskExecutor executor = new FxTaskExecutor(tasks)) {
                new StallRun().measure(workspace, temp, tasks, executor);
            }
        }
        Platform.exit();
    }

    private void measure(Workspace workspace, Path temp, TaskPanelViewModel tasks, FxTaskExecutor executor) throws Exception {
        AtomicReference<AppContext> context = new AtomicReference<>();
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(() -> {
            fxThread = Thread.currentThread().getId();
            started.countDown();
        });
        started.await();
        watchdog = FxStallWatchdog.start(Duration.ofMillis(10));
        step("open the library (window shown, navigator filled)", () -> Platform.runLater(() -> {
            stage = new Stage();
            context.set(new AppContext(workspace, AppPreferences.load(temp.resolve("preferences.properties")),
                    new Localization(Locale.ENGLISH), tasks, executor, new FxDialogService(() -> stage)));
            MainWindow window = new MainWindow(context.get());
            main = window.viewModel();
            window.show(stage);
        }), () -> main != null && !main.navigator().loadingProperty().get() && main.navigator().snapshotProperty().get() != null
                && main.navigator().snapshotProperty().get().standards().size() > 1);
        step("full-text search in the navigator (index built on first use)", () -> onFx(vm -> {
            vm.navigator().filterProperty().set("data service");
            vm.navigator().search();
        }), () -> main.navigator().showingResultsProperty().get() && !main.navigator().loadingProperty().get());
        step("link graph of the whole library", () -> onFx(vm -> vm.show(Tool.LINK_GRAPH)),
                () -> !main.linkGraph().loadingProperty().get() && main.linkGraph().pictureProperty().get() != GraphPicture.EMPTY);
        step("open the largest standard (2,000 clauses and requirements)", () -> onFx(vm -> vm.openStandard(BenchLibrary.LARGEST)),
                () -> main.selectedTabProperty().get() instanceof StandardViewModel tab && tab.code().equals(BenchLibrary.LARGEST)
                        && !tab.loadingProperty().get() && !tab.clauses().isEmpty());
        watchdog.close();
        context.get().search().close();
    }

    private void onFx(Consumer<MainViewModel> action) {
        Platform.runLater(() -> action.accept(main));
    }

    /** Does the work, waits until {@code done} holds on the FX thread and a frame more is laid out, prints the stall. */
    private void step(String name, Runnable work, BooleanSupplier done) throws Exception {
        watchdog.reset();
        long start = System.nanoTime();
        long cpuStart = threads.getThreadCpuTime(fxThread);
        work.run();
        while (!onFxThread(done)) {
            if (System.nanoTime() - start > LIMIT.toNanos()) {
                // the FX thread may be stuck in this step for good: say so and end the JVM rather than wait on it
                System.out.println(ChildJvm.RESULT + watchdog.longestStall().toMillis() + " " + LIMIT.toSeconds() + "+ ? " + name
                        + " (not finished after " + LIMIT.toMinutes() + " min)");
                System.out.flush();
                Runtime.getRuntime().halt(0);
            }
            Thread.sleep(20);
        }
        nextFrame();
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpu = (threads.getThreadCpuTime(fxThread) - cpuStart) / 1e9;
        System.out.println(ChildJvm.RESULT + watchdog.longestStall().toMillis() + " " + String.format(Locale.ROOT, "%.2f %.2f", seconds, cpu)
                + " " + name);
    }

    private static boolean onFxThread(BooleanSupplier condition) throws Exception {
        FutureTask<Boolean> task = new FutureTask<>(condition::getAsBoolean);
        Platform.runLater(task);
        return task.get(LIMIT.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Waits for the next pulse to lay out the scene, so that the cost of showing the result is counted too. */
    private void nextFrame() throws InterruptedException {
        CountDownLatch laidOut = new CountDownLatch(1);
        Platform.runLater(() -> {
            Runnable[] listener = new Runnable[1];
            listener[0] = () -> {
                stage.getScene().removePostLayoutPulseListener(listener[0]);
                Platform.runLater(laidOut::countDown);
            };
            stage.getScene().addPostLayoutPulseListener(listener[0]);
            Platform.requestNextPulse();
        });
        if (!laidOut.await(LIMIT.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("no frame after " + LIMIT);
        }
    }
}
