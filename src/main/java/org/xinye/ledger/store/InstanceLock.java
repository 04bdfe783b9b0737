package org.xinye.ledger.store;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The single-writer lock: an OS file lock on a file beside the ledger. The OS drops it when
 * the process dies, so a crash never leaves the ledger locked. Who holds it is written at
 * the start of the file; the lock itself is on a byte far past the end, so the note stays
 * readable while locked (Windows forbids reading a locked range).
 */
final class InstanceLock implements AutoCloseable {
    private static final long LOCK_POSITION = 1L << 30;

    private final FileChannel channel;
    private final FileLock lock;

    private InstanceLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static InstanceLock acquire(Path ledger, String purpose) {
        Path lockPath = LedgerFiles.lockFile(ledger);
        FileChannel ch;
        try {
            ch = FileChannel.open(lockPath, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ);
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.READ_ONLY, "store.lockUnwritable", e, lockPath);
        }
        FileLock fl;
        try {
            fl = ch.tryLock(LOCK_POSITION, 1, false);
        } catch (OverlappingFileLockException e) {
            fl = null;
        } catch (IOException e) {
            closeQuietly(ch);
            throw new StoreException(StoreException.Kind.IO, "store.lockFailed", e, lockPath);
        }
        if (fl == null) {
            String holder = holder(ch);
            closeQuietly(ch);
            throw new StoreException(StoreException.Kind.LOCKED, "store.locked", null, ledger, holder);
        }
        try {
            long pid = ProcessHandle.current().pid();
            String note = pid + " " + System.getProperty("user.name", "?") + " " + pid + "@" + hostName() + " "
                    + purpose + "\n";
            ch.truncate(0);
            ch.write(ByteBuffer.wrap(note.getBytes(StandardCharsets.UTF_8)), 0);
        } catch (IOException e) {
            // The lock holds without its note; the note only makes the refusal message friendlier.
        }
        return new InstanceLock(ch, fl);
    }

    /** As the runtime MXBean names this JVM ({@code pid@host}), without loading the management classes. */
    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }

    private static String holder(FileChannel ch) {
        try {
            ByteBuffer buf = ByteBuffer.allocate(512);
            int n = ch.read(buf, 0);
            if (n <= 0) {
                return "?";
            }
            String[] parts = new String(buf.array(), 0, n, StandardCharsets.UTF_8).trim().split(" ");
            // pid user host purpose
            return parts.length >= 4 ? parts[3] + " (PID " + parts[0] + ", " + parts[1] + ")" : "?";
        } catch (IOException e) {
            return "?";
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // released anyway when the channel closes
        }
        // The file stays: deleting it would let a process that already opened it lock a
        // deleted inode while a third creates a fresh one, and both would think they hold it.
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel ch) {
        try {
            ch.close();
        } catch (IOException e) {
            // nothing to do
        }
    }
}
