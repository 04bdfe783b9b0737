package org.xinye.ledger.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.beans.property.SimpleIntegerProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.ui.FakeDialogs;

/**
 * Quitting while a job writes: the window asks (wait, or cancel it), says it waits, and closes by
 * itself once the writes have ended; with nothing writing it closes at once, and going back
 * keeps it open.
 */
class QuitGuardTest {
    private final FakeDialogs dialogs = new FakeDialogs();
    private final SimpleIntegerProperty writing = new SimpleIntegerProperty();
    private int exits;
    private int stopsAsked;
    private QuitGuard guard;

    @BeforeEach
    void guard() {
        Messages.use(Messages.CHINESE);
        guard = new QuitGuard(writing, () -> "正在恢复台账…", () -> stopsAsked++, dialogs, () -> exits++);
    }

    @Test
    void nothingWritingClosesAtOnceWithoutAsking() {
        assertTrue(guard.mayCloseNow());
        guard.quit();
        assertEquals(1, exits);
        assertTrue(dialogs.shown.isEmpty(), dialogs.shown.toString());
    }

    @Test
    void waitingForTheWriteClosesOnceItEndedAndSaysSoMeanwhile() {
        writing.set(1);
        dialogs.choices.add(QuitGuard.WAIT);
        assertFalse(guard.mayCloseNow(), "the window stays while the write runs");
        assertTrue(dialogs.shown.get(0).startsWith("choose: " + Messages.get("quit.title")), dialogs.shown.toString());
        assertTrue(dialogs.shown.get(0).contains(Messages.get("quit.wait")) && dialogs.shown.get(0).contains(
                Messages.get("quit.cancel")), dialogs.shown.toString());
        assertEquals(Messages.get("quit.waiting", "正在恢复台账…"), guard.waitingProperty().get());
        assertEquals(0, stopsAsked, "waiting does not cancel");
        assertFalse(guard.mayCloseNow(), "asked once: a second close keeps waiting");
        assertEquals(1, dialogs.shown.size());
        writing.set(0);
        assertEquals(1, exits, "closed once the write ended");
        assertEquals("", guard.waitingProperty().get());
    }

    @Test
    void cancellingAsksEveryWriteToStopThenClosesWhenTheyEnded() {
        writing.set(2);
        dialogs.choices.add(QuitGuard.CANCEL);
        guard.quit();
        assertEquals(1, stopsAsked);
        assertEquals(0, exits, "a write past its point of no return still finishes");
        writing.set(1);
        assertEquals(0, exits);
        writing.set(0);
        assertEquals(1, exits);
    }

    @Test
    void goingBackKeepsTheWindowAndItsWrite() {
        writing.set(1);
        dialogs.choices.add(-1);
        QuitGuard back = guard;
        assertFalse(back.mayCloseNow());
        writing.set(0);
        assertEquals(0, exits, "not closed later either");
        assertEquals(0, stopsAsked);
        assertTrue(back.mayCloseNow(), "asked again, with nothing writing now, it closes");
    }
}
