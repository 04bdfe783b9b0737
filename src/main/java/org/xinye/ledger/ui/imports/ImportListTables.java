package org.xinye.ledger.ui.imports;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.xinye.ledger.domain.Masking;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.store.ImportBatches;
import org.xinye.ledger.store.ReconcileQueries;
import org.xinye.ledger.ui.imports.ImportLists.Reconciliation;
import org.xinye.ledger.ui.support.Formats;
import org.xinye.ledger.ui.support.TextCells;

/** The 对账 and 导入记录 tabs of the 导入 page: their tables, filled from {@link ImportLists}. */
final class ImportListTables {
    /**
     * One of the 对账 lists: a title with its count ({@code titleKey}) above a table ({@code id})
     * of the rows it takes from the reconciliation.
     */
    private record Reconciled<R>(String id, String titleKey, Function<Reconciliation, List<R>> rows,
                                 List<TableColumn<R, ?>> columns) {
    }

    private final VBox reconcile;
    private final TableView<ImportBatches.BatchRow> historyTable;

    /** {@code reconcile}: the 对账 tab's box, which the lists are added to. */
    ImportListTables(VBox reconcile, TableView<ImportBatches.BatchRow> historyTable) {
        this.reconcile = reconcile;
        this.historyTable = historyTable;
    }

    /** Builds the tables and follows the lists until the returned subscription ends. */
    Subscription bind(ImportLists lists) {
        history(lists);
        return reconcile(lists);
    }

    private Subscription reconcile(ImportLists lists) {
        String name = Messages.get("import.field.workers.name");
        String id = Messages.get("import.field.workers.idNumber");
        List<Consumer<Reconciliation>> shows = Stream.of(
                new Reconciled<>("singleTable", "import.ui.reconcile.single", Reconciliation::single, List.of(
                        col(name, ReconcileQueries.SingleSource::name, 100),
                        col(id, x -> Masking.idNumber(x.idNumber()), 170),
                        col(Messages.get("import.field.workers.employer"), x -> nz(x.employer()), 200),
                        col(Messages.get("import.ui.col.source"), x -> Messages.label(x.source()), 100))),
                new Reconciled<>("disagreeTable", "import.ui.reconcile.disagree", Reconciliation::disagree, List.of(
                        col(name, ReconcileQueries.Disagreement::name, 100),
                        col(id, x -> Masking.idNumber(x.idNumber()), 170),
                        col(Messages.get("import.ui.col.said"), x -> String.join("  |  ", x.sources().stream()
                                .map(s -> Messages.label(s.source()) + "：" + nz(s.employerText()) + " "
                                        + Masking.mobile(nz(s.mobile()))).toList()), 560))),
                new Reconciled<>("countsTable", "import.ui.reconcile.counts", Reconciliation::counts, List.of(
                        col(Messages.get("import.field.enterprises.name"), ReconcileQueries.CountMismatch::name, 240),
                        numberCol(Messages.get("import.ui.col.declared"), ReconcileQueries.CountMismatch::declared),
                        numberCol(Messages.get("import.ui.col.inLedger"), ReconcileQueries.CountMismatch::inLedger))),
                new Reconciled<>("followUpTable", "import.ui.reconcile.unmatched", Reconciliation::unmatched, List.of(
                        col(name, ReconcileQueries.Unmatched::name, 100),
                        col(id, x -> Masking.idNumber(x.idNumber()), 170),
                        col(Messages.get("import.ui.col.employerText"), x -> nz(x.employerText()), 200),
                        col(Messages.get("import.ui.col.townshipText"), x -> nz(x.townshipText()), 160))))
                .<Consumer<Reconciliation>>map(this::add).toList();
        return lists.reconciliationProperty().subscribe(r -> {
            if (r != null) {
                shows.forEach(show -> show.accept(r));
            }
        });
    }

    /** Adds {@code list}'s title and table to the 对账 tab; the returned consumer shows a reconciliation in them. */
    private <R> Consumer<Reconciliation> add(Reconciled<R> list) {
        Label title = new Label();
        title.getStyleClass().add("section-title");
        TableView<R> table = new TableView<>();
        table.setId(list.id());
        table.setPlaceholder(new Label(Messages.get("table.empty")));
        table.getColumns().setAll(list.columns());
        VBox.setVgrow(table, Priority.ALWAYS);
        reconcile.getChildren().addAll(title, table);
        return r -> {
            List<R> rows = list.rows().apply(r);
            title.setText(Formats.counted(list.titleKey(), rows.size()));
            table.getItems().setAll(rows);
        };
    }

    private void history(ImportLists lists) {
        historyTable.setItems(lists.history());
        historyTable.getColumns().setAll(List.of(
                idCol("#", b -> (int) b.id()),
                col(Messages.get("import.ui.col.time"), b -> Formats.date(b.importedAt() == null ? null
                        : b.importedAt().atZone(java.time.ZoneId.systemDefault()).toLocalDate())
                        + (b.importedAt() == null ? "" : " " + b.importedAt().atZone(java.time.ZoneId.systemDefault())
                        .toLocalTime().withNano(0)), 150),
                col(Messages.get("import.ui.col.file"), ImportBatches.BatchRow::fileName, 200),
                col(Messages.get("import.ui.col.type"), b -> Messages.get("import.ui.type." + b.type()), 70),
                col(Messages.get("import.ui.col.source"), b -> Messages.label(b.source()), 80),
                numberCol(Messages.get("import.ui.col.rows"), ImportBatches.BatchRow::rows),
                numberCol(Messages.get("import.ui.outcome.NEW"), ImportBatches.BatchRow::inserted),
                numberCol(Messages.get("import.ui.outcome.CHANGED"), ImportBatches.BatchRow::updated),
                numberCol(Messages.get("import.ui.outcome.REJECTED"), ImportBatches.BatchRow::rejected),
                col(Messages.get("import.ui.col.state"), b -> Messages.get(b.undone() ? "import.ui.undone"
                        : "import.ui.active"), 80),
                col("SHA-256", b -> b.sha256().substring(0, 12) + "…", 120)));
    }

    static <S> TableColumn<S, String> col(String title, Function<S, String> value, double width) {
        TableColumn<S, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new SimpleStringProperty(value.apply(d.getValue())));
        return c;
    }

    /** A count column: {@code 3,000} in the cell, sorted by number. */
    static <S> TableColumn<S, Integer> numberCol(String title, Function<S, Integer> value) {
        TableColumn<S, Integer> c = idCol(title, value);
        c.setCellFactory(col -> TextCells.count());
        return c;
    }

    /** A number that names something (a batch's id): shown as it is, sorted by number. */
    static <S> TableColumn<S, Integer> idCol(String title, Function<S, Integer> value) {
        TableColumn<S, Integer> c = new TableColumn<>(title);
        c.setPrefWidth(80);
        c.getStyleClass().add("number");
        c.setCellValueFactory(d -> (ObservableValue<Integer>) new SimpleObjectProperty<>(value.apply(d.getValue())));
        return c;
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }
}
