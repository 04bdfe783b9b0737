package org.xinye.ledger.io.submission;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;
import org.xinye.ledger.store.StoreException;
import org.xinye.ledger.store.TransferPackage;
import org.xinye.ledger.store.rollup.SubmissionRefused;
import org.xinye.ledger.store.rollup.SubmissionRefused.Reason;
import org.xinye.ledger.store.rollup.TempFiles;

/**
 * The submission file ({@code .xlsub}) around a submission database. With a password it is the
 * encrypted package format ({@link TransferPackage}: AES-256-GCM, whose tag refuses any changed
 * byte). Without one, big-endian: magic {@code XYLGSUBM}, format (u16), flags (u8, bit 0 =
 * deflated), the deflated database, then the SHA-256 of everything before it, so a file changed or
 * cut short on its way is refused before anything inside is read.
 */
public final class SubmissionFile {
    public static final String EXTENSION = ".xlsub";
    private static final byte[] MAGIC = "XYLGSUBM".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PACKAGE_MAGIC = "XYLGPACK".getBytes(StandardCharsets.US_ASCII);
    private static final int FORMAT = 1;
    private static final int FLAG_DEFLATED = 1;
    private static final int DIGEST_BYTES = 32;
    /** No district's submission comes near this; a file that inflates beyond it is refused, not written out. */
    static final long MAX_DATABASE_BYTES = 8L << 30;

    /** A submission opened for checking: its database in a private folder (removed on close), and the file's hash. */
    public record Opened(Path file, Path database, String sha256, boolean encrypted, Path folder)
            implements AutoCloseable {
        @Override
        public void close() {
            TempFiles.deleteTree(folder);
        }
    }

    private SubmissionFile() {
    }

