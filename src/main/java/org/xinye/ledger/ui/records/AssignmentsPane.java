package org.xinye.ledger.ui.records;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SearchableComboBox;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.store.Listings.AssignmentRow;
import org.xinye.ledger.store.Listings.Choice;
import org.xinye.ledger.ui.support.Column;

/**
 * The assignments section of the 企业 and 指导员 pages ({@link Assignments}): the table, overdue
 * rows marked; a picker of the other end with the first day and 指派; 结束指派 and 删除 for the
 * selected row. A page's FXML places it ({@code <AssignmentsPane fx:id="assignments"
 * pickerPrompt="%…"/>}) and its view builds the table's columns ({@link #columns}) and binds it.
 */
public final class AssignmentsPane extends VBox {
    private final TableView<AssignmentRow> table = new TableView<>();
    private final SearchableComboBox<Choice<Long>> picker = new SearchableComboBox<>();
    private final DatePicker from = new DatePicker();
    private final Button assign = new Button(Messages.get("units.assign"));
    private final Button end = new Button(Messages.get("units.endAssignment"));
    private final Button remove = new Button(Messages.get("units.removeAssignment"));
    private final HBox rowActions = new HBox(6, end, remove);

    public AssignmentsPane() {
        super(6);
        table.setId("assignmentTable");
        table.getStyleClass().add("dense");
        Label none = new Label(Messages.get("units.noAssignment"));
        none.getStyleClass().add("muted");
        table.setPlaceholder(none);
        setVgrow(table, Priority.ALWAYS);
        picker.setId("assignPicker");
        picker.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(picker, Priority.ALWAYS);
        from.setId("assignFromField");
        from.setPrefWidth(130);
        assign.setId("assignButton");
        assign.setMinWidth(Region.USE_PREF_SIZE);
        end.setId("endAssignmentButton");
        remove.setId("removeAssignmentButton");
        HBox choose = new HBox(6, picker, from, assign);
        choose.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(table, choose, rowActions);
    }

    /**
     * The columns of an assignments table: after the name of the other end ({@code other}), from,
     * to, last visit and state.
     */
    public static List<Column<AssignmentRow>> columns(Column<AssignmentRow> other) {
        return List.of(other,
                Column.date("asFromColumn", "records.col.from", AssignmentRow::from).width(90),
                Column.date("asToColumn", "records.col.to", AssignmentRow::to).width(90),
                Column.date("asLastVisitColumn", "instructors.col.lastVisit", AssignmentRow::lastVisit).width(90),
                Column.text("asStateColumn", "records.col.state", RecordViews::assignmentState).width(90));
    }

    /** Shows {@code model}; the picker offers {@code choices} (the other end). */
    public void bind(Assignments model, ObservableList<Choice<Long>> choices) {
        table.setItems(model.rows());
        table.setRowFactory(t -> RecordViews.warnRow(AssignmentRow::overdue, Messages.get("instructors.overdueRow")));
        var selected = table.getSelectionModel().selectedItemProperty();
        end.disableProperty().bind(Bindings.createBooleanBinding(() -> selected.get() == null || selected.get().to() != null,
                selected));
        remove.disableProperty().bind(selected.isNull());
        end.setOnAction(e -> model.end(selected.get()));
        remove.setOnAction(e -> model.remove(selected.get()));
        Pickers.choose(picker, choices, model.toAssignProperty());
        Pickers.isoDate(from);
        from.valueProperty().bindBidirectional(model.fromProperty());
        assign.disableProperty().bind(model.toAssignProperty().isNull());
        assign.setOnAction(e -> model.assign());
    }

    public TableView<AssignmentRow> table() {
        return table;
    }

    /** What the picker asks for (from the FXML: {@code pickerPrompt="%units.pickInstructor"}). */
    public String getPickerPrompt() {
        return picker.getPromptText();
    }

    public void setPickerPrompt(String prompt) {
        picker.setPromptText(prompt);
    }

    /** The table's height where the section shares its tab with another list (FXML {@code tableHeight}). */
    public double getTableHeight() {
        return table.getPrefHeight();
    }

    public void setTableHeight(double height) {
        table.setPrefHeight(height);
    }

    /** A footnote at the end of the row buttons (FXML {@code note="%…"}). */
    public String getNote() {
        return rowActions.getChildren().size() > 2 ? ((Label) rowActions.getChildren().get(3)).getText() : null;
    }

    public void setNote(String note) {
        Label label = new Label(note);
        label.getStyleClass().add("footnote");
        label.setWrapText(true);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        rowActions.getChildren().setAll(end, remove, gap, label);
    }
}
