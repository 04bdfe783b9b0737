package org.xinye.ledger;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.xinye.ledger.domain.AppVersion;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.report.ChartStyle;
import org.xinye.ledger.store.LedgerFiles;
import org.xinye.ledger.ui.coverage.CoverageView;
import org.xinye.ledger.ui.coverage.CoverageViewModel;
import org.xinye.ledger.ui.coverage.MonthlySnapshotOnOpen;
import org.xinye.ledger.ui.audit.AuditView;
import org.xinye.ledger.ui.audit.AuditViewModel;
import org.xinye.ledger.ui.dashboard.DashboardView;
import org.xinye.ledger.ui.dashboard.DashboardViewModel;
import org.xinye.ledger.ui.imports.ImportView;
import org.xinye.ledger.ui.imports.ImportViewModel;
import org.xinye.ledger.ui.shell.MainView;
import org.xinye.ledger.ui.shell.MainViewModel;
import org.xinye.ledger.ui.shell.WindowOpening;
import org.xinye.ledger.ui.shell.Page;
import org.xinye.ledger.ui.shell.PageId;
import org.xinye.ledger.ui.shell.QuitGuard;
import org.xinye.ledger.ui.shell.WindowPlacement;
import org.xinye.ledger.ui.reports.ReportsView;
import org.xinye.ledger.ui.reports.ReportsViewModel;
import org.xinye.ledger.ui.followups.FollowUpsView;
import org.xinye.ledger.ui.followups.FollowUpsViewModel;
import org.xinye.ledger.ui.instructors.InstructorsView;
import org.xinye.ledger.ui.instructors.InstructorsViewModel;
import org.xinye.ledger.ui.orgs.OrgsView;
import org.xinye.ledger.ui.orgs.OrgsViewModel;
import org.xinye.ledger.ui.people.PeopleView;
import org.xinye.ledger.ui.people.PeopleViewModel;
import org.xinye.ledger.ui.records.EditStack;
import org.xinye.ledger.ui.rollup.CityDifferencesTab;
import org.xinye.ledger.ui.rollup.CityDifferencesViewModel;
import org.xinye.ledger.ui.rollup.RollupActions;
import org.xinye.ledger.ui.rollup.RollupView;
import org.xinye.ledger.ui.rollup.RollupViewModel;
import org.xinye.ledger.ui.stations.StationsView;
import org.xinye.ledger.ui.stations.StationsViewModel;
import org.xinye.ledger.ui.support.FxBackground;
import org.xinye.ledger.ui.support.FxDialogService;
import org.xinye.ledger.ui.support.HelpGuide;
import org.xinye.ledger.ui.support.LanguageAware;
import org.xinye.ledger.ui.support.TableMemory;
import org.xinye.ledger.ui.support.UiFont;
import org.xinye.ledger.ui.support.UiPreferences;
import org.xinye.ledger.ui.support.Workspace;
import org.xinye.ledger.ui.units.UnitsView;
import org.xinye.ledger.ui.units.UnitsViewModel;

/**
 * The composition root of the window: builds every service and view model with
 * constructors, once. Options: {@code --db FILE}, {@code --startup-probe}, and for documentation
 * {@code --snapshot FILE.png [--page NAME [--target ID]]}.
 */
public final class App extends Application {
    private static final System.Logger LOG = System.getLogger(App.class.getName());
    private Stage stage;
    private final FxBackground background;
    private UiPreferences prefs;
    private Workspace workspace;
    private MainViewModel mainVm;
    private MainView mainView;
    private QuitGuard quitGuard;
    private StartupProbe probe;
    private DashboardViewModel dashboardVm;
    private EditStack edits;
    private RollupActions rollupActions;
    /** The pages' view models, kept for the window's life: a language switch rebuilds only the views. */
    private final Map<PageId, Object> models = new EnumMap<>(PageId.class);
    private final Clock clock;
    private final List<String> givenArgs;

