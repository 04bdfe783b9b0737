package org.xinye.ledger.ui.records;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import org.xinye.ledger.domain.FieldChecks;
import org.xinye.ledger.domain.Problem;

/**
 * The edit form of one record of a page: its fields (every record has a required name), their
 * checks as the user types, and whether it differs from what is stored. Errors stay quiet on a
 * pristine form until the user changes something or tries to save.
 *
 * @param <T> the record the form edits
 */
public abstract class RecordForm<T> {
    public final StringProperty name = new SimpleStringProperty(this, "name", "");

    private final ObjectProperty<T> baseline;
    private final Function<T, Long> idOf;
    private final BooleanProperty attempted = new SimpleBooleanProperty(this, "attempted");
    private final List<StringBinding> errors = new ArrayList<>();
    private BooleanBinding dirty;
    private BooleanBinding show;
    private StringBinding nameError;

    /** {@code blank}: what an empty form says; {@code idOf}: a record's id (null while new). */
    protected RecordForm(T blank, Function<T, Long> idOf) {
        this.baseline = new SimpleObjectProperty<>(this, "baseline", blank);
        this.idOf = idOf;
    }

    /**
     * Starts comparing the form with what it was loaded with; {@code fields} are all the fields
     * besides the name. Called once from the subclass's constructor, after its fields exist and
     * before its checks.
     */
    protected final void watch(Observable... fields) {
        List<Observable> all = new ArrayList<>(List.of(fields));
        all.add(name);
        all.add(baseline);
        dirty = Bindings.createBooleanBinding(() -> !Objects.equals(toRecord(idOf.apply(baseline.get())), baseline.get()),
                all.toArray(Observable[]::new));
        show = attempted.or(dirty);
        nameError = error(name, FieldChecks::required);
    }

    /** The message of what is wrong with {@code value}, once errors show; a save is refused while it has one. */
    protected final <V> StringBinding error(ObservableValue<V> value, Function<V, Optional<Problem>> check) {
        return register(Checks.error(value, show, check));
    }

    /** As {@link #error(ObservableValue, Function)}, checked only while {@code when} holds (a masked value is the stored one). */
    protected final <V> StringBinding error(ObservableValue<V> value, ObservableBooleanValue when,
                                            Function<V, Optional<Problem>> check) {
        return register(Checks.error(value, show.and(when), check));
    }

    private StringBinding register(StringBinding error) {
        errors.add(error);
        return error;
    }

    /** What the form says, with the id of the stored record it edits (null for a new one). */
    protected abstract T toRecord(Long id);

    /** An empty form for a new record. */
    protected abstract void clear();

    /** The form now shows the stored record with this id: nothing to save, nothing to scold about yet. */
    protected final void loaded(Long id) {
        attempted.set(false);
        baseline.set(toRecord(id));
    }

    /** What the form was loaded with. */
    protected final T baseline() {
        return baseline.get();
    }

    /** Takes {@code stored} as what the form was loaded with (after a reveal shows more of it). */
    protected final void rebase(T stored) {
        baseline.set(stored);
    }

    /** True when every field passes its check; otherwise the errors start showing. */
    protected final boolean validate() {
        attempted.set(true);
        return errors.stream().allMatch(e -> e.get() == null);
    }

    /** After a language switch: the messages say it again in the new language. */
    protected void relocalize() {
        errors.forEach(StringBinding::invalidate);
    }

    public final BooleanBinding dirtyBinding() {
        return dirty;
    }

    public final boolean isDirty() {
        return dirty.get();
    }

    public final StringBinding nameError() {
        return nameError;
    }

    protected static String nz(String s) {
        return s == null ? "" : s;
    }
}
