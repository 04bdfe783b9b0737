package org.xinye.ledger.ui.records;

import java.util.List;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.util.Subscription;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.store.Listings.AssignmentRow;

/** View-side pieces the record pages share: the header buttons, warning rows, assignment states. */
public final class RecordViews {
    private RecordViews() {
    }

    /** The notice line, delete (needs a stored record) and undo (names the edit it would revert). */
    public static void bindHeader(RecordPageModel vm, Label notice, Button delete, Button undo) {
        notice.textProperty().bind(vm.noticeProperty());
        ReadOnlyObjectProperty<RecordEdits.NoticeKind> kind = vm.noticeKindProperty();
        kind.subscribe(k -> {
            notice.getStyleClass().removeAll("success", "problem");
            if (k == RecordEdits.NoticeKind.SUCCESS) {
                notice.getStyleClass().add("success");
            } else if (k == RecordEdits.NoticeKind.PROBLEM) {
                notice.getStyleClass().add("problem");
            }
        });
        delete.disableProperty().bind(vm.selectedIdProperty().isNull());
        undo.disableProperty().bind(vm.edits().lastProperty().isNull());
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(Bindings.createStringBinding(() -> vm.edits().lastProperty().get() == null ? ""
                : Messages.get("records.undoTip", vm.edits().lastProperty().get().description()),
                vm.edits().lastProperty()));
        undo.setTooltip(tip);
    }

    /** A field that may hold a masked phone number: read-only while masked, its 显示 button offered only then. */
    public static void bindMasked(MaskedText masked, TextField field, Button reveal, Runnable onReveal) {
        reveal.setOnAction(e -> onReveal.run());
        field.textProperty().bindBidirectional(masked.textProperty());
        field.editableProperty().bind(masked.shownProperty());
        reveal.visibleProperty().bind(masked.shownProperty().not());
        reveal.managedProperty().bind(reveal.visibleProperty());
    }

    /**
     * Puts a form's labels at the top of their row, level with the first line of a field that
     * carries an error or a note below it.
     */
    public static void topAlignLabels(GridPane... forms) {
        for (GridPane form : forms) {
            for (Node n : form.getChildren()) {
                if (n instanceof Label l && GridPane.getColumnIndex(l) == null) {
                    GridPane.setValignment(l, VPos.TOP);
                    l.getStyleClass().add("form-label");
                    // The label column is as wide as its longest label: no label is cut (English ones are long).
                    l.setMinWidth(Region.USE_PREF_SIZE);
                }
            }
        }
    }

    /**
     * Keeps a form's long words whole down to 1280×720: its check boxes wrap their labels (English
     * ones are long), and the row of 保存 / 取消 keeps the height its key hint needs to wrap.
     */
    public static void wrapLongWords(GridPane form, Button save) {
        for (Node n : form.lookupAll(".check-box")) {
            ((CheckBox) n).setWrapText(true);
        }
        if (save.getParent() instanceof Region row) {
            row.setMinHeight(Region.USE_PREF_SIZE);
        }
    }

    /**
     * Keeps a tab's content out of the scene until the tab is first opened, so a page with a
     * heavy secondary tab opens at the cost of what it shows.
     */
    public static void lazyTab(Tab tab) {
        Node content = tab.getContent();
        if (content == null || tab.isSelected()) {
            return;
        }
        tab.setContent(null);
        tab.selectedProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                if (now) {
                    tab.selectedProperty().removeListener(this);
                    tab.setContent(content);
                }
            }
        });
    }

    /**
     * Keeps a record table's selection and the page's selected record together: a click asks
     * the page (which may keep an unsaved form and refuse), a record opened by the page is
     * selected and scrolled to, and the selection comes back after every reload. A page opened
     * without a record shows the first row. Unsubscribing lets go of the view model.
     */
    public static <S> Subscription syncSelection(TableView<S> table, RecordPageModel vm, ToLongFunction<S> id,
                                                 ObservableValue<?> listLoaded) {
        boolean[] syncing = {false};
        Runnable sync = () -> {
            syncing[0] = true;
            try {
                Long wanted = vm.selectedId();
                int found = -1;
                for (int i = 0; wanted != null && i < table.getItems().size(); i++) {
                    if (id.applyAsLong(table.getItems().get(i)) == wanted) {
                        found = i;
                        break;
                    }
                }
                if (found < 0) {
                    table.getSelectionModel().clearSelection();
                } else if (table.getSelectionModel().getSelectedIndex() != found) {
                    table.getSelectionModel().clearAndSelect(found);
                    table.scrollTo(Math.max(0, found - 3));
                }
            } finally {
                syncing[0] = false;
            }
        };
        ChangeListener<S> clicked = (o, before, row) -> {
            if (syncing[0] || row == null) {
                return;
            }
            if (!vm.select(id.applyAsLong(row))) {
                Platform.runLater(sync);
            }
        };
        table.getSelectionModel().selectedItemProperty().addListener(clicked);
        // A view built on a view model that already has a record (after a language switch) shows it.
        sync.run();
        return Subscription.combine(vm.selectedIdProperty().subscribe((a, b) -> sync.run()),
                listLoaded.subscribe((a, b) -> {
                    sync.run();
                    if (vm.selectedId() == null && !vm.isNew() && !table.getItems().isEmpty()) {
                        table.getSelectionModel().selectFirst();
                    }
                }),
                () -> table.getSelectionModel().selectedItemProperty().removeListener(clicked));
    }

    /**
     * Runs {@code r} now and whenever the rows {@code table} shows change, also after its list
     * is replaced (a column filter puts its own list in).
     */
    public static Subscription onItems(TableView<?> table, Runnable r) {
        InvalidationListener changed = o -> r.run();
        ChangeListener<ObservableList<?>> replaced = (o, before, now) -> {
            if (before != null) {
                before.removeListener(changed);
            }
            if (now != null) {
                now.addListener(changed);
            }
            r.run();
        };
        @SuppressWarnings({"unchecked", "rawtypes"})
        ObservableValue<ObservableList<?>> items = (ObservableValue) table.itemsProperty();
        items.addListener(replaced);
        if (table.getItems() != null) {
            table.getItems().addListener(changed);
        }
        r.run();
        return () -> {
            items.removeListener(replaced);
            if (table.getItems() != null) {
                table.getItems().removeListener(changed);
            }
        };
    }

    /** Shows {@code rows} in {@code table}, sorted as its column headers say. */
    public static <S> void sortable(TableView<S> table, ObservableList<S> rows) {
        SortedList<S> sorted = new SortedList<>(rows);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
    }

    /** A row marked (style class {@code warning-row}, with a tooltip) when {@code warn} holds. */
    public static <S> TableRow<S> warnRow(Predicate<S> warn, String tooltip) {
        return new TableRow<>() {
            private final Tooltip tip = new Tooltip(tooltip);

            @Override
            protected void updateItem(S item, boolean empty) {
                super.updateItem(item, empty);
                boolean on = !empty && item != null && warn.test(item);
                getStyleClass().remove("warning-row");
                if (on) {
                    getStyleClass().add("warning-row");
                }
                setTooltip(on ? tip : null);
            }
        };
    }

    /** 派驻中, 逾期未走访, 已结束 or 未开始: what an assignment means for coverage and follow-up today. */
    public static String assignmentState(AssignmentRow a) {
        if (a.overdue()) {
            return Messages.get("assignment.overdue");
        }
        if (a.current()) {
            return Messages.get("assignment.current");
        }
        return Messages.get(a.to() != null ? "assignment.ended" : "assignment.notActive");
    }
}
