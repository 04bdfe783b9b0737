package org.xinye.ledger.ui.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.store.AuditLine;
import org.xinye.ledger.ui.shell.FxmlPage;
import org.xinye.ledger.ui.support.EmptyState;
import org.xinye.ledger.ui.support.NextSteps;
import org.xinye.ledger.ui.support.RememberedSplit;
import org.xinye.ledger.ui.support.TextCells;
import org.xinye.ledger.ui.support.UiPreferences;

/**
 * Controller of the 操作日志 page: binds the filters, the table of sentences, the chosen entry in
 * full (each field before and after, the linked rows and facts) and the privacy switch to
 * {@link AuditViewModel}.
 */
public final class AuditView extends FxmlPage {
    private static final String SPLIT_KEY = "audit.split";
    private final AuditViewModel vm;
    private final NextSteps steps;
    private final UiPreferences prefs;
    @FXML private TextField search;
    @FXML private ComboBox<String> who;
    @FXML private ComboBox<String> entity;
    @FXML private ComboBox<String> action;
    @FXML private DatePicker from;
    @FXML private DatePicker to;
    @FXML private SplitPane split;
    @FXML private TableView<AuditViewModel.Row> table;
    @FXML private StackPane detailNone;
    @FXML private Label detailTitle;
    @FXML private Label detailMeta;
    @FXML private TableView<AuditLine.FieldChange> fields;
    @FXML private Label count;
    @FXML private CheckBox mask;
    @FXML private Label maskNote;

    public AuditView(AuditViewModel vm, NextSteps steps, UiPreferences prefs) {
        this.vm = vm;
        this.steps = steps;
        this.prefs = prefs;
    }

    @Override
    public void shown(Object target) {
        vm.shown();
    }

    @FXML
    private void initialize() {
        search.textProperty().bindBidirectional(vm.textProperty());
        bindChoice(who, vm.whoChoices(), vm.whoProperty(), Function.identity());
        bindChoice(entity, vm.entityChoices(), vm.entityProperty(), Messages::auditEntity);
        bindChoice(action, vm.actionChoices(), vm.actionProperty(), Messages::auditAction);
        from.valueProperty().bindBidirectional(vm.fromProperty());
        to.valueProperty().bindBidirectional(vm.toProperty());
        table.setItems(vm.rows());
        Label noMatch = new Label(Messages.get("audit.empty"));
        noMatch.getStyleClass().add("muted");
        VBox emptyLog = EmptyState.newLedger(Messages.get("audit.emptyLog"), steps);
        emptyLog.visibleProperty().bind(vm.logEmptyProperty());
        noMatch.visibleProperty().bind(vm.logEmptyProperty().not());
        table.setPlaceholder(new StackPane(noMatch, emptyLog));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("export.col.at", 140, AuditViewModel.Row::at));
        table.getColumns().add(column("export.col.who", 80, AuditViewModel.Row::who));
        table.getColumns().add(column("export.col.action", 420, AuditViewModel.Row::sentence));
        table.getColumns().add(column("export.col.changes", 420, AuditViewModel.Row::changes));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.selectedProperty().set(b));
        follow(vm.selectedProperty().subscribe(this::showDetail));
        buildFields();

        count.textProperty().bind(vm.countTextProperty());
        mask.selectedProperty().bind(vm.maskingProperty());
        mask.disableProperty().bind(vm.maskingEditableProperty().not());
        mask.setOnAction(e -> vm.setMasking(!vm.maskingProperty().get()));
        maskNote.visibleProperty().bind(vm.maskingEditableProperty().not());
        maskNote.managedProperty().bind(maskNote.visibleProperty());
        new RememberedSplit(split, prefs, SPLIT_KEY, () -> 0.62).place();
    }

    /** The chosen entry in full: its sentence, when and by whom, each field before and after, then its notes. */
    private void showDetail(AuditViewModel.Row row) {
        boolean none = row == null;
        detailNone.setVisible(none);
        detailNone.setManaged(none);
        for (javafx.scene.Node n : List.of(detailTitle, detailMeta, fields)) {
            n.setVisible(!none);
            n.setManaged(!none);
        }
        if (none) {
            fields.getItems().clear();
            if (table.getSelectionModel().getSelectedItem() != null) {
                table.getSelectionModel().clearSelection();
            }
            return;
        }
        if (table.getSelectionModel().getSelectedItem() != row) {
            table.getSelectionModel().select(row);
        }
        AuditLine line = row.line();
        detailTitle.setText(line.sentence());
        detailMeta.setText(Messages.get("audit.detail.meta", row.at(), row.who()));
        List<AuditLine.FieldChange> all = new ArrayList<>(line.fields());
        for (String note : line.notes()) {
            all.add(new AuditLine.FieldChange(note, "", ""));
        }
        fields.getItems().setAll(all);
    }

    private void buildFields() {
        fields.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        fields.setPlaceholder(new Label(Messages.get("audit.detail.noFields")));
        fields.getColumns().add(wrapping("audit.col.field", 200, AuditLine.FieldChange::column));
        fields.getColumns().add(wrapping("export.col.before", 300, AuditLine.FieldChange::before));
        fields.getColumns().add(wrapping("export.col.after", 300, AuditLine.FieldChange::after));
        fields.setId("auditFields");
    }

    /** The choices are the codes the log stores (the filter needs them); the box shows their labels. */
    private static void bindChoice(ComboBox<String> box, javafx.collections.ObservableList<String> items,
                                   javafx.beans.property.StringProperty value, Function<String, String> label) {
        box.setItems(items);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(String s) {
                return s == null || s.isEmpty() ? Messages.get("audit.any") : label.apply(s);
            }

            @Override
            public String fromString(String s) {
                if (s == null || Messages.get("audit.any").equals(s)) {
                    return "";
                }
                return items.stream().filter(code -> label.apply(code).equals(s)).findFirst().orElse(s);
            }
        });
        box.valueProperty().bindBidirectional(value);
    }

    /** A column of the log; long sentences and changes show in full on hover and in the detail below. */
    private static TableColumn<AuditViewModel.Row, String> column(String key, double width,
                                                                  Function<AuditViewModel.Row, String> cell) {
        TableColumn<AuditViewModel.Row, String> c = new TableColumn<>(Messages.get(key));
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(cell.apply(d.getValue())));
        c.setCellFactory(col -> TextCells.hovering());
        return c;
    }

    /** A column of the detail whose long values wrap. */
    private static TableColumn<AuditLine.FieldChange, String> wrapping(String key, double width,
                                                                       Function<AuditLine.FieldChange, String> value) {
        TableColumn<AuditLine.FieldChange, String> c = new TableColumn<>(Messages.get(key));
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setCellFactory(TextCells::wrapping);
        return c;
    }

    @FXML
    private void onSearch() {
        vm.load();
    }

    @FXML
    private void onReset() {
        vm.resetFilter();
    }

    @FXML
    private void onExport() {
        vm.export();
    }
}
