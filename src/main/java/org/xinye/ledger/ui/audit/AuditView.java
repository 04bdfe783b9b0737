package org.xinye.ledger.ui.audit;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.util.StringConverter;
import java.util.function.Function;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.ui.shell.Page;
import org.xinye.ledger.ui.support.Fxml;

/** Controller of the 操作日志 page: binds filters, table and the privacy switch to {@link AuditViewModel}. */
public final class AuditView implements Page {
    private final AuditViewModel vm;
    private Parent view;

    @FXML private ComboBox<String> who;
    @FXML private ComboBox<String> entity;
    @FXML private ComboBox<String> action;
    @FXML private DatePicker from;
    @FXML private DatePicker to;
    @FXML private TableView<AuditViewModel.Row> table;
    @FXML private Label count;
    @FXML private CheckBox mask;
    @FXML private Label maskNote;

    public AuditView(AuditViewModel vm) {
        this.vm = vm;
    }

    @Override
    public Parent view() {
        if (view == null) {
            view = Fxml.load(this);
        }
        return view;
    }

    @Override
    public void shown(Object target) {
        vm.shown();
    }

    @FXML
    private void initialize() {
        bindChoice(who, vm.whoChoices(), vm.whoProperty(), Function.identity());
        bindChoice(entity, vm.entityChoices(), vm.entityProperty(), Messages::auditEntity);
        bindChoice(action, vm.actionChoices(), vm.actionProperty(), Messages::auditAction);
        from.valueProperty().bindBidirectional(vm.fromProperty());
        to.valueProperty().bindBidirectional(vm.toProperty());
        table.setItems(vm.rows());
        table.setPlaceholder(new Label(Messages.get("audit.empty")));
        column("export.col.at", 150, AuditViewModel.Row::at);
        column("export.col.who", 90, AuditViewModel.Row::who);
        column("export.col.entity", 90, AuditViewModel.Row::entity);
        column("export.col.entityId", 70, AuditViewModel.Row::entityId);
        column("export.col.action", 130, AuditViewModel.Row::action);
        column("export.col.before", 260, AuditViewModel.Row::before);
        column("export.col.after", 260, AuditViewModel.Row::after);
        count.textProperty().bind(vm.countTextProperty());
        mask.selectedProperty().bind(vm.maskingProperty());
        mask.disableProperty().bind(vm.maskingEditableProperty().not());
        mask.setOnAction(e -> vm.setMasking(!vm.maskingProperty().get()));
        maskNote.visibleProperty().bind(vm.maskingEditableProperty().not());
        maskNote.managedProperty().bind(maskNote.visibleProperty());
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

    private void column(String key, double width, Function<AuditViewModel.Row, String> cell) {
        TableColumn<AuditViewModel.Row, String> c = new TableColumn<>(Messages.get(key));
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(cell.apply(d.getValue())));
        table.getColumns().add(c);
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
