package org.xinye.ledger.ui.records;

import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.StringExpression;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.controlsfx.validation.ValidationSupport;
import org.xinye.ledger.ui.shell.Page;
import org.xinye.ledger.ui.support.UiFont;
import org.xinye.ledger.ui.support.Column;
import org.xinye.ledger.ui.support.TableColumns;
import org.xinye.ledger.ui.support.Fxml;

/**
 * The controller part every record page shares: the header (search, summary, notice, 新建 / 删除 / 撤销),
 * the form's title, name field and 保存 / 取消 buttons, the history tab, the keyboard, and
 * following the view model, which outlives the view across a language switch. A page binds
 * the rest in {@link #bind()}; its FXML uses the fx:ids and handlers below.
 *
 * @param <M> the page's view model
 */
public abstract class RecordView<M extends RecordPageModel<?, ?>> implements Page {
    protected final M vm;
    private Parent view;
    /** What this view follows on the view model; ended by {@link #dispose}. */
    private Subscription subscriptions = Subscription.EMPTY;
    private ValidationSupport validation;
    private Runnable export = () -> { };

    @FXML protected TextField search;
    @FXML protected Label summary;
    @FXML protected Label notice;
    @FXML protected Button deleteButton;
    @FXML protected Button undoButton;
    @FXML protected VBox detail;
    @FXML protected Label detailTitle;
    @FXML protected GridPane form;
    @FXML protected TextField nameField;
    @FXML protected Label nameError;
    @FXML protected Tab historyTab;
    @FXML protected Button saveButton;
    /** The page's record list, where its FXML has one ({@code fx:id="table"}, made by {@link #recordTable}). */
    @FXML private TableView<?> table;

    protected RecordView(M vm) {
        this.vm = vm;
    }

    @Override
    public final Parent view() {
        if (view == null) {
            view = Fxml.load(this);
            follow(view.sceneProperty().subscribe((a, scene) -> vm.setActive(scene != null)));
        }
        return view;
    }

    @Override
    public final void shown(Object target) {
        vm.setActive(true);
        vm.open(target);
    }

    @Override
    public final void dispose() {
        subscriptions.unsubscribe();
    }

    // The FXML loader reaches a superclass's members only when they are not private.
    @FXML
    protected final void initialize() {
        validation = new ValidationSupport();
        historyTab.setContent(HistoryTable.create(vm.history()));
        RecordViews.bindHeader(vm, notice, deleteButton, undoButton);
        RecordViews.topAlignLabels(form);
        RecordViews.wrapLongWords(form, saveButton);
        // The prompt says what the search finds; cut, it says nothing, and its length differs by language.
        search.setPrefWidth(Math.max(search.getPrefWidth(), UiFont.width(search.getPromptText(), false) + 24));
        PageKeys.install(search, this::onNew, () -> {
            search.requestFocus();
            search.selectAll();
        }, vm::undo);
        PageKeys.form(detail, vm::save, vm::cancel);
        detail.disableProperty().bind(vm.hasRecordProperty().not());
        detailTitle.textProperty().bind(vm.titleProperty());
        RecordForm<?> f = vm.form();
        nameField.textProperty().bindBidirectional(f.name);
        decorate(nameField, f.nameError(), nameError);
        saveButton.disableProperty().bind(f.dirtyBinding().not());
        bind();
    }

    /** Binds what is special about the page: its table, the rest of its form, its other tabs. */
    protected abstract void bind();

    /**
     * Makes the FXML's {@code table} the page's record list, answering it: its columns from their
     * declarations, the rows the search lets through in the order its headers say, the selection
     * kept with the page's record, the count line ({@code summaryKey}, or {@code filteredKey} while
     * the table shows fewer; null: always the first) and the columns remembered for this page.
     */
    protected final <R> TableView<R> recordTable(List<Column<R>> columns, RecordList<R> list, String summaryKey,
                                                 String filteredKey) {
        @SuppressWarnings("unchecked") // the FXML's table lists the page's rows, as FXML injection assumes
        TableView<R> table = (TableView<R>) this.table;
        TableColumns.build(table, columns);
        RecordViews.sortable(table, list.visible());
        search.textProperty().bindBidirectional(list.searchProperty());
        follow(RecordViews.syncSelection(table, vm, list::id, vm.listLoadedProperty()));
        Runnable count = () -> summary.setText(list.summary(summaryKey, filteredKey, table.getItems().size()));
        follow(RecordViews.onItems(table, count));
        // A change listener, not an invalidation one: those run before the lists built on the rows
        // (search, sort, column filters) have taken the change in, so they would count the old rows.
        ListChangeListener<R> reloaded = c -> count.run();
        list.rows().addListener(reloaded);
        follow(() -> list.rows().removeListener(reloaded));
        remember(table);
        export = () -> list.export(vm.workspace, table.getItems());
        return table;
    }

    /** Makes {@code table}'s columns from their declarations and remembers them for this page. */
    protected final <R> void table(TableView<R> table, List<Column<R>> columns) {
        TableColumns.build(table, columns);
        remember(table);
    }

    /**
     * As {@link #table(TableView, List)}, for a table whose lines hold their rows as values that
     * may arrive later ({@code row}, e.g. a page of a long list still being read).
     */
    protected final <S, R> void table(TableView<S> table, Function<S, ObservableValue<R>> row,
                                      List<Column<R>> columns) {
        TableColumns.build(table, row, columns);
        remember(table);
    }

    /** As {@link #table(TableView, List)}, for a tree table. */
    protected final <R> void table(TreeTableView<R> table, List<Column<R>> columns) {
        TableColumns.build(table, columns);
        follow(TableColumns.standard(key(table), table, vm.workspace.tables()));
    }

    /**
     * Makes {@code table} a table page's table ({@link TableColumns#standard}): pinyin order,
     * headers never cut, columns remembered for this page.
     */
    private void remember(TableView<?> table) {
        follow(TableColumns.standard(key(table), table, vm.workspace.tables()));
    }

    private String key(Control table) {
        return getClass().getSimpleName() + "." + table.getId();
    }

    /** Keeps following {@code s} until the view is disposed. */
    protected final void follow(Subscription s) {
        subscriptions = subscriptions.and(s);
    }

    /** Shows a form field's error on the field and in the line under it. */
    protected final void decorate(Control field, StringExpression error, Label line) {
        follow(Decorations.bind(validation, field, error, line));
    }

    /** 导出…: the rows the record table lists now ({@link #recordTable}); a page with another list overrides it. */
    @FXML
    protected void onExport() {
        export.run();
    }

    @FXML
    protected final void onNew() {
        vm.startNew();
        nameField.requestFocus();
    }

    @FXML
    protected final void onDelete() {
        vm.delete();
    }

    @FXML
    protected final void onUndo() {
        vm.undo();
    }

    @FXML
    protected final void onSave() {
        vm.save();
    }

    @FXML
    protected final void onCancel() {
        vm.cancel();
    }
}
