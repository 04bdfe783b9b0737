package org.xinye.ledger.ui.shell;

import java.util.List;
import javafx.geometry.Rectangle2D;

/**
 * Where the main window opens. The first start fills the screen's usable area (without the
 * task bar) when the screen is smaller than the window would like to be, and is centred on it
 * otherwise. Remembered bounds are kept while they fit a screen that is still there; bounds
 * from a monitor that is gone, or larger than the screen now, are moved and shrunk onto one
 * (a laptop that left its office monitor opens on its own screen, status bar visible).
 */
public final class WindowPlacement {
    /** The size the window would like on a big screen. */
    public static final double PREFERRED_WIDTH = 1280;
    public static final double PREFERRED_HEIGHT = 800;
    /** Below this the pages stop working; every page works from 1280×720 up. */
    public static final double MIN_WIDTH = 960;
    public static final double MIN_HEIGHT = 600;
    /** How much of remembered bounds must lie on a screen for them to count as still on it. */
    private static final double VISIBLE_PART = 120;

    /** The window's bounds, and whether it opens maximized. */
    public record Bounds(double x, double y, double width, double height, boolean maximized) {
        public Rectangle2D rectangle() {
            return new Rectangle2D(x, y, width, height);
        }
    }

    private WindowPlacement() {
    }

    /**
     * @param screens the usable area of each screen, the primary first
     * @param saved   the remembered bounds, or null on the first start
     * @param savedMaximized whether the window was maximized when it was closed
     */
    public static Bounds place(List<Rectangle2D> screens, Rectangle2D saved, boolean savedMaximized) {
        if (screens.isEmpty()) {
            return new Bounds(0, 0, PREFERRED_WIDTH, PREFERRED_HEIGHT, false);
        }
        if (saved == null) {
            return firstStart(screens.get(0));
        }
        Rectangle2D screen = screenOf(screens, saved);
        if (screen == null) {
            // Remembered on a monitor that is gone: start over on the primary screen.
            return firstStart(screens.get(0));
        }
        boolean tooBig = saved.getWidth() >= screen.getWidth() && saved.getHeight() >= screen.getHeight();
        double w = Math.min(saved.getWidth(), screen.getWidth());
        double h = Math.min(saved.getHeight(), screen.getHeight());
        double x = clamp(saved.getMinX(), screen.getMinX(), screen.getMaxX() - w);
        double y = clamp(saved.getMinY(), screen.getMinY(), screen.getMaxY() - h);
        return new Bounds(x, y, w, h, savedMaximized || tooBig);
    }

    private static Bounds firstStart(Rectangle2D screen) {
        if (screen.getWidth() < PREFERRED_WIDTH || screen.getHeight() < PREFERRED_HEIGHT) {
            return new Bounds(screen.getMinX(), screen.getMinY(), screen.getWidth(), screen.getHeight(), true);
        }
        return new Bounds(screen.getMinX() + (screen.getWidth() - PREFERRED_WIDTH) / 2,
                screen.getMinY() + (screen.getHeight() - PREFERRED_HEIGHT) / 2, PREFERRED_WIDTH, PREFERRED_HEIGHT, false);
    }

    /** The screen that shows the most of {@code r}, or null when none shows enough of it to grab. */
    private static Rectangle2D screenOf(List<Rectangle2D> screens, Rectangle2D r) {
        Rectangle2D best = null;
        double bestArea = 0;
        for (Rectangle2D s : screens) {
            double w = Math.min(r.getMaxX(), s.getMaxX()) - Math.max(r.getMinX(), s.getMinX());
            double h = Math.min(r.getMaxY(), s.getMaxY()) - Math.max(r.getMinY(), s.getMinY());
            if (w >= Math.min(VISIBLE_PART, r.getWidth()) && h >= Math.min(VISIBLE_PART / 3, r.getHeight())
                    && w * h > bestArea) {
                best = s;
                bestArea = w * h;
            }
        }
        return best;
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(v, max));
    }

    /** Whether {@code window} lies wholly inside one of {@code screens} (half a pixel of rounding allowed). */
    public static boolean inside(List<Rectangle2D> screens, Rectangle2D window) {
        for (Rectangle2D s : screens) {
            if (window.getMinX() >= s.getMinX() - 0.5 && window.getMinY() >= s.getMinY() - 0.5
                    && window.getMaxX() <= s.getMaxX() + 0.5 && window.getMaxY() <= s.getMaxY() + 0.5) {
                return true;
            }
        }
        return false;
    }
}
