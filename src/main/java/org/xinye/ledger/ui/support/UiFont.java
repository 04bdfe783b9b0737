package org.xinye.ledger.ui.support;

import java.util.List;
import java.util.Locale;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/** The window's CJK font, and how wide a text is in it (to size columns before they are shown). */
public final class UiFont {
    /** The body size of app.css. */
    public static final double SIZE = 13;
    private static String family;

    private UiFont() {
    }

    /** The platform's own CJK UI font, else the first installed of the usual families. */
    public static synchronized String family() {
        if (family == null) {
            family = find();
        }
        return family;
    }

    private static String find() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            return "Microsoft YaHei UI";
        }
        if (os.contains("mac")) {
            return "PingFang SC";
        }
        List<String> families = Font.getFamilies();
        for (String f : List.of("Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "WenQuanYi Micro Hei",
                "WenQuanYi Zen Hei", "Droid Sans Fallback")) {
            if (families.contains(f)) {
                return f;
            }
        }
        return "System";
    }

    /** The width of {@code text} at the body size, bold for headers. */
    public static double width(String text, boolean bold) {
        Text t = new Text(text);
        t.setFont(Font.font(family(), bold ? FontWeight.BOLD : FontWeight.NORMAL, SIZE));
        return t.getLayoutBounds().getWidth();
    }
}
