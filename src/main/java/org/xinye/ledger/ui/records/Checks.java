package org.xinye.ledger.ui.records;

import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import org.xinye.ledger.domain.Problem;

/** Form errors as bindings: recomputed when the field changes, read by the view's decorations and labels. */
public final class Checks {
    private Checks() {
    }

    /**
     * The message of what is wrong with {@code value}, or null. While {@code show} is false
     * (a pristine form the user has not tried to save), nothing is said yet.
     */
    public static <T> StringBinding error(ObservableValue<T> value, ObservableBooleanValue show,
                                          Function<T, Optional<Problem>> check) {
        return Bindings.createStringBinding(() -> show.get() ? check.apply(value.getValue()).map(Problem::message).orElse(null)
                : null, value, show);
    }
}
