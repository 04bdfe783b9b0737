package org.xinye.ledger.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

class WindowPlacementTest {
    /** A 1366×768 laptop with a 40 px task bar at the bottom. */
    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1366, 728);
    private static final Rectangle2D FULL_HD = new Rectangle2D(0, 0, 1920, 1040);
    /** An office monitor to the right of the laptop. */
    private static final Rectangle2D MONITOR = new Rectangle2D(1366, 0, 1920, 1040);

    @Test
    void aFirstStartOnASmallScreenFillsItsUsableArea() {
        WindowPlacement.Bounds b = WindowPlacement.place(List.of(LAPTOP), null, false);
        assertEquals(new WindowPlacement.Bounds(0, 0, 1366, 728, true), b);
        assertTrue(WindowPlacement.inside(List.of(LAPTOP), b.rectangle()));
        assertTrue(WindowPlacement.place(List.of(new Rectangle2D(0, 0, 1280, 720)), null, false).maximized());
    }

    @Test
    void aFirstStartOnABigScreenIsCentredAtThePreferredSize() {
        WindowPlacement.Bounds b = WindowPlacement.place(List.of(FULL_HD), null, false);
        assertEquals(new WindowPlacement.Bounds(320, 120, 1280, 800, false), b);
    }

    @Test
    void rememberedBoundsThatFitAreKept() {
        Rectangle2D saved = new Rectangle2D(100, 50, 1100, 650);
        assertEquals(new WindowPlacement.Bounds(100, 50, 1100, 650, false),
                WindowPlacement.place(List.of(LAPTOP), saved, false));
        assertTrue(WindowPlacement.place(List.of(LAPTOP), saved, true).maximized());
    }

    @Test
    void boundsFromAMonitorThatIsGoneComeBackOntoTheLaptop() {
        Rectangle2D onMonitor = new Rectangle2D(1500, 100, 1600, 900);
        WindowPlacement.Bounds withMonitor = WindowPlacement.place(List.of(LAPTOP, MONITOR), onMonitor, false);
        assertEquals(new WindowPlacement.Bounds(1500, 100, 1600, 900, false), withMonitor, "the monitor is still there");
        WindowPlacement.Bounds alone = WindowPlacement.place(List.of(LAPTOP), onMonitor, false);
        assertTrue(WindowPlacement.inside(List.of(LAPTOP), alone.rectangle()), alone.toString());
        assertTrue(alone.maximized(), "bounds larger than the laptop's screen open maximized");
    }

    @Test
    void boundsTallerThanTheScreenAreShrunkAndMovedOntoIt() {
        // Saved on a 1280×800 screen, opened on the 1366×768 laptop: the status bar was below the screen.
        Rectangle2D saved = new Rectangle2D(40, 20, 1280, 800);
        WindowPlacement.Bounds b = WindowPlacement.place(List.of(LAPTOP), saved, false);
        assertEquals(new WindowPlacement.Bounds(40, 0, 1280, 728, false), b);
        assertTrue(WindowPlacement.inside(List.of(LAPTOP), b.rectangle()));
    }

    @Test
    void aWindowMostlyOffTheScreenIsPulledBackOntoIt() {
        Rectangle2D offLeft = new Rectangle2D(-700, 300, 1000, 600);
        assertFalse(WindowPlacement.inside(List.of(LAPTOP), offLeft));
        assertEquals(new WindowPlacement.Bounds(0, 128, 1000, 600, false), WindowPlacement.place(List.of(LAPTOP), offLeft, false));
        Rectangle2D farAway = new Rectangle2D(-5000, -3000, 1000, 600);
        assertEquals(new WindowPlacement.Bounds(0, 0, 1366, 728, true), WindowPlacement.place(List.of(LAPTOP), farAway, false),
                "nothing of it on any screen: a first start");
    }
}