    public App() {
        this(Clock.systemDefaultZone(), new FxBackground(), null);
    }

    /**
     * The window on {@code clock}, running its background work on {@code background}, started
     * with {@code args} (null: the launcher's); tests use it for a fixed day and to wait until
     * the background work has settled.
     */
    public App(Clock clock, FxBackground background, List<String> args) {
        this.clock = clock;
        this.background = background;
        this.givenArgs = args;
    }

    static void launchWindow(String[] args) {
        Application.launch(App.class, args);
    }

    @Override
    public void start(Stage primary) {
        this.stage = primary;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        // ControlsFX's own words (the pickers' search prompt, the column filters) in the window's language.
        impl.org.controlsfx.i18n.Localization.setLocale(Messages.locale());
        List<String> args = givenArgs != null ? givenArgs : getParameters().getRaw();
        // A ledger double-clicked in the file manager arrives as a bare path.
        Optional<String> chosen = WindowArgs.option(args, "--db").or(() -> WindowArgs.positional(args));
        Path db = chosen.map(Path::of).orElseGet(LedgerFiles::defaultLedger);
        boolean isDefault = chosen.isEmpty();
        prefs = new UiPreferences(Preferences.userRoot().node(Main.PREFERENCES_NODE));
        workspace = new Workspace(background, new FxDialogService(() -> stage, prefs.node()), clock);
        workspace.rememberTablesIn(new TableMemory(prefs.node().node("tables")));
        mainVm = new MainViewModel(workspace, prefs, WindowOpening::open);
        dashboardVm = new DashboardViewModel(workspace);
        models.put(PageId.DASHBOARD, dashboardVm);
        mainVm.prepareOnOpen(dashboardVm::prepare);
        mainVm.checkLaterAfter(this::afterNextFrame);
        // Start the slow parts now, in parallel with building the window: opening the file
        // (its result arrives on the FX thread after start() returns) and AWT's font scan for charts.
        mainVm.open(db, isDefault);
        Thread fonts = new Thread(ChartStyle::fontFamily, "font-warmup");
        fonts.setDaemon(true);
        fonts.start();
        MonthlySnapshotOnOpen.install(workspace);
        edits = new EditStack(workspace);
        rollupActions = new RollupActions(workspace, AppVersion.get());
        Optional<Path> snapshot = WindowArgs.option(args, "--snapshot").map(Path::of);
        if (args.contains("--startup-probe") || snapshot.isPresent()) {
            Optional<PageId> page = WindowArgs.option(args, "--page").flatMap(PageId::parse);
            Long target = WindowArgs.option(args, "--target").map(Long::valueOf).orElse(null);
            probe = new StartupProbe(Main.STARTED_NANOS, snapshot.orElse(null),
                    () -> page.ifPresent(p -> mainVm.go(p, target)), background.unfinishedProperty());
        }

        Thread.setDefaultUncaughtExceptionHandler(this::uncaught);
        for (int size : new int[] {16, 32, 48, 64, 256}) {
            stage.getIcons().add(new Image(App.class.getResource("ui/icons/xinye-ledger-" + size + ".png").toExternalForm()));
        }
        // Closing the window while a job writes asks first (wait for it, or cancel it), then closes once it ended.
        quitGuard = new QuitGuard(background.writingProperty(), background::writingTitle, background::askAllToStop,
                workspace.dialogs(), javafx.application.Platform::exit);
        stage.setOnCloseRequest(e -> {
            if (!quitGuard.mayCloseNow()) {
                e.consume();
            }
        });
        WindowPlacement.Bounds place = placement();
        Scene scene = new Scene(buildRoot(), place.width(), place.height());
        scene.getStylesheets().add(App.class.getResource("ui/app.css").toExternalForm());
        stage.setScene(scene);
        stage.titleProperty().bind(mainVm.titleProperty());
        restoreBounds(place);
        stage.show();
    }

