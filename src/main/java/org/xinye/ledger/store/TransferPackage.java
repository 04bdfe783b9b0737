package org.xinye.ledger.store;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.CipherOutputStream;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The encrypted transfer package ({@code .xlpk}) for carrying a ledger on a USB stick.
 * Layout, big-endian: magic {@code XYLGPACK}, format (u16), key derivation (u8, 1 =
 * PBKDF2-HMAC-SHA256), iterations (u32), salt length (u8) and salt, nonce length (u8) and
 * nonce, flags (u8, bit 0 = deflated), then AES-256-GCM ciphertext with its 16-byte tag.
 * The header is the GCM associated data, so a changed header fails like a changed body.
 * The plaintext is a verified {@code VACUUM INTO} copy of the ledger, deflated.
 */
public final class TransferPackage {
    public static final String EXTENSION = ".xlpk";
    /** OWASP's 2023 figure for PBKDF2-HMAC-SHA256. */
    public static final int ITERATIONS = 600_000;
    /** A header asking for more is refused before any work: it can only be a damaged or hostile file. */
    private static final int MAX_ITERATIONS = 20_000_000;
    private static final byte[] MAGIC = "XYLGPACK".getBytes(StandardCharsets.US_ASCII);
    private static final int FORMAT = 1;
    private static final int KDF_PBKDF2_SHA256 = 1;
    private static final int SALT_BYTES = 16;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int FLAG_DEFLATED = 1;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A ledger unpacked into a new file, with what it holds. */
    public record Unpacked(Path file, long units, long workers) {
    }

    private TransferPackage() {
    }

    /** Whether a file starts like a package (for refusing to overwrite anything else). */
    public static boolean looksLikePackage(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(MAGIC.length), MAGIC);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Packs a consistent, verified copy of the ledger into {@code out}. An existing file there
     * is replaced only when it is itself a package. The password array is not cleared here.
     */
    public static void pack(Ledger ledger, Path out, char[] password) {
        pack(ledger, out, password, () -> true);
    }

    /**
     * {@link #pack(Ledger, Path, char[])}, asking {@code commit} before the package is moved into
     * place: false stops it ({@link CancellationException}) and nothing is left at {@code out}.
     */
    public static void pack(Ledger ledger, Path out, char[] password, BooleanSupplier commit) {
        Path target = out.toAbsolutePath().normalize();
        if (Files.exists(target) && !looksLikePackage(target)) {
            throw new StoreException(StoreException.Kind.IO, "pack.wouldOverwrite", null, target);
        }
        Path copy = target.resolveSibling(target.getFileName() + ".copy");
        try {
            Backups.copyVerified(ledger, copy);
            seal(copy, target, password, commit);
        } finally {
            Backups.deleteQuietly(copy);
        }
    }

    /**
     * Seals the file {@code plain} into {@code out} in this format (deflated, then encrypted): the
     * package of a ledger, and the encrypted form of a submission. Written beside the target and
     * moved into place; an existing file there is replaced.
     */
    public static void seal(Path plain, Path out, char[] password) {
        seal(plain, out, password, () -> true);
    }

