package org.xinye.ledger.ui.shell;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.util.Subscription;
import org.kordamp.ikonli.javafx.FontIcon;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.ui.support.Background;
import org.xinye.ledger.ui.support.Fxml;
import org.xinye.ledger.ui.support.FxBackground;

/** Controller of the main window: navigation, menus, status bar. Pages are built the first time they are shown. */
public final class MainView {
    private final MainViewModel vm;
    private final Function<PageId, Page> pages;
    private final ReadOnlyObjectProperty<Task<?>> currentTask;
    private final Consumer<Locale> switchLanguage;
    private final Runnable about;
    private final Runnable openLogFolder;
    private final Runnable openGuide;
    private final Map<PageId, Page> built = new EnumMap<>(PageId.class);
    private final Map<PageId, ToggleButton> navButtons = new EnumMap<>(PageId.class);
    private final ToggleGroup navGroup = new ToggleGroup();
    private Runnable ledgerInfo = () -> { };
    private Runnable submit = () -> { };
    private Runnable importDifferences = () -> { };
    private Subscription subscriptions = Subscription.EMPTY;
    private Runnable quit;
    private ObservableValue<String> notice;
    private Parent root;

    @FXML private VBox nav;
    @FXML private StackPane content;
    @FXML private Label fileLabel;
    @FXML private Label countsLabel;
    @FXML private Label taskLabel;
    @FXML private ProgressBar taskProgress;
    @FXML private Button cancelTask;
    @FXML private Menu recentMenu;
    @FXML private MenuItem saveAsItem;
    @FXML private MenuItem backupItem;
    @FXML private MenuItem restoreItem;
    @FXML private MenuItem packItem;
    @FXML private MenuItem ledgerInfoItem;
    @FXML private MenuItem submitItem;
    @FXML private MenuItem importDifferencesItem;
    @FXML private Label readOnlyBanner;
    @FXML private RadioMenuItem chineseItem;
    @FXML private RadioMenuItem englishItem;

    public MainView(MainViewModel vm, Function<PageId, Page> pages, ReadOnlyObjectProperty<Task<?>> currentTask,
                    Consumer<Locale> switchLanguage, Runnable about, Runnable openLogFolder, Runnable openGuide) {
        this.vm = vm;
        this.pages = pages;
        this.currentTask = currentTask;
        this.switchLanguage = switchLanguage;
        this.about = about;
        this.openLogFolder = openLogFolder;
        this.openGuide = openGuide;
    }

    /** What 文件 ▸ 台账信息…, 上报… and 导入市级差异清单… do; set before {@link #view()}. */
    public void setLedgerActions(Runnable ledgerInfo, Runnable submit, Runnable importDifferences) {
        this.ledgerInfo = ledgerInfo;
        this.submit = submit;
        this.importDifferences = importDifferences;
    }

    /**
     * What 文件 ▸ 退出 does ({@code quit}: the same as the window's close box, which asks first
     * while a write runs) and the status bar's word about a job that ended without a result
     * ({@code notice}: 已取消 …, 等待 … 完成后退出); set before {@link #view()}.
     */
    public void setQuit(Runnable quit, ObservableValue<String> notice) {
        this.quit = quit;
        this.notice = notice;
    }

    public Parent view() {
        if (root == null) {
            root = Fxml.load(this);
        }
        return root;
    }

    /** The page shown now, once built (for tests and the start-up probe). */
    public Page page(PageId id) {
        return built.get(id);
    }

    /** This window is replaced (another language): it and its pages stop following the view models. */
    public void dispose() {
        subscriptions.unsubscribe();
        built.values().forEach(Page::dispose);
    }

    @FXML
    private void initialize() {
        for (PageId id : PageId.values()) {
            ToggleButton b = new ToggleButton(Messages.get(id.labelKey()));
            b.setId("nav-" + id.name().toLowerCase(Locale.ROOT));
            b.getStyleClass().add("nav-button");
            FontIcon icon = new FontIcon(id.icon());
            icon.getStyleClass().add("nav-icon");
            b.setGraphic(icon);
            b.setGraphicTextGap(10);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setToggleGroup(navGroup);
            b.setOnAction(e -> vm.go(id, null));
            navButtons.put(id, b);
            nav.getChildren().add(b);
        }
        // A nav button stays pressed: clicking the current page again must not leave none selected.
        navGroup.selectedToggleProperty().addListener((o, old, now) -> {
            if (now == null && old != null) {
                old.setSelected(true);
            }
        });
        subscriptions = subscriptions.and(vm.destinationProperty().subscribe((a, d) -> show(d)));
        show(vm.destinationProperty().get());

        fileLabel.textProperty().bind(vm.filePathProperty());
        countsLabel.textProperty().bind(vm.countsProperty());
        readOnlyBanner.visibleProperty().bind(vm.readOnlyProperty());
        readOnlyBanner.textProperty().bind(javafx.beans.binding.Bindings.when(vm.checkingProperty())
                .then(Messages.get("banner.checking")).otherwise(Messages.get("banner.readOnly")));
        readOnlyBanner.managedProperty().bind(vm.readOnlyProperty());
        saveAsItem.disableProperty().bind(vm.workspace().ledgerProperty().isNull());
        backupItem.disableProperty().bind(vm.workspace().ledgerProperty().isNull());
        packItem.disableProperty().bind(vm.workspace().ledgerProperty().isNull());
        ledgerInfoItem.disableProperty().bind(vm.workspace().ledgerProperty().isNull());
        submitItem.disableProperty().bind(vm.workspace().ledgerProperty().isNull());
        importDifferencesItem.disableProperty().bind(vm.workspace().ledgerProperty().isNull().or(vm.readOnlyProperty()));
        restoreItem.disableProperty().bind(vm.workspace().ledgerProperty().isNull().or(vm.readOnlyProperty()));
        subscriptions = subscriptions.and(vm.recentFiles().subscribe(this::rebuildRecent))
                .and(currentTask.subscribe(this::showTask));
        rebuildRecent();

        ToggleGroup languages = new ToggleGroup();
        chineseItem.setToggleGroup(languages);
        englishItem.setToggleGroup(languages);
        boolean english = "en".equals(Messages.locale().getLanguage());
        (english ? englishItem : chineseItem).setSelected(true);
    }

