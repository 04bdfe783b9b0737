package org.xinye.ledger.domain;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.FutureTask;

/**
 * The one resource bundle every layer speaks through. Simplified Chinese is the base
 * bundle; English is {@code messages_en}. The no-fallback control matters: without it a
 * JVM whose default locale is English would answer a Chinese request from the English
 * bundle.
 */
public final class Messages {
    public static final String BUNDLE = "org.xinye.ledger.i18n.messages";
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    /** Null until the first message is asked for, or a language is chosen. */
    private static volatile ResourceBundle bundle;
    /** The language being read from the preferences ({@link #useWhenKnown}); null once known. */
    private static volatile FutureTask<Locale> pending;

    private Messages() {
    }

    public static ResourceBundle load(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Chooses the language for everything said from now on. */
    public static void use(Locale locale) {
        synchronized (Messages.class) {
            pending = null;
            bundle = load(locale);
        }
    }

    /**
     * Chooses the language that {@code locale} will give: the first message asked for waits for it. The
     * command line reads the saved language beside its start and goes on meanwhile (a command's first words
     * come after it has opened its files).
     */
    public static void useWhenKnown(FutureTask<Locale> locale) {
        synchronized (Messages.class) {
            pending = locale;
        }
    }

    private static ResourceBundle current() {
        ResourceBundle b = bundle;
        if (b != null && pending == null) {
            return b;
        }
        synchronized (Messages.class) {
            if (pending != null) {
                bundle = load(Await.result(pending));
                pending = null;
            } else if (bundle == null) {
                bundle = load(CHINESE);
            }
            return bundle;
        }
    }

    public static Locale locale() {
        Locale l = current().getLocale();
        return l == null || l.getLanguage().isEmpty() ? CHINESE : l;
    }

    public static ResourceBundle bundle() {
        return current();
    }

    public static String get(String key, Object... args) {
        String pattern;
        try {
            pattern = current().getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale()).format(args);
    }

    /** Whether the bundle has {@code key} (for texts that exist for some codes only). */
    public static boolean has(String key) {
        return current().containsKey(key);
    }

    /** What the audit log's entity code (a table name such as {@code worker}) is called; the code if it has no label. */
    public static String auditEntity(String code) {
        return labelOr("audit.entity." + code, code);
    }

    /** What the audit log's action code (such as {@code IMPORT}) is called; the code if it has no label. */
    public static String auditAction(String code) {
        return labelOr("audit.action." + code, code);
    }

    private static String labelOr(String key, String code) {
        ResourceBundle b = current();
        return code == null || !b.containsKey(key) ? code : b.getString(key);
    }

    /** The label of an enum constant, key {@code enum.<Type>.<NAME>}. */
    public static String label(Enum<?> value) {
        return value == null ? "" : get("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }
}
