package org.xinye.ledger.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xinye.ledger.TestIds;
import org.xinye.ledger.domain.IdNumber;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.domain.Worker;

/**
 * {@link Ledger#openCheckingLater}: a big ledger's whole-file check after opening. Identity and
 * schema are checked on opening as always; until the check passes nothing can be written, and
 * a damaged file is refused by the check, untouched.
 */
class CheckLaterTest {
    @TempDir
    Path dir;
    private Path file;

    @BeforeEach
    void ledgerWithPeople() {
        Messages.use(Messages.CHINESE);
        file = dir.resolve("city.xldb");
        List<Worker> workers = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            workers.add(Worker.of(IdNumber.of(TestIds.id(i)), "工人" + i).withId((long) i + 1));
        }
        try (Ledger l = Ledger.open(file, Ledger.Mode.WRITE)) {
            l.writing(s -> s.workers().insertAll(workers));
        }
    }

    @Test
    void aBigSoundLedgerCanBeReadAtOnceAndWrittenOnlyOnceItsCheckPassed() {
        try (Ledger l = Ledger.openCheckingLater(file, 0)) {
            assertTrue(l.checkPending());
            assertTrue(l.isReadOnly());
            assertEquals(400L, (long) l.read(s -> s.workers().count()), "read at once");
            StoreException e = assertThrows(StoreException.class, () -> l.writing(s -> s.workers().insertAll(
                    List.of(Worker.of(IdNumber.of(TestIds.id(900)), "新人")))));
            assertEquals(StoreException.Kind.READ_ONLY, e.kind());
            assertEquals("store.checkPending", e.messageKey());
            assertTrue(e.getLocalizedMessage().contains("检查"), e.getLocalizedMessage());
            assertThrows(StoreException.class, l::scrub, "no checkpoint either");

            l.completeCheck();
            assertFalse(l.checkPending());
            assertFalse(l.isReadOnly());
            l.writing(s -> s.workers().insertAll(List.of(Worker.of(IdNumber.of(TestIds.id(900)), "新人"))));
            assertEquals(401L, (long) l.read(s -> s.workers().count()));
            l.completeCheck(); // a second call does nothing
        }
    }

    @Test
    void aBigDamagedLedgerOpensForReadingButItsCheckRefusesItAndNothingIsWritten() throws IOException {
        Corruption.scribbleOverATablePage(file, "worker");
        byte[] before = Files.readAllBytes(file);
        try (Ledger l = Ledger.openCheckingLater(file, 0)) {
            assertTrue(l.checkPending());
            StoreException e = assertThrows(StoreException.class, l::completeCheck);
            assertEquals(StoreException.Kind.CORRUPT, e.kind());
            assertEquals("store.damaged", e.messageKey());
            assertEquals(file.toAbsolutePath().normalize(), e.args()[0], "the refusal names the file");
            assertTrue(l.checkPending(), "still not passed");
            StoreException write = assertThrows(StoreException.class, () -> l.writing(s -> s.settings().issuingUnit()));
            assertEquals(StoreException.Kind.CORRUPT, write.kind(), "writes are refused as damaged now");
        }
        assertArrayEquals(before, Files.readAllBytes(file), "nothing written to the damaged file");
    }

    @Test
    void aSmallerFileThanTheThresholdIsCheckedOnOpeningAsBefore() throws IOException {
        Corruption.scribbleOverATablePage(file, "worker");
        byte[] before = Files.readAllBytes(file);
        StoreException e = assertThrows(StoreException.class,
                () -> Ledger.openCheckingLater(file, Files.size(file)).close());
        assertEquals(StoreException.Kind.CORRUPT, e.kind());
        assertArrayEquals(before, Files.readAllBytes(file));
        assertFalse(Files.exists(dir.resolve("city.xldb-wal")), "refused before the WAL was opened");
    }

    @Test
    void aFileNotInWalModeIsCheckedOnOpeningBecauseOpeningWritesToIt() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("PRAGMA journal_mode = DELETE");
        }
        try (Ledger l = Ledger.openCheckingLater(file, 0)) {
            assertFalse(l.checkPending(), "checked whole before the switch to WAL");
            assertFalse(l.isReadOnly());
        }
    }

    @Test
    void closingStopsTheCheckAndAClosedLedgerIsNotChecked() {
        Ledger l = Ledger.openCheckingLater(file, 0);
        l.close();
        assertThrows(IllegalStateException.class, l::completeCheck);
        assertTrue(l.checkPending());
    }
}
