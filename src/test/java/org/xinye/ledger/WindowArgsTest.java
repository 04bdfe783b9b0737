package org.xinye.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WindowArgsTest {
    @TempDir
    Path dir;

    @Test
    void theWindowTakesItsOwnOptionsAndOneLedgerFile() throws IOException {
        Path backup = Files.writeString(dir.resolve("ledger-copy.bak"), "x");
        assertTrue(WindowArgs.accepts(List.of()));
        assertTrue(WindowArgs.accepts(List.of("--db", "D:/台账/ledger.xldb")));
        assertTrue(WindowArgs.accepts(List.of("C:\\Users\\cadre\\Desktop\\东河区.XLDB")), "a double-clicked file");
        assertTrue(WindowArgs.accepts(List.of(backup.toString())), "an existing file opened with the app");
        assertTrue(WindowArgs.accepts(List.of("--db=x.xldb", "--snapshot", "p.png", "--page", "people", "--target", "3")));
        assertTrue(WindowArgs.accepts(List.of("--startup-probe", "--db", "x.xldb")));
    }

    @Test
    void anythingElseIsAMistypedCommandForTheCommandLine() {
        assertFalse(WindowArgs.accepts(List.of("bogus")));
        assertFalse(WindowArgs.accepts(List.of("CHECK", "--db", "x.xldb")));
        assertFalse(WindowArgs.accepts(List.of("--db", "x.xldb", "check")));
        assertFalse(WindowArgs.accepts(List.of("--bogus")));
        assertFalse(WindowArgs.accepts(List.of("--db")), "an option without its value");
        assertFalse(WindowArgs.accepts(List.of("a.xldb", "b.xldb")));
    }

    @Test
    void optionsAndTheBarePathAreRead() {
        List<String> args = List.of("--page", "people", "东河区.xldb", "--target=12");
        assertEquals(Optional.of("东河区.xldb"), WindowArgs.positional(args));
        assertEquals(Optional.of("12"), WindowArgs.option(args, "--target"));
        assertEquals(Optional.empty(), WindowArgs.option(args, "--db"));
    }
}
