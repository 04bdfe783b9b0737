package org.xinye.ledger.io.submission;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import org.xinye.ledger.domain.IdHash;
import org.xinye.ledger.domain.InvalidValueException;
import org.xinye.ledger.domain.Problem;
import org.xinye.ledger.store.Ledger;
import org.xinye.ledger.store.OutputFiles;
import org.xinye.ledger.store.RecordJson;
import org.xinye.ledger.store.StoreException;
import org.xinye.ledger.store.rollup.SubmissionBuilder;
import org.xinye.ledger.store.rollup.TempFiles;

/**
 * 上报: writes a ledger's submission file for a period, encrypted when a password is given, with
 * ID numbers replaced by keyed hashes when a key is given; recorded in the 操作日志 (a submission
 * carries full records, like an unmasked export).
 */
public final class Submit {
    /** Where to, which period, with which password and hash key (each null for none), as which version. */
    public record Request(Path out, YearMonth period, char[] password, byte[] hashKey, String appVersion) {
    }

    private Submit() {
    }

    public static SubmissionBuilder.Built run(Ledger ledger, Request r, Clock clock) {
        Path target = OutputFiles.prepare(r.out());
        if (Files.exists(target) && !isSubmission(target)) {
            throw new StoreException(StoreException.Kind.IO, "submit.wouldOverwrite", null, target);
        }
        IdHash hash = r.hashKey() == null ? null : new IdHash(r.hashKey());
        Path dir = TempFiles.folder("xinye-submit-");
        try {
            Path db = dir.resolve("outgoing.xldb");
            SubmissionBuilder.Built built = SubmissionBuilder.build(ledger, db, new SubmissionBuilder.Request(r.period(),
                    hash, r.appVersion(), clock.instant(), LocalDate.now(clock)));
            SubmissionFile.write(db, target, r.password());
            if (!ledger.isReadOnly()) {
                java.util.Map<String, Object> note = new java.util.LinkedHashMap<>();
                note.put("scope", built.scopeName());
                note.put("period", r.period().toString());
                note.put("file", target.toString());
                note.put("encrypted", r.password() != null);
                note.put("hashedIds", hash != null);
                note.put("units", built.units());
                note.put("workers", built.workers());
                ledger.writing(s -> s.audit().append("ledger", null, "SUBMIT", null, RecordJson.write(note)));
            }
            return built;
        } finally {
            TempFiles.deleteTree(dir);
        }
    }

    private static boolean isSubmission(Path file) {
        try (var in = Files.newInputStream(file)) {
            String magic = new String(in.readNBytes(8), StandardCharsets.US_ASCII);
            return magic.equals("XYLGSUBM") || magic.equals("XYLGPACK");
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The key of a key file: its bytes, without a trailing line break (a key typed into a text
     * editor), at least {@link IdHash#MIN_KEY_BYTES} of them.
     */
    public static byte[] readKey(Path file) {
        byte[] raw;
        try {
            raw = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InvalidValueException(Problem.of("hash.keyUnreadable", "hash.keyUnreadable", file,
                    String.valueOf(e.getMessage())));
        }
        int end = raw.length;
        while (end > 0 && (raw[end - 1] == '\n' || raw[end - 1] == '\r')) {
            end--;
        }
        byte[] key = Arrays.copyOf(raw, end);
        Arrays.fill(raw, (byte) 0);
        if (key.length < IdHash.MIN_KEY_BYTES) {
            throw new InvalidValueException(Problem.of("hash.keyShort", "hash.keyShort", key.length,
                    IdHash.MIN_KEY_BYTES));
        }
        return key;
    }
}
