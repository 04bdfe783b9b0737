package org.xinye.ledger.cli;

import org.xinye.ledger.store.RecordJson;

/** The command line's {@code --json} output: the app's one JSON writer, in its form for people. */
public final class Json {
    private Json() {
    }

    /** Writes maps, lists, strings, numbers, booleans and null. */
    public static String write(Object value) {
        return RecordJson.writeReadable(value);
    }
}
