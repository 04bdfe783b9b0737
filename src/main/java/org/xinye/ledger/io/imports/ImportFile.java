package org.xinye.ledger.io.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.xinye.ledger.io.sheet.FileRefusedException;
import org.xinye.ledger.io.sheet.Spreadsheets;
import org.xinye.ledger.io.sheet.Workbook;

/**
 * A file ready to import: opened, its table found, its checksum and its rows being read on
 * their own threads. It needs no ledger yet, so the command line opens the ledger meanwhile.
 * Closing it stops what is still running.
 */
public final class ImportFile implements AutoCloseable {
    final ImportRequest req;
    final String fileName;
    final Beside<String> sha;
    final Workbook wb;
    final SheetLocator.Located loc;
    final RowReader reader;
    private final Thread producer;

    private ImportFile(ImportRequest req, String fileName, Beside<String> sha, Workbook wb, SheetLocator.Located loc) {
        this.req = req;
        this.fileName = fileName;
        this.sha = sha;
        this.wb = wb;
        this.loc = loc;
        this.reader = new RowReader(loc, fileName);
        this.producer = new Thread(reader, "import-reader");
        producer.setDaemon(true);
        producer.start();
    }

    /** Opens the file, finds its table and starts reading it; a file that cannot be imported is refused here. */
    public static ImportFile open(ImportRequest req) {
        String fileName = req.file().getFileName().toString();
        // The checksum is taken on its own thread while the file is read and imported: on two cores that hides its cost.
        Beside<String> sha = new Beside<>("import-checksum", () -> checksum(req.file(), fileName));
        Workbook wb = null;
        try {
            wb = Spreadsheets.open(req.file());
            return new ImportFile(req, fileName, sha, wb, SheetLocator.locate(wb, req));
        } catch (RuntimeException | Error e) {
            if (wb != null) {
                wb.close();
            }
            sha.cancel();
            throw e;
        }
    }

    @Override
    public void close() {
        try {
            reader.stop();
            producer.interrupt();
            try {
                producer.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            loc.cursor().close();
        } finally {
            try {
                wb.close();
            } finally {
                sha.cancel();
            }
        }
    }

    /** Whether the file still has the content a preview saw (the sender may have edited it since). */
    public static boolean sameContent(Path file, String sha256) {
        try {
            return sha256 != null && sha256.equals(sha256(file));
        } catch (IOException e) {
            return false;
        }
    }

    private static String checksum(Path file, String fileName) {
        try {
            return sha256(file);
        } catch (IOException e) {
            throw new FileRefusedException(FileRefusedException.Cause.UNREADABLE, "import.refused.unreadable", e,
                    fileName, e.getMessage());
        }
    }

    private static String sha256(Path file) throws IOException {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        byte[] buf = new byte[1 << 20];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buf)) > 0) {
                md.update(buf, 0, n);
            }
        }
        return HexFormat.of().formatHex(md.digest()).toLowerCase(Locale.ROOT);
    }
}
