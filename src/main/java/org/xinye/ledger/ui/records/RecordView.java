package org.xinye.ledger.ui.records;

import javafx.beans.binding.StringExpression;
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
     * Makes {@code table} a table page's table ({@link TableColumns#standard}): pinyin order,
     * headers never cut, columns remembered for this page.
     */
    protected final void standardTable(TableView<?> table) {
        follow(TableColumns.standard(getClass().getSimpleName() + "." + table.getId(), table, vm.workspace.tables()));
    }

    /** As {@link #standardTable(TableView)}, for a tree table. */
    protected final void standardTable(TreeTableView<?> table) {
        follow(TableColumns.standard(getClass().getSimpleName() + "." + table.getId(), table, vm.workspace.tables()));
    }

    /** Keeps following {@code s} until the view is disposed. */
    protected final void follow(Subscription s) {
        subscriptions = subscriptions.and(s);
    }

    /** Shows a form field's error on the field and in the line under it. */
    protected final void decorate(Control field, StringExpression error, Label line) {
        follow(Decorations.bind(validation, field, error, line));
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