    private javafx.scene.Parent buildRoot() {
        if (probe != null) {
            probe.watch(dashboardVm.loadedProperty(), stage);
        }
        prebuildAfterFirstFrame();
        mainView = new MainView(mainVm, this::page, background.currentProperty(), this::switchLanguage,
                this::about, this::openLogFolder, this::openGuide);
        mainView.setLedgerActions(rollupActions::ledgerInfo, rollupActions::submit, rollupActions::importDifferences);
        mainView.setQuit(quitGuard::quit, javafx.beans.binding.Bindings.createStringBinding(() ->
                quitGuard.waitingProperty().get().isEmpty() ? background.noticeProperty().get()
                        : quitGuard.waitingProperty().get(), quitGuard.waitingProperty(), background.noticeProperty()));
        javafx.scene.Parent root = mainView.view();
        root.setStyle("-fx-font-family: '" + UiFont.family() + "';");
        return root;
    }

    /** Runs {@code r} on the FX thread once the next frame is drawn (a big ledger's check waits for its first numbers). */
    private void afterNextFrame(Runnable r) {
        Scene scene = stage == null ? null : stage.getScene();
        if (scene == null) {
            r.run();
            return;
        }
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                Platform.runLater(r);
            }
        });
        Platform.requestNextPulse();
    }

    private Page page(PageId id) {
        return switch (id) {
            case DASHBOARD -> new DashboardView(dashboardVm, mainVm, mainVm);
            case COVERAGE -> new CoverageView(model(id, () -> new CoverageViewModel(workspace)), mainVm, mainVm, prefs);
            case REPORTS -> new ReportsView(model(id, () -> new ReportsViewModel(workspace)), mainVm);
            case AUDIT -> new AuditView(model(id, () -> new AuditViewModel(workspace)), mainVm, prefs);
            case IMPORT -> new ImportView(model(id, () -> new ImportViewModel(workspace)), background.currentProperty());
            case UNITS -> new UnitsView(model(id, () -> new UnitsViewModel(workspace, edits)));
            case ORGS -> new OrgsView(model(id, () -> new OrgsViewModel(workspace, edits, mainVm)));
            case PEOPLE -> new PeopleView(model(id, () -> new PeopleViewModel(workspace, edits)));
            case INSTRUCTORS -> new InstructorsView(model(id, () -> new InstructorsViewModel(workspace, edits, mainVm)));
            case STATIONS -> new StationsView(model(id, () -> new StationsViewModel(workspace, edits)));
            case FOLLOW_UPS -> {
                FollowUpsView followUps = new FollowUpsView(model(id, () -> new FollowUpsViewModel(workspace, mainVm)));
                followUps.addList(CityDifferencesTab.build(new CityDifferencesViewModel(workspace, mainVm)));
                yield followUps;
            }
            case ROLLUP -> new RollupView(model(id, () -> new RollupViewModel(workspace)), rollupActions);
        };
    }

    /**
     * Once the dashboard shows its numbers, the pages people open first are built in the idle
     * moments that follow, one per pause, so their first visit is quick.
     */
    private void prebuildAfterFirstFrame() {
        javafx.beans.value.ChangeListener<Boolean> once = new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                if (!now) {
                    return;
                }
                dashboardVm.loadedProperty().removeListener(this);
                javafx.animation.SequentialTransition steps = new javafx.animation.SequentialTransition();
                for (PageId id : List.of(PageId.PEOPLE, PageId.UNITS)) {
                    javafx.animation.PauseTransition pause = new javafx.animation.PauseTransition(
                            javafx.util.Duration.millis(400));
                    pause.setOnFinished(e -> mainView.prebuild(id));
                    steps.getChildren().add(pause);
                }
                steps.play();
            }
        };
        if (dashboardVm.loadedProperty().get()) {
            once.changed(dashboardVm.loadedProperty(), false, true);
        } else {
            dashboardVm.loadedProperty().addListener(once);
        }
    }

    @SuppressWarnings("unchecked")
    private <T> T model(PageId id, Supplier<T> make) {
        return (T) models.computeIfAbsent(id, k -> make.get());
    }

    /**
     * Rebuilds the window in another language; the open ledger stays open. The view models
     * stay too, so typed but unsaved text, filters, selections and the undo list survive.
     */
    private void switchLanguage(Locale locale) {
        prefs.setLanguage(locale, Main.LANGUAGE_KEY);
        Messages.use(locale);
        impl.org.controlsfx.i18n.Localization.setLocale(locale);
        MainViewModel.Destination where = mainVm.destinationProperty().get();
        mainView.dispose();
        for (Object m : models.values()) {
            if (m instanceof LanguageAware l) {
                l.languageChanged();
            }
        }
        stage.getScene().setRoot(buildRoot());
        mainVm.titleProperty().set(Messages.get("app.title")
                + (workspace.ledger() == null ? "" : " — " + workspace.ledger().file().getFileName()));
        mainVm.go(where.page(), null);
        workspace.changed();
    }

    private void about() {
        workspace.dialogs().info(Messages.get("about.title"), Messages.get("about.text", AppVersion.get(),
                LedgerFiles.dataFolder()));
    }

    /**
     * Anything thrown and not handled: logged, and shown with a report the user can copy into
     * a message to whoever supports them. The work in the window is not lost: the ledger
     * keeps every committed change.
     */
    private void uncaught(Thread thread, Throwable error) {
        LOG.log(System.Logger.Level.ERROR, "uncaught on " + thread.getName(), error);
        Runnable show = () -> workspace.dialogs().error(Messages.get("crash.title"),
                Messages.get("crash.message", LedgerFiles.logFolder()), error);
        if (Platform.isFxApplicationThread()) {
            show.run();
        } else {
            Platform.runLater(show);
        }
    }

    private void openGuide() {
        Path folder = LedgerFiles.dataFolder().resolve("help");
        background.submit(Messages.get("task.guide"), p -> HelpGuide.render(folder),
                page -> workspace.dialogs().openWithSystem(page), workspace::fail);
    }

    private void openLogFolder() {
        workspace.dialogs().openWithSystem(LedgerFiles.logFolder());
    }

    /** The remembered bounds where they still fit a screen, else bounds that do (see {@link WindowPlacement}). */
    private WindowPlacement.Bounds placement() {
        List<Rectangle2D> screens = new java.util.ArrayList<>();
        screens.add(Screen.getPrimary().getVisualBounds());
        Screen.getScreens().stream().filter(s -> !s.equals(Screen.getPrimary())).forEach(s -> screens.add(s.getVisualBounds()));
        double[] b = prefs.windowBounds();
        return WindowPlacement.place(screens, b == null ? null : new Rectangle2D(b[0], b[1], b[2], b[3]),
                prefs.windowMaximized());
    }

    private void restoreBounds(WindowPlacement.Bounds place) {
        stage.setMaximized(false);
        stage.setMinWidth(Math.min(WindowPlacement.MIN_WIDTH, place.width()));
        stage.setMinHeight(Math.min(WindowPlacement.MIN_HEIGHT, place.height()));
        // The bounds are set even when maximized: they are what un-maximizing returns to, and a
        // desktop without a window manager does not maximize at all.
        stage.setX(place.x());
        stage.setY(place.y());
        stage.setWidth(place.width());
        stage.setHeight(place.height());
        stage.setMaximized(place.maximized());
    }

    /** Remembered however the window is closed (the close box or 文件 ▸ 退出); a picture or a probe run leaves them be. */
    private void saveBounds() {
        if (probe == null && stage != null && prefs != null) {
            prefs.saveWindow(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized());
        }
    }

    @Override
    public void stop() {
        saveBounds();
        if (mainVm != null) {
            mainVm.close();
        }
        if (background != null) {
            background.close();
        }
    }

}
