package org.xinye.ledger.ui.reports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.report.form.FormData;
import org.xinye.ledger.report.form.FormFigure;
import org.xinye.ledger.report.form.FormFiller;
import org.xinye.ledger.report.form.FormMapping;
import org.xinye.ledger.report.form.FormPlan;
import org.xinye.ledger.store.Ledger;
import org.xinye.ledger.ui.support.DialogService;
import org.xinye.ledger.ui.support.Workspace;

/**
 * 按上级模板填报: the user picks the superior's form; its headers and row labels are matched
 * (the answers remembered for this form first); the user checks and corrects each match,
 * naming what is not to be filled; the answers are kept in the ledger and a filled copy is
 * written. Nothing is guessed: what matched nothing stays unfilled until the user names it.
 */
public final class FormFillViewModel {
    /** A region (or the total) a row can stand for, as the choice list shows it. */
    public record Target(String code, String name) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** One header of the form and the figure it is filled with (null: not filled). */
    public static final class ColumnChoice {
        private final String header;
        private final ObjectProperty<FormFigure> figure = new SimpleObjectProperty<>(this, "figure");

        ColumnChoice(String header, FormFigure figure) {
            this.header = header;
            this.figure.set(figure);
        }

        public String header() {
            return header;
        }

        public ObjectProperty<FormFigure> figureProperty() {
            return figure;
        }
    }

    /** One labelled row of the form and the region it is filled for (null: not filled). */
    public static final class RowChoice {
        private final int row;
        private final String label;
        private final ObjectProperty<Target> target = new SimpleObjectProperty<>(this, "target");

        RowChoice(int row, String label, Target target) {
            this.row = row;
            this.label = label;
            this.target.set(target);
        }

        /** The row's number as the spreadsheet shows it (from 1). */
        public int row() {
            return row + 1;
        }

        public String label() {
            return label;
        }

        public ObjectProperty<Target> targetProperty() {
            return target;
        }
    }

    /** The ledger's figures and the form's matches, read together. */
    private record Read(FormData data, FormPlan plan) {
    }

    private final Workspace workspace;
    private final ObservableList<ColumnChoice> columns = FXCollections.observableArrayList();
    private final ObservableList<RowChoice> rows = FXCollections.observableArrayList();
    private final ObservableList<Target> targets = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(this, "ready");
    private Path form;
    private FormPlan plan;
    private FormData data;

    public FormFillViewModel(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Asks for the form and matches it; {@link #readyProperty} turns true when the matches are there to check. */
    public void start() {
        Ledger ledger = workspace.ledger();
        if (ledger == null) {
            return;
        }
        ready.set(false);
        workspace.dialogs().chooseOpenFile(Messages.get("form.choose"),
                List.of(new DialogService.FileType(Messages.get("form.fileType"), "*.xlsx", "*.xls")))
                .ifPresent(file -> workspace.background().submit(Messages.get("form.task.reading"), p -> ledger.read(s -> {
                    FormData d = FormData.load(s);
                    FormPlan auto = FormFiller.plan(file, d, new FormMapping());
                    return new Read(d, FormFiller.plan(file, d, FormMapping.remembered(s, auto.signature())));
                }), read -> show(file, read.data(), read.plan()), workspace::fail));
    }

    private void show(Path file, FormData d, FormPlan p) {
        this.form = file;
        this.data = d;
        this.plan = p;
        List<Target> all = new ArrayList<>();
        all.add(new Target(FormPlan.TOTAL, Messages.get("form.total")));
        for (String code : d.codes()) {
            all.add(new Target(code, d.name(code)));
        }
        targets.setAll(all);
        columns.setAll(p.columns().stream().map(c -> new ColumnChoice(c.header(), c.figure())).toList());
        rows.setAll(p.rows().stream().map(r -> new RowChoice(r.index(), r.label(), r.code() == null ? null
                : all.stream().filter(t -> t.code().equals(r.code())).findFirst().orElse(null))).toList());
        ready.set(true);
    }

    /** The user's answers as they stand: every header and label with what it is filled with. */
    private FormMapping answers() {
        FormMapping m = new FormMapping();
        for (ColumnChoice c : columns) {
            m.setColumn(c.header(), c.figureProperty().get());
        }
        for (RowChoice r : rows) {
            m.setRow(r.label(), r.targetProperty().get() == null ? null : r.targetProperty().get().code());
        }
        return m;
    }

    /** Keeps the answers for this form and writes the filled copy where the user says; false when not started. */
    public boolean fill() {
        Ledger ledger = workspace.ledger();
        if (plan == null || ledger == null) {
            return false;
        }
        FormMapping answers = answers();
        FormPlan answered = plan.with(answers);
        String name = form.getFileName().toString();
        String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        String suggested = name.substring(0, name.lastIndexOf('.')) + Messages.get("form.filledSuffix") + "." + ext;
        FormData d = data;
        Path source = form;
        workspace.dialogs().chooseSaveFile(Messages.get("form.save"), suggested,
                List.of(new DialogService.FileType(Messages.get("form.fileType"), "*." + ext))).ifPresent(chosen -> {
                    Path out = chosen.getFileName().toString().toLowerCase(Locale.ROOT).endsWith("." + ext)
                            ? chosen : chosen.resolveSibling(chosen.getFileName() + "." + ext);
                    workspace.background().submitWrite(Messages.get("form.task.filling"), p -> {
                        p.commitOrStop();
                        if (!ledger.isReadOnly()) {
                            ledger.write(s -> {
                                answers.remember(s, answered.signature());
                                return null;
                            });
                        }
                        return FormFiller.fill(source, answered, d, out);
                    }, r -> workspace.dialogs().info(Messages.get("form.title"), summary(out, r)), workspace::fail);
                });
        return true;
    }

    private static String summary(Path out, FormFiller.Result r) {
        StringBuilder b = new StringBuilder(Messages.get("form.done", out.toAbsolutePath(), r.cells(), r.formulasKept()));
        if (!r.unmatchedColumns().isEmpty()) {
            b.append('\n').append(Messages.get("form.notFilledColumns", String.join("、",
                    r.unmatchedColumns().stream().map(FormPlan.Column::header).toList())));
        }
        if (!r.unmatchedRows().isEmpty()) {
            b.append('\n').append(Messages.get("form.notFilledRows", String.join("、",
                    r.unmatchedRows().stream().map(FormPlan.Row::label).toList())));
        }
        return b.toString();
    }

    public ObservableList<ColumnChoice> columns() {
        return columns;
    }

    public ObservableList<RowChoice> rows() {
        return rows;
    }

    /** What a row can be filled for: the total, then every county and street. */
    public ObservableList<Target> targets() {
        return targets;
    }

    /** The form's name, for the dialog's title. */
    public String formName() {
        return form == null ? "" : form.getFileName().toString();
    }

    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }
}
