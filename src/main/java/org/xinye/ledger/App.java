package org.xinye.ledger;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.store.LedgerFiles;
import org.xinye.ledger.ui.dashboard.DashboardView;
import org.xinye.ledger.ui.dashboard.DashboardViewModel;
import org.xinye.ledger.ui.shell.MainView;
import org.xinye.ledger.ui.shell.MainViewModel;
import org.xinye.ledger.ui.shell.Page;
import org.xinye.ledger.ui.shell.PageId;
import org.xinye.ledger.ui.shell.PlaceholderPage;
import org.xinye.ledger.ui.followups.FollowUpsView;
import org.xinye.ledger.ui.followups.FollowUpsViewModel;
import org.xinye.ledger.ui.instructors.InstructorsView;
import org.xinye.ledger.ui.instructors.InstructorsViewModel;
import org.xinye.ledger.ui.orgs.OrgsView;
import org.xinye.ledger.ui.orgs.OrgsViewModel;
import org.xinye.ledger.ui.people.PeopleView;
import org.xinye.ledger.ui.people.PeopleViewModel;
import org.xinye.ledger.ui.records.EditStack;
import org.xinye.ledger.ui.stations.StationsView;
import org.xinye.ledger.ui.stations.StationsViewModel;
import org.xinye.ledger.ui.support.FxBackground;
import org.xinye.ledger.ui.support.FxDialogService;
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
    private Stage stage;
    private FxBackground background;
    private UiPreferences prefs;
    private Workspace workspace;
    private MainViewModel mainVm;
    private MainView mainView;
    private StartupProbe probe;
    private EditStack edits;

    static void launchWindow(String[] args) {
        Application.launch(App.class, args);
    }

    @Override
    public void start(Stage primary) {
        this.stage = primary;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        List<String> args = getParameters().getRaw();
        Path db = option(args, "--db").map(Path::of).orElseGet(LedgerFiles::defaultLedger);
        boolean isDefault = option(args, "--db").isEmpty();
        prefs = new UiPreferences(Preferences.userRoot().node(Main.PREFERENCES_NODE));
        background = new FxBackground();
        workspace = new Workspace(background, new FxDialogService(() -> stage, prefs.node()), Clock.systemDefaultZone());
        mainVm = new MainViewModel(workspace, prefs, MainViewModel::openForWindow);
        edits = new EditStack(workspace);
        Optional<Path> snapshot = option(args, "--snapshot").map(Path::of);
        if (args.contains("--startup-probe") || snapshot.isPresent()) {
            Optional<PageId> page = option(args, "--page").map(p -> PageId.valueOf(p.toUpperCase(Locale.ROOT)));
            Long target = option(args, "--target").map(Long::valueOf).orElse(null);
            probe = new StartupProbe(Main.STARTED_NANOS, snapshot.orElse(null),
                    () -> page.ifPresent(p -> mainVm.go(p, target)));
        }

        Scene scene = new Scene(buildRoot(), 1280, 800);
        scene.getStylesheets().add(App.class.getResource("ui/app.css").toExternalForm());
        stage.setScene(scene);
        stage.titleProperty().bind(mainVm.titleProperty());
        restoreBounds();
        stage.setOnCloseRequest(e -> saveBounds());
        stage.show();
        mainVm.open(db, isDefault);
    }

    private javafx.scene.Parent buildRoot() {
        DashboardViewModel dashboardVm = new DashboardViewModel(workspace);
        if (probe != null) {
            probe.watch(dashboardVm.loadedProperty(), stage);
        }
        mainView = new MainView(mainVm, id -> page(id, dashboardVm), background.currentProperty(), this::switchLanguage,
                this::about);
        javafx.scene.Parent root = mainView.view();
        root.setStyle("-fx-font-family: '" + uiFontFamily() + "';");
        return root;
    }

    private Page page(PageId id, DashboardViewModel dashboardVm) {
        return switch (id) {
            case DASHBOARD -> new DashboardView(dashboardVm, mainVm);
            case UNITS -> new UnitsView(new UnitsViewModel(workspace, edits));
            case ORGS -> new OrgsView(new OrgsViewModel(workspace, edits, mainVm));
            case PEOPLE -> new PeopleView(new PeopleViewModel(workspace, edits));
            case INSTRUCTORS -> new InstructorsView(new InstructorsViewModel(workspace, edits, mainVm));
            case STATIONS -> new StationsView(new StationsViewModel(workspace, edits));
            case FOLLOW_UPS -> new FollowUpsView(new FollowUpsViewModel(workspace, mainVm));
            default -> new PlaceholderPage(id);
        };
    }

    /** Rebuilds the window in another language; the open ledger stays open. */
    private void switchLanguage(Locale locale) {
        prefs.setLanguage(locale, Main.LANGUAGE_KEY);
        Messages.use(locale);
        MainViewModel.Destination where = mainVm.destinationProperty().get();
        stage.getScene().setRoot(buildRoot());
        mainVm.titleProperty().set(Messages.get("app.title")
                + (workspace.ledger() == null ? "" : " — " + workspace.ledger().file().getFileName()));
        mainVm.go(where.page(), null);
        workspace.changed();
    }

    private void about() {
        workspace.dialogs().info(Messages.get("about.title"), Messages.get("about.text",
                App.class.getPackage().getImplementationVersion() == null ? "dev"
                        : App.class.getPackage().getImplementationVersion(), LedgerFiles.dataFolder()));
    }

    /** The CJK UI font: the platform's own, else the first installed of the usual families. */
    private static String uiFontFamily() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            return "Microsoft YaHei UI";
        }
        if (os.contains("mac")) {
            return "PingFang SC";
        }
        List<String> families = Font.getFamilies();
        for (String f : List.of("Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "WenQuanYi Micro Hei",
                "WenQuanYi Zen Hei", "Droid Sans Fallback")) {
            if (families.contains(f)) {
                return f;
            }
        }
        return "System";
    }

    private void restoreBounds() {
        double[] b = prefs.windowBounds();
        if (b != null) {
            stage.setX(b[0]);
            stage.setY(b[1]);
            stage.setWidth(b[2]);
            stage.setHeight(b[3]);
        }
        stage.setMaximized(prefs.windowMaximized());
        stage.setMinWidth(960);
        stage.setMinHeight(600);
    }

    private void saveBounds() {
        prefs.saveWindow(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized());
    }

    @Override
    public void stop() {
        if (mainVm != null) {
            mainVm.close();
        }
        if (background != null) {
            background.close();
        }
    }

    private static Optional<String> option(List<String> args, String name) {
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals(name) && i + 1 < args.size()) {
                return Optional.of(args.get(i + 1));
            }
            if (args.get(i).startsWith(name + "=")) {
                return Optional.of(args.get(i).substring(name.length() + 1));
            }
        }
        return Optional.empty();
    }
}
