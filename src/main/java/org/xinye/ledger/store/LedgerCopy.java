package org.xinye.ledger.store;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A consistent copy of a ledger file ({@code VACUUM INTO} on a connection of its own, never a copy
 * of the live file), written beside its target as {@code *.writing} and moved into place; and
 * which of those unfinished copies this process is writing now, so that a sweep of copies left
 * by a process that ended mid-copy ({@link Backups}) leaves them alone.
 */
final class LedgerCopy {
    private static final System.Logger LOG = System.getLogger(LedgerCopy.class.getName());
    private static final Set<Path> WRITING = ConcurrentHashMap.newKeySet();

    private LedgerCopy() {
    }

    static void write(Path file, Path target) {
        Path abs = target.toAbsolutePath().normalize();
        Path temp = abs.resolveSibling(abs.getFileName() + ".writing");
        WRITING.add(temp);
        try {
            Files.createDirectories(abs.getParent());
            Files.deleteIfExists(temp);
            try (Connection c = Connections.openReadOnly(file); Statement st = c.createStatement()) {
                // The copy is verified whole (quick_check) before it is used; the per-read cell check would only slow it.
                st.execute("PRAGMA cell_size_check = OFF");
                st.execute("VACUUM INTO '" + temp.toString().replace("'", "''") + "'");
            }
            Files.move(temp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (SQLException e) {
            throw Failures.translate(e);
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.IO, "store.cannotWrite", e, abs, e.getMessage());
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "could not remove {0}", temp);
            } finally {
                WRITING.remove(temp);
            }
        }
    }

    /** Whether this process is writing {@code temp} in {@link #write} right now. */
    static boolean writing(Path temp) {
        return WRITING.contains(temp.toAbsolutePath().normalize());
    }
}
