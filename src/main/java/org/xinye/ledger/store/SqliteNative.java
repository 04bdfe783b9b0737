package org.xinye.ledger.store;

import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.OSInfo;

/**
 * Where the SQLite driver loads its native library from. Left alone, the driver unpacks it
 * from its jar into the temp folder at every start and compares it byte for byte (~150 ms,
 * and it litters %TEMP% on Windows). The installed app ships the library and sets
 * {@code org.sqlite.lib.path}; otherwise it is unpacked once into the data folder, in a
 * folder named after the driver version, and loaded from there afterwards.
 */
final class SqliteNative {
    private static final System.Logger LOG = System.getLogger(SqliteNative.class.getName());
    private static boolean prepared;

    private SqliteNative() {
    }

    static synchronized void prepare() {
        if (prepared) {
            return;
        }
        prepared = true;
        if (System.getProperty("org.sqlite.lib.path") != null) {
            return;
        }
        try {
            String os = System.getProperty("os.name");
            String name = System.mapLibraryName("sqlitejdbc");
            if (os.startsWith("Mac") || os.startsWith("Darwin")) {
                name = "libsqlitejdbc.dylib";
            }
            // The folder is named by what Java reports, so finding the unpacked library needs no OSInfo, which
            // on Linux starts a process (uname) to tell Android apart: ~30 ms at every start.
            String platform = (os + "-" + System.getProperty("os.arch")).replaceAll("[^A-Za-z0-9_.-]", "_");
            Path dir = LedgerFiles.dataFolder().resolve("native").resolve("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion()
                    + "-" + platform);
            Path lib = dir.resolve(name);
            if (!Files.isRegularFile(lib)) {
                String resource = "/org/sqlite/native/" + OSInfo.getNativeLibFolderPathForCurrentOS() + "/" + name;
                try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
                    if (in == null) {
                        return;
                    }
                    Files.createDirectories(dir);
                    Path part = Files.createTempFile(dir, name, ".part");
                    Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
                    Files.move(part, lib, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            System.setProperty("org.sqlite.lib.path", dir.toString());
            System.setProperty("org.sqlite.lib.name", name);
        } catch (IOException | RuntimeException e) {
            // The driver's own unpacking still works; this was only a shortcut.
            LOG.log(Level.DEBUG, "native library shortcut unavailable: {0}", e.toString());
        }
    }
}
