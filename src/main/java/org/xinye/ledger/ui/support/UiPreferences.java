package org.xinye.ledger.ui.support;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.prefs.Preferences;

/** What the window remembers between runs: recent files, language, window bounds, how pages were laid out. */
public final class UiPreferences {
    private static final int RECENT_MAX = 8;
    private final Preferences node;

    public UiPreferences(Preferences node) {
        this.node = node;
    }

    public Preferences node() {
        return node;
    }

    public List<Path> recentFiles() {
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < RECENT_MAX; i++) {
            String p = node.get("recent." + i, null);
            if (p != null) {
                out.add(Path.of(p));
            }
        }
        return out;
    }

    /** Puts a file at the top of the recent list. */
    public void addRecent(Path file) {
        List<Path> list = recentFiles();
        Path abs = file.toAbsolutePath().normalize();
        list.remove(abs);
        list.add(0, abs);
        for (int i = 0; i < RECENT_MAX; i++) {
            if (i < list.size()) {
                node.put("recent." + i, list.get(i).toString());
            } else {
                node.remove("recent." + i);
            }
        }
    }

    public void removeRecent(Path file) {
        List<Path> list = recentFiles();
        list.remove(file.toAbsolutePath().normalize());
        for (int i = 0; i < RECENT_MAX; i++) {
            node.remove("recent." + i);
        }
        for (int i = 0; i < list.size(); i++) {
            node.put("recent." + i, list.get(i).toString());
        }
    }

    public void setLanguage(Locale locale, String key) {
        node.put(key, locale.toLanguageTag());
    }

    /** Window bounds, or null when none were saved. */
    public double[] windowBounds() {
        double w = node.getDouble("window.w", -1);
        if (w <= 0) {
            return null;
        }
        return new double[] {node.getDouble("window.x", 0), node.getDouble("window.y", 0), w,
                node.getDouble("window.h", 700)};
    }

    public boolean windowMaximized() {
        return node.getBoolean("window.maximized", false);
    }

    public void saveWindow(double x, double y, double w, double h, boolean maximized) {
        node.putBoolean("window.maximized", maximized);
        if (!maximized) {
            node.putDouble("window.x", x);
            node.putDouble("window.y", y);
            node.putDouble("window.w", w);
            node.putDouble("window.h", h);
        }
    }

    /** A number a page remembers (a divider's position), or {@code otherwise} when none was kept. */
    public double number(String key, double otherwise) {
        return node.getDouble(key, otherwise);
    }

    public void putNumber(String key, double value) {
        node.putDouble(key, value);
    }

    /** A switch a page remembers (a part shown or folded away). */
    public boolean flag(String key, boolean otherwise) {
        return node.getBoolean(key, otherwise);
    }

    public void putFlag(String key, boolean value) {
        node.putBoolean(key, value);
    }
}
