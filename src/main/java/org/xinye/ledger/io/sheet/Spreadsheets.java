package org.xinye.ledger.io.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Opens any spreadsheet a sender may send, by what the bytes are rather than what the name
 * says: a zip is .xlsx, an OLE2 compound file is .xls (or an encrypted .xlsx), text is CSV
 * (WPS and older systems often save tab-separated text as ".xls"). Everything else is
 * refused with a message that names the file and the cause.
 */
public final class Spreadsheets {
    /** Larger than any roster: a city of 1,000,000 workers is under 200 MB as .xlsx or CSV. */
    public static final long MAX_FILE_BYTES = 1L << 30;
    /** An .xls is read whole into memory; the format's own row limit keeps real ones far below this. */
    static final long MAX_XLS_BYTES = 128L << 20;

    private Spreadsheets() {
    }

    public static Workbook open(Path file) {
        try {
            return byContent(file);
        } catch (FileRefusedException e) {
            throw wps(file, e);
        }
    }

    /**
     * WPS's own spreadsheet formats (.et, and .ett templates) are read where they are what POI
     * reads (many are an Excel 97–2003 workbook inside); one that is not is refused with the way
     * out WPS itself offers.
     */
    private static FileRefusedException wps(Path file, FileRefusedException e) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean wps = name.endsWith(".et") || name.endsWith(".ett");
        return wps && switch (e.refusal()) {
            case NOT_SPREADSHEET, DAMAGED, OLD_FORMAT -> true;
            default -> false;
        } ? new FileRefusedException(e.refusal(), "import.refused.wps", e, file.getFileName()) : e;
    }

    private static Workbook byContent(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new FileRefusedException(FileRefusedException.Cause.NOT_FOUND, "import.refused.notFound", null, file);
        }
        byte[] head = new byte[4096];
        int n;
        long size;
        try (InputStream in = Files.newInputStream(file)) {
            size = Files.size(file);
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new FileRefusedException(FileRefusedException.Cause.UNREADABLE, "import.refused.unreadable", e,
                    file.getFileName(), e.getMessage());
        }
        if (size == 0) {
            throw new FileRefusedException(FileRefusedException.Cause.EMPTY, "import.refused.empty", null,
                    file.getFileName());
        }
        if (size > MAX_FILE_BYTES) {
            throw new FileRefusedException(FileRefusedException.Cause.TOO_LARGE, "import.refused.tooLarge", null,
                    file.getFileName(), size >> 20, MAX_FILE_BYTES >> 20);
        }
        if (n >= 4 && head[0] == 'P' && head[1] == 'K' && (head[2] == 3 || head[2] == 5 || head[2] == 7)) {
            return XlsxWorkbook.open(file);
        }
        if (n >= 8 && (head[0] & 0xff) == 0xD0 && (head[1] & 0xff) == 0xCF && (head[2] & 0xff) == 0x11
                && (head[3] & 0xff) == 0xE0) {
            return compoundFile(file, size);
        }
        String start = textStart(head, n);
        if (start.startsWith("<?xml") && start.contains("urn:schemas-microsoft-com:office:spreadsheet")
                || start.startsWith("<workbook") && start.contains("urn:schemas-microsoft-com:office:spreadsheet")) {
            return SpreadsheetMlWorkbook.open(file, head, n);
        }
        if (looksLikeHtml(start)) {
            return HtmlWorkbook.open(file, size);
        }
        if (start.startsWith("%pdf")) {
            throw new FileRefusedException(FileRefusedException.Cause.NOT_SPREADSHEET,
                    "import.refused.notSpreadsheetKind", null, file.getFileName(), "PDF");
        }
        if (looksBinary(head, n)) {
            throw new FileRefusedException(FileRefusedException.Cause.NOT_SPREADSHEET, "import.refused.notSpreadsheet",
                    null, file.getFileName());
        }
        return CsvWorkbook.open(file);
    }

    /**
     * The start of a text file, lower case, for telling web pages and XML from CSV: read in the
     * encoding its byte-order mark names (UTF-16 pages exist), without the mark and leading space.
     */
    private static String textStart(byte[] head, int n) {
        java.nio.charset.Charset cs = StandardCharsets.ISO_8859_1;
        int skip = 0;
        if (n >= 2 && (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xFE) {
            cs = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (n >= 2 && (head[0] & 0xff) == 0xFE && (head[1] & 0xff) == 0xFF) {
            cs = StandardCharsets.UTF_16BE;
            skip = 2;
        } else if (n >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF) {
            skip = 3;
        }
        return new String(head, skip, n - skip, cs).stripLeading().toLowerCase(Locale.ROOT);
    }

    /** A page as web systems write them: a doctype, an html or table tag, or a comment or meta before them. */
    private static boolean looksLikeHtml(String start) {
        if (!start.startsWith("<")) {
            return false;
        }
        return start.startsWith("<!doctype html") || start.startsWith("<html") || start.startsWith("<table")
                || start.startsWith("<meta") || start.startsWith("<head") || start.startsWith("<body")
                || start.contains("<html") || start.contains("<table");
    }

    /** NUL bytes outside a UTF-16 file, or many control characters: not text. */
    private static boolean looksBinary(byte[] head, int n) {
        boolean utf16 = n >= 2 && ((head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xFE
                || (head[0] & 0xff) == 0xFE && (head[1] & 0xff) == 0xFF);
        if (utf16) {
            return false;
        }
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = head[i] & 0xff;
            if (b == 0) {
                return true;
            }
            if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B)) {
                control++;
            }
        }
        return control > n / 20;
    }

    private static Workbook compoundFile(Path file, long size) {
        POIFSFileSystem fs;
        try {
            fs = new POIFSFileSystem(file.toFile(), true);
        } catch (IOException | RuntimeException e) {
            throw new FileRefusedException(FileRefusedException.Cause.DAMAGED, "import.refused.damaged", e,
                    file.getFileName(), String.valueOf(e.getMessage()));
        }
        boolean keep = false;
        try {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntryCaseInsensitive("EncryptedPackage") || root.hasEntryCaseInsensitive("EncryptionInfo")) {
                throw new FileRefusedException(FileRefusedException.Cause.ENCRYPTED, "import.refused.encrypted", null,
                        file.getFileName());
            }
            if (root.hasEntryCaseInsensitive("Book") && !root.hasEntryCaseInsensitive("Workbook")) {
                throw new FileRefusedException(FileRefusedException.Cause.OLD_FORMAT, "import.refused.oldFormat", null,
                        file.getFileName());
            }
            if (!root.hasEntryCaseInsensitive("Workbook")) {
                String what = root.hasEntryCaseInsensitive("WordDocument") ? "Word"
                        : root.hasEntryCaseInsensitive("PowerPoint Document") ? "PowerPoint" : "OLE2";
                throw new FileRefusedException(FileRefusedException.Cause.NOT_SPREADSHEET,
                        "import.refused.notSpreadsheetKind", null, file.getFileName(), what);
            }
            if (size > MAX_XLS_BYTES) {
                throw new FileRefusedException(FileRefusedException.Cause.TOO_LARGE, "import.refused.tooLarge", null,
                        file.getFileName(), size >> 20, MAX_XLS_BYTES >> 20);
            }
            Workbook wb = XlsWorkbook.open(file, fs);
            keep = true;
            return wb;
        } finally {
            if (!keep) {
                try {
                    fs.close();
                } catch (IOException e) {
                    // Opened read-only: nothing to lose.
                }
            }
        }
    }
}
