package org.xinye.ledger.store;

import java.sql.SQLException;

/** Turns SQLite's result codes into {@link StoreException}s a user can act on. */
public final class Failures {
    // Primary result codes, https://www.sqlite.org/rescode.html
    private static final int SQLITE_PERM = 3;
    private static final int SQLITE_READONLY = 8;
    private static final int SQLITE_IOERR = 10;
    private static final int SQLITE_CORRUPT = 11;
    private static final int SQLITE_FULL = 13;
    private static final int SQLITE_CANTOPEN = 14;
    private static final int SQLITE_CONSTRAINT = 19;
    private static final int SQLITE_NOTADB = 26;

    private Failures() {
    }

    public static StoreException translate(SQLException e) {
        int primary = e.getErrorCode() & 0xff;
        return switch (primary) {
            case SQLITE_FULL -> new StoreException(StoreException.Kind.DISK_FULL, "store.diskFull", e);
            case SQLITE_CORRUPT -> new StoreException(StoreException.Kind.CORRUPT, "store.corrupt", e);
            case SQLITE_NOTADB -> new StoreException(StoreException.Kind.NOT_A_LEDGER, "store.notSqlite", e);
            case SQLITE_READONLY, SQLITE_PERM -> new StoreException(StoreException.Kind.READ_ONLY, "store.readOnly", e);
            case SQLITE_CANTOPEN -> new StoreException(StoreException.Kind.IO, "store.cantOpen", e);
            case SQLITE_CONSTRAINT -> new StoreException(StoreException.Kind.CONSTRAINT, "store.constraint", e,
                    String.valueOf(e.getMessage()));
            case SQLITE_IOERR -> new StoreException(StoreException.Kind.IO, "store.ioError", e, String.valueOf(e.getMessage()));
            default -> new StoreException(StoreException.Kind.IO, "store.sqlError", e, String.valueOf(e.getMessage()));
        };
    }
}