    private static void seal(Path plain, Path out, char[] password, BooleanSupplier commit) {
        Path target = out.toAbsolutePath().normalize();
        Path part = target.resolveSibling(target.getFileName() + ".part");
        try {
            byte[] salt = random(SALT_BYTES);
            byte[] nonce = random(NONCE_BYTES);
            byte[] header = header(ITERATIONS, salt, nonce, FLAG_DEFLATED);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key(password, salt, ITERATIONS), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(header);
            try (OutputStream file = Files.newOutputStream(part)) {
                file.write(header);
                try (OutputStream sealed = new DeflaterOutputStream(new CipherOutputStream(file, cipher),
                        new Deflater(Deflater.DEFAULT_COMPRESSION), 1 << 16)) {
                    Files.copy(plain, sealed);
                }
            }
            if (!commit.getAsBoolean()) {
                throw new CancellationException();
            }
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.IO, "store.cannotWrite", e, target, e.getMessage());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM or PBKDF2 missing from this Java runtime", e);
        } finally {
            Backups.deleteQuietly(part);
        }
    }

    /**
     * Opens a sealed file into {@code plainTarget}: the tag is checked (a wrong password or a changed
     * byte is refused) before a byte is written; the content is inflated to at most {@code limit} bytes.
     */
    public static void unseal(Path in, char[] password, Path plainTarget, long limit) {
        Path src = in.toAbsolutePath().normalize();
        byte[] plain = decrypt(src, password);
        try (InputStream inflated = new InflaterInputStream(new ByteArrayInputStream(plain));
             OutputStream out = Files.newOutputStream(plainTarget)) {
            byte[] buf = new byte[1 << 16];
            long total = 0;
            int n;
            while ((n = inflated.read(buf)) > 0) {
                total += n;
                if (total > limit) {
                    throw new StoreException(StoreException.Kind.CORRUPT, "submission.tooLarge", null, src, limit);
                }
                out.write(buf, 0, n);
            }
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.CORRUPT, "unpack.badPassword", e, src);
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }

    /**
     * Unpacks {@code in} into the new ledger file {@code target}, which must not exist. The
     * tag is checked before a byte of plaintext is used, and the result is validated as a
     * ledger (identity, schema version, integrity) before it appears at {@code target}.
     */
    public static Unpacked unpack(Path in, char[] password, Path target) {
        return unpack(in, password, target, () -> true);
    }

    /**
     * {@link #unpack(Path, char[], Path)}, asking {@code commit} before the validated ledger is
     * moved into place: false stops it ({@link CancellationException}) and no file is left.
     */
    public static Unpacked unpack(Path in, char[] password, Path target, BooleanSupplier commit) {
        Path src = in.toAbsolutePath().normalize();
        Path dest = target.toAbsolutePath().normalize();
        if (Files.exists(dest)) {
            throw new StoreException(StoreException.Kind.IO, "unpack.targetExists", null, dest);
        }
        if (Files.isDirectory(src)) {
            throw new StoreException(StoreException.Kind.NOT_A_LEDGER, "store.isFolder", null, src);
        }
        if (!Files.isRegularFile(src)) {
            throw new StoreException(StoreException.Kind.NOT_FOUND, "unpack.notFound", null, src);
        }
        byte[] plain = decrypt(src, password);
        Path staging = dest.resolveSibling(dest.getFileName() + ".unpacking");
        try {
            Files.createDirectories(dest.getParent());
            try (InputStream inflated = new InflaterInputStream(new ByteArrayInputStream(plain))) {
                Files.copy(inflated, staging, StandardCopyOption.REPLACE_EXISTING);
            }
            Arrays.fill(plain, (byte) 0);
            Restore.Prepared prepared = Restore.validateCopy(src, staging, false, "schema.refused.unpack");
            if (!commit.getAsBoolean()) {
                throw new CancellationException();
            }
            Files.move(staging, dest, StandardCopyOption.ATOMIC_MOVE);
            return new Unpacked(dest, prepared.units(), prepared.workers());
        } catch (FileAlreadyExistsException e) {
            throw new StoreException(StoreException.Kind.IO, "unpack.targetExists", e, dest);
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.IO, "store.cannotWrite", e, dest, e.getMessage());
        } finally {
            Backups.deleteQuietly(staging);
        }
    }

    private static byte[] decrypt(Path src, char[] password) {
        try (DataInputStream in = new DataInputStream(Files.newInputStream(src))) {
            byte[] magic = in.readNBytes(MAGIC.length);
            if (!Arrays.equals(magic, MAGIC)) {
                throw new StoreException(StoreException.Kind.NOT_A_LEDGER, "unpack.notPackage", null, src);
            }
            int format = in.readUnsignedShort();
            if (format > FORMAT) {
                throw new StoreException(StoreException.Kind.NEWER_VERSION, "unpack.newerFormat", null, src, format);
            }
            int kdf = in.readUnsignedByte();
            int iterations = in.readInt();
            byte[] salt = in.readNBytes(in.readUnsignedByte());
            byte[] nonce = in.readNBytes(in.readUnsignedByte());
            int flags = in.readUnsignedByte();
            if (format != FORMAT || kdf != KDF_PBKDF2_SHA256 || iterations < ITERATIONS || iterations > MAX_ITERATIONS
                    || salt.length != SALT_BYTES || nonce.length != NONCE_BYTES || flags != FLAG_DEFLATED) {
                throw new StoreException(StoreException.Kind.CORRUPT, "unpack.badPassword", null, src);
            }
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key(password, salt, iterations), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(header(iterations, salt, nonce, flags));
            // GCM hands out no plaintext before the tag has been checked at doFinal.
            byte[] buf = new byte[1 << 16];
            int n;
            while ((n = in.read(buf)) > 0) {
                cipher.update(buf, 0, n);
            }
            return cipher.doFinal();
        } catch (EOFException | AEADBadTagException e) {
            throw new StoreException(StoreException.Kind.CORRUPT, "unpack.badPassword", e, src);
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.IO, "store.cantRead", e, src, e.getMessage());
        } catch (GeneralSecurityException e) {
            throw new StoreException(StoreException.Kind.CORRUPT, "unpack.badPassword", e, src);
        }
    }

    private static byte[] header(int iterations, byte[] salt, byte[] nonce, int flags) throws IOException {
        var bytes = new java.io.ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.write(MAGIC);
            out.writeShort(FORMAT);
            out.writeByte(KDF_PBKDF2_SHA256);
            out.writeInt(iterations);
            out.writeByte(salt.length);
            out.write(salt);
            out.writeByte(nonce.length);
            out.write(nonce);
            out.writeByte(flags);
        }
        return bytes.toByteArray();
    }

    private static SecretKeySpec key(char[] password, byte[] salt, int iterations) throws GeneralSecurityException {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, 256);
        try {
            byte[] raw = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            try {
                return new SecretKeySpec(raw, "AES");
            } finally {
                Arrays.fill(raw, (byte) 0);
            }
        } finally {
            spec.clearPassword();
        }
    }

    private static byte[] random(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return b;
    }
}