    /** Seals a submission database into {@code out}: encrypted when a password is given. */
    public static void write(Path database, Path out, char[] password) {
        Path target = out.toAbsolutePath().normalize();
        if (password != null) {
            TransferPackage.seal(database, target, password);
            return;
        }
        Path part = target.resolveSibling(target.getFileName() + ".part");
        try {
            MessageDigest sha = sha256();
            try (OutputStream file = Files.newOutputStream(part)) {
                DigestOutputStream digested = new DigestOutputStream(file, sha);
                DataOutputStream head = new DataOutputStream(digested);
                head.write(MAGIC);
                head.writeShort(FORMAT);
                head.writeByte(FLAG_DEFLATED);
                head.flush();
                DeflaterOutputStream body = new DeflaterOutputStream(digested, new Deflater(Deflater.BEST_SPEED), 1 << 16);
                Files.copy(database, body);
                body.finish();
                body.flush();
                file.write(sha.digest());
            }
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.IO, "store.cannotWrite", e, target, e.getMessage());
        } finally {
            try {
                Files.deleteIfExists(part);
            } catch (IOException ignored) {
                // best effort: the part file is in the target's folder and named after it
            }
        }
    }

    /** Whether the file is encrypted (so the window can ask for the password first). */
    public static boolean isEncrypted(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(PACKAGE_MAGIC.length), PACKAGE_MAGIC);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Opens a submission file into a private folder: checks its checksum (or, encrypted, its tag)
     * and gives the database inside, not yet checked itself. Refusals throw {@link SubmissionRefused}.
     */
    public static Opened open(Path file, char[] password) {
        Path src = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(src)) {
            throw new SubmissionRefused(Reason.UNREADABLE, null, src, Files.isDirectory(src) ? "folder" : "missing");
        }
        byte[] magic;
        try (InputStream in = Files.newInputStream(src)) {
            magic = in.readNBytes(MAGIC.length);
        } catch (IOException e) {
            throw new SubmissionRefused(Reason.UNREADABLE, e, src, e.getMessage());
        }
        boolean encrypted = Arrays.equals(magic, PACKAGE_MAGIC);
        if (!encrypted && !Arrays.equals(magic, MAGIC)) {
            throw new SubmissionRefused(Reason.NOT_A_SUBMISSION, null, src);
        }
        if (encrypted && password == null) {
            throw new SubmissionRefused(Reason.NEEDS_PASSWORD, null, src);
        }
        Path folder = TempFiles.folder("xinye-rollup-");
        Path db = folder.resolve("received.xldb");
        try {
            String fileHash;
            if (encrypted) {
                fileHash = hashOf(src);
                try {
                    TransferPackage.unseal(src, password, db, MAX_DATABASE_BYTES);
                } catch (StoreException e) {
                    throw new SubmissionRefused(e.kind() == StoreException.Kind.IO ? Reason.UNREADABLE
                            : Reason.BAD_PASSWORD, e, src, e.getLocalizedMessage());
                }
            } else {
                fileHash = openPlain(src, db);
            }
            return new Opened(src, db, fileHash, encrypted, folder);
        } catch (RuntimeException e) {
            TempFiles.deleteTree(folder);
            throw e;
        }
    }

    /**
     * Checks the trailing SHA-256 over the whole file first, then inflates the body; gives the SHA-256 of the
     * whole file ({@link #hashOf}), taken in the same pass: the checksum's digest state after everything
     * before it, fed the stored checksum (a Java-coded SHA-256 pass is the slowest step of opening a file).
     */
    private static String openPlain(Path src, Path db) {
        try {
            long size = Files.size(src);
            long headerBytes = MAGIC.length + 3L;
            if (size < headerBytes + DIGEST_BYTES) {
                throw new SubmissionRefused(Reason.TAMPERED, null, src);
            }
            MessageDigest sha = sha256();
            byte[] stored;
            try (InputStream in = new BufferedInputStream(Files.newInputStream(src), 1 << 16)) {
                copyN(in, OutputStream.nullOutputStream(), size - DIGEST_BYTES, sha);
                stored = in.readNBytes(DIGEST_BYTES);
            }
            MessageDigest whole = copyOf(sha);
            whole.update(stored);
            if (!MessageDigest.isEqual(stored, sha.digest())) {
                throw new SubmissionRefused(Reason.TAMPERED, null, src);
            }
            String fileHash = HexFormat.of().formatHex(whole.digest());
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(src), 1 << 16))) {
                in.skipNBytes(MAGIC.length);
                int format = in.readUnsignedShort();
                int flags = in.readUnsignedByte();
                if (format > FORMAT) {
                    throw new SubmissionRefused(Reason.NEWER_VERSION, null, src, format, FORMAT);
                }
                if (format != FORMAT || flags != FLAG_DEFLATED) {
                    throw new SubmissionRefused(Reason.TAMPERED, null, src);
                }
                InputStream body = new InflaterInputStream(new Bounded(in, size - headerBytes - DIGEST_BYTES), 
                        new java.util.zip.Inflater(), 1 << 16);
                try (OutputStream out = Files.newOutputStream(db)) {
                    copyN(body, out, MAX_DATABASE_BYTES + 1, null);
                }
                if (Files.size(db) > MAX_DATABASE_BYTES) {
                    throw new SubmissionRefused(Reason.TAMPERED, null, src);
                }
            }
            return fileHash;
        } catch (EOFException | java.util.zip.ZipException e) {
            throw new SubmissionRefused(Reason.TAMPERED, e, src);
        } catch (IOException e) {
            throw new SubmissionRefused(Reason.UNREADABLE, e, src, e.getMessage());
        }
    }

    /** Copies up to {@code n} bytes (all of them when the source has them), feeding the digest if given. */
    private static void copyN(InputStream in, OutputStream out, long n, MessageDigest digest) throws IOException {
        byte[] buf = new byte[1 << 16];
        long left = n;
        while (left > 0) {
            int r = in.read(buf, 0, (int) Math.min(buf.length, left));
            if (r < 0) {
                if (digest != null) {
                    throw new EOFException();
                }
                return;
            }
            if (digest != null) {
                digest.update(buf, 0, r);
            }
            out.write(buf, 0, r);
            left -= r;
        }
    }

    /** The SHA-256 of the whole file, as it arrived: what tells the same file taken in twice. */
    static String hashOf(Path file) {
        MessageDigest sha = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
            in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new SubmissionRefused(Reason.UNREADABLE, e, file, e.getMessage());
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static MessageDigest copyOf(MessageDigest digest) {
        try {
            return (MessageDigest) digest.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("SHA-256 of this Java runtime cannot be copied", e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from this Java runtime", e);
        }
    }

    /** The body between the header and the checksum, and not a byte more. */
    private static final class Bounded extends InputStream {
        private final InputStream in;
        private long left;

        Bounded(InputStream in, long limit) {
            this.in = in;
            this.left = limit;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                return -1;
            }
            int b = in.read();
            if (b >= 0) {
                left--;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left <= 0) {
                return -1;
            }
            int r = in.read(b, off, (int) Math.min(len, left));
            if (r > 0) {
                left -= r;
            }
            return r;
        }
    }
}
