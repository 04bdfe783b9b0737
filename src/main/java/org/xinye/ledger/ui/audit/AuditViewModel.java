package org.xinye.ledger.ui.audit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.io.TableExport;
import org.xinye.ledger.store.AuditLine;
import org.xinye.ledger.store.AuditSearch;
import org.xinye.ledger.store.Ledger;
import org.xinye.ledger.store.Privacy;
import org.xinye.ledger.ui.support.ExportAction;
import org.xinye.ledger.ui.support.Formats;
import org.xinye.ledger.ui.support.LanguageAware;
import org.xinye.ledger.ui.support.Workspace;

/**
 * The 操作日志 page: the newest entries matching who / object / action / day range / text, each
 * as a sentence with its changes field by field ({@link AuditLine}); the entry chosen in full
 * below; the export (same filter); and the ledger's privacy setting. Personal numbers are
 * masked while the setting is on.
 */
public final class AuditViewModel implements LanguageAware {
    /** Rows shown at most; the count says how many match. */
    public static final int LIMIT = 1000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    /** One line of the table: when, who, the sentence, its changes in one line; {@code line} in full for the detail. */
    public record Row(String at, String who, String sentence, String changes, AuditLine line) {
    }

    private record Loaded(List<AuditLine> lines, long total, boolean masking, List<String> who, List<String> entities,
                          List<String> actions) {
    }

    private final Workspace workspace;
    private final StringProperty who = new SimpleStringProperty(this, "who", "");
    private final StringProperty entity = new SimpleStringProperty(this, "entity", "");
    private final StringProperty action = new SimpleStringProperty(this, "action", "");
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Row> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObservableList<String> whoChoices = FXCollections.observableArrayList();
    private final ObservableList<String> entityChoices = FXCollections.observableArrayList();
    private final ObservableList<String> actionChoices = FXCollections.observableArrayList();
    private final StringProperty countText = new SimpleStringProperty(this, "countText", "");
    private final BooleanProperty logEmpty = new SimpleBooleanProperty(this, "logEmpty");
    private final BooleanProperty masking = new SimpleBooleanProperty(this, "masking", true);
    private final BooleanProperty maskingEditable = new SimpleBooleanProperty(this, "maskingEditable");
    private final ExportAction export;
    private boolean showing;

    public AuditViewModel(Workspace workspace) {
        this.workspace = workspace;
        this.export = new ExportAction(workspace, TableExport.Table.AUDIT, this::filter);
        workspace.revisionProperty().addListener((o, a, b) -> {
            if (showing) {
                load();
            }
        });
    }

    public AuditSearch.Filter filter() {
        return new AuditSearch.Filter(who.get(), entity.get(), action.get(), from.get(), to.get(), text.get());
    }

    /** The page became visible: load now and on every later change. */
    public void shown() {
        showing = true;
        load();
    }

    /** The sentences are written in the language of the moment: a switch rewrites them. */
    @Override
    public void languageChanged() {
        if (showing) {
            load();
        }
    }

    public void load() {
        Ledger ledger = workspace.ledger();
        if (ledger == null) {
            rows.clear();
            return;
        }
        AuditSearch.Filter f = filter();
        workspace.background().submit(Messages.get("task.audit"), p -> ledger.read(s -> new Loaded(
                AuditSearch.lines(s, f, LIMIT), AuditSearch.count(s, f), Privacy.masking(s), AuditSearch.values(s, "who"),
                AuditSearch.values(s, "entity"), AuditSearch.values(s, "action"))), l -> show(l, ledger.isReadOnly()),
                workspace::fail);
    }

    private void show(Loaded l, boolean readOnly) {
        masking.set(l.masking());
        maskingEditable.set(!readOnly);
        choices(whoChoices, l.who());
        choices(entityChoices, l.entities());
        choices(actionChoices, l.actions());
        long keep = selected.get() == null ? -1 : selected.get().line().id();
        rows.setAll(l.lines().stream().map(AuditViewModel::row).toList());
        selected.set(rows.stream().filter(r -> r.line().id() == keep).findFirst().orElse(null));
        logEmpty.set(l.who().isEmpty());
        countText.set(Messages.get("audit.count", Formats.count(l.total()), Formats.count(rows.size())));
    }

    private static void choices(ObservableList<String> target, List<String> values) {
        List<String> withAny = new java.util.ArrayList<>();
        withAny.add("");
        withAny.addAll(values);
        if (!target.equals(withAny)) {
            target.setAll(withAny);
        }
    }

    private static Row row(AuditLine line) {
        return new Row(TIME.format(line.at().atZone(ZoneId.systemDefault())), line.who(), line.sentence(), line.changes(),
                line);
    }

    public void resetFilter() {
        who.set("");
        entity.set("");
        action.set("");
        text.set("");
        from.set(null);
        to.set(null);
        load();
    }

    /** Turns masking on or off for this ledger; the change itself goes into the log. */
    public void setMasking(boolean on) {
        if (on == masking.get()) {
            return;
        }
        workspace.write(Messages.get("task.audit"), s -> {
            Privacy.setMasking(s, on);
            return on;
        }, v -> { });
    }

    public void export() {
        export.run();
    }

    public StringProperty whoProperty() {
        return who;
    }

    public StringProperty entityProperty() {
        return entity;
    }

    public StringProperty actionProperty() {
        return action;
    }

    /** Searches the records' names and contents before and after a change. */
    public StringProperty textProperty() {
        return text;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    /** The entry shown in full below the table. */
    public ObjectProperty<Row> selectedProperty() {
        return selected;
    }

    public ObservableList<String> whoChoices() {
        return whoChoices;
    }

    public ObservableList<String> entityChoices() {
        return entityChoices;
    }

    public ObservableList<String> actionChoices() {
        return actionChoices;
    }

    public StringProperty countTextProperty() {
        return countText;
    }

    /** True when the ledger's log has no entry at all (not just none that matches). */
    public BooleanProperty logEmptyProperty() {
        return logEmpty;
    }

    public BooleanProperty maskingProperty() {
        return masking;
    }

    public BooleanProperty maskingEditableProperty() {
        return maskingEditable;
    }
}