    private Page build(PageId id) {
        Page page = pages.apply(id);
        EmptyLedgerPlaceholders.install(id, page.view(), vm);
        return page;
    }

    private void show(MainViewModel.Destination d) {
        Page page = built.computeIfAbsent(d.page(), this::build);
        content.getChildren().setAll(page.view());
        navButtons.get(d.page()).setSelected(true);
        page.shown(d.target());
    }

    /**
     * Builds a page before it is first shown, with its styles applied and its controls' skins
     * created in a scene of its own off screen. The first visit to a big page (the people
     * table, its filters and form) otherwise spends most of its half second here.
     */
    public void prebuild(PageId id) {
        Page page = built.computeIfAbsent(id, this::build);
        Node view = page.view();
        if (view.getParent() != null || !(view instanceof Parent parent)) {
            return;
        }
        StackPane holder = new StackPane(parent);
        holder.setStyle(content.getScene() == null ? "" : content.getScene().getRoot().getStyle());
        Scene offscreen = new Scene(holder, Math.max(800, content.getWidth()), Math.max(600, content.getHeight()));
        if (content.getScene() != null) {
            offscreen.getStylesheets().setAll(content.getScene().getStylesheets());
        }
        holder.applyCss();
        holder.layout();
        holder.getChildren().clear();
    }

    private void rebuildRecent() {
        recentMenu.getItems().clear();
        for (Path p : vm.recentFiles()) {
            MenuItem item = new MenuItem(p.toString());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> vm.openRecent(p));
            recentMenu.getItems().add(item);
        }
        recentMenu.setDisable(vm.recentFiles().isEmpty());
    }

    private void showTask(Task<?> task) {
        boolean busy = task != null;
        taskProgress.setVisible(busy);
        taskProgress.setManaged(busy);
        cancelTask.setVisible(busy);
        cancelTask.setManaged(busy);
        taskProgress.progressProperty().unbind();
        taskLabel.textProperty().unbind();
        cancelTask.disableProperty().unbind();
        cancelTask.textProperty().unbind();
        if (busy) {
            taskProgress.progressProperty().bind(task.progressProperty());
            if (notice == null) {
                taskLabel.textProperty().bind(task.titleProperty());
            } else {
                // While the window waits for a write before closing, it says so beside the write's title.
                taskLabel.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                        notice.getValue() == null || notice.getValue().isEmpty() ? task.getTitle()
                                : task.getTitle() + "　" + notice.getValue(), task.titleProperty(), notice));
            }
            // A write asked to stop, or past its point of no return, can no longer be cancelled: the button says why.
            ObservableValue<Background.Stop> stop = FxBackground.stopOf(task);
            cancelTask.disableProperty().bind(stop.map(st -> st != Background.Stop.AVAILABLE));
            cancelTask.textProperty().bind(stop.map(st -> switch (st) {
                case AVAILABLE -> Messages.get("button.cancel");
                case CANCELLING -> Messages.get("task.cancelling");
                case WRITING -> Messages.get("task.writing");
            }));
        } else if (notice != null) {
            taskLabel.textProperty().bind(notice);
        } else {
            taskLabel.setText("");
        }
    }

    @FXML
    private void onNew() {
        vm.newLedger();
    }

    @FXML
    private void onOpen() {
        vm.openLedger();
    }

    @FXML
    private void onSaveAs() {
        vm.saveAs();
    }

    @FXML
    private void onBackup() {
        vm.safety().backupNow();
    }

    @FXML
    private void onRestore() {
        vm.safety().restoreFromBackup();
    }

    @FXML
    private void onPack() {
        vm.safety().exportPackage();
    }

    @FXML
    private void onUnpack() {
        vm.safety().importPackage();
    }

    @FXML
    private void onLedgerInfo() {
        ledgerInfo.run();
    }

    @FXML
    private void onSubmit() {
        submit.run();
    }

    @FXML
    private void onImportDifferences() {
        importDifferences.run();
    }

    @FXML
    private void onExit() {
        if (quit != null) {
            quit.run();
        } else {
            Platform.exit();
        }
    }

    @FXML
    private void onChinese() {
        switchLanguage.accept(Messages.CHINESE);
    }

    @FXML
    private void onEnglish() {
        switchLanguage.accept(Locale.ENGLISH);
    }

    @FXML
    private void onAbout() {
        about.run();
    }

    @FXML
    private void onGuide() {
        openGuide.run();
    }

    @FXML
    private void onOpenLogFolder() {
        openLogFolder.run();
    }

    @FXML
    private void onCancelTask() {
        Task<?> t = currentTask.get();
        if (t != null) {
            FxBackground.cancel(t);
        }
    }
}
