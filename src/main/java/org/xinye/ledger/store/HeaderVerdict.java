package org.xinye.ledger.store;

import java.nio.file.Path;
import org.xinye.ledger.domain.Messages;

/**
 * What the raw header of a file says about it before SQLite opens it: sound, or refused
 * for a reason. Each reason has its words for opening the file ({@code store.*}) and for
 * restoring from it ({@code restore.reason.*}), where it is the source that is refused and
 * the ledger that stays as it was.
 */
sealed interface HeaderVerdict permits HeaderVerdict.Sound, HeaderVerdict.Refused {
    HeaderVerdict SOUND = new Sound();

    /** Nothing in the header stands against opening it. */
    record Sound() implements HeaderVerdict {
    }

    /** Why a file is refused; {@code details} are the message's arguments after the file name. */
    record Refused(Reason reason, Object... details) implements HeaderVerdict {
        /** The refusal of opening {@code file}. */
        StoreException whenOpening(Path file) {
            return new StoreException(reason.kind, reason.openKey, null, args(file));
        }

        /** The reason a restore source {@code file} is refused, in the restore's words. */
        String whenRestoring(Path file) {
            return Messages.get(reason.restoreKey, args(file));
        }

        StoreException.Kind kind() {
            return reason.kind;
        }

        private Object[] args(Path file) {
            Object[] all = new Object[details.length + 1];
            all[0] = file;
            System.arraycopy(details, 0, all, 1, details.length);
            return all;
        }
    }

    enum Reason {
        CANT_READ(StoreException.Kind.IO, "store.cantRead", "restore.reason.cantRead"),
        EMPTY_FILE(StoreException.Kind.NOT_A_LEDGER, "store.emptyFile", "restore.reason.emptyFile"),
        NOT_SQLITE(StoreException.Kind.NOT_A_LEDGER, "store.notSqlite", "restore.reason.notSqlite"),
        NOT_LEDGER(StoreException.Kind.NOT_A_LEDGER, "store.notLedger", "restore.reason.notLedger"),
        TRUNCATED(StoreException.Kind.TRUNCATED, "store.truncated", "restore.reason.truncated"),
        NEWER_VERSION(StoreException.Kind.NEWER_VERSION, "store.newerVersion", "restore.reason.newerVersion");

        private final StoreException.Kind kind;
        private final String openKey;
        private final String restoreKey;

        Reason(StoreException.Kind kind, String openKey, String restoreKey) {
            this.kind = kind;
            this.openKey = openKey;
            this.restoreKey = restoreKey;
        }
    }
}
