package org.xinye.ledger.store;

import java.nio.file.Path;
import java.sql.Connection;

/**
 * What every ledger file passes before the app uses it, wherever it comes from (opened,
 * restored from, unpacked, a backup being verified): it is one of our ledgers, not newer than
 * this build, holds exactly the schema of its version (nothing planted, nothing changed), and,
 * where asked, SQLite's {@code quick_check} finds no damage. Runs on a connection that has not
 * written anything; damage SQLite reports on the way is a refusal naming the file.
 */
final class LedgerGate {
    private LedgerGate() {
    }

    /**
     * Refuses the file on {@code c} unless it is a sound ledger of a version this build
     * reads; gives that version. {@code refusedKey} words a structure refusal for where the
     * file came from ({0} the file, {1} the differences).
     */
    static int admit(Connection c, Path file, String refusedKey, boolean quickCheck) {
        try {
            int version = new Session(c).verifyIdentity(file);
            LedgerSchema.requireExact(c, file, refusedKey);
            if (quickCheck) {
                requireSound(c, file);
            }
            return version;
        } catch (StoreException e) {
            throw named(e, file);
        }
    }

    /** SQLite's {@code quick_check} of the file on {@code c}; damage is refused as {@code store.damaged} naming the file. */
    static void requireSound(Connection c, Path file) {
        try {
            if (!Connections.isOk(Connections.quickCheck(c))) {
                throw new StoreException(StoreException.Kind.CORRUPT, "store.damaged", null, file);
            }
        } catch (StoreException e) {
            throw named(e, file);
        }
    }

    /** SQLite's own reports carry no file name; the user needs to know which file. */
    private static StoreException named(StoreException e, Path file) {
        if (e.kind() == StoreException.Kind.CORRUPT && !"store.damaged".equals(e.messageKey())) {
            return new StoreException(StoreException.Kind.CORRUPT, "store.damaged", e, file);
        }
        if (e.kind() == StoreException.Kind.NOT_A_LEDGER && e.args().length == 0) {
            return new StoreException(StoreException.Kind.NOT_A_LEDGER, e.messageKey(), e, file);
        }
        return e;
    }
}
