package org.xinye.ledger.domain;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The one resource bundle every layer speaks through. Simplified Chinese is the base
 * bundle; English is {@code messages_en}. The no-fallback control matters: without it a
 * JVM whose default locale is English would answer a Chinese request from the English
 * bundle.
 */
public final class Messages {
    public static final String BUNDLE = "org.xinye.ledger.i18n.messages";
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private static volatile ResourceBundle bundle = load(CHINESE);

    private Messages() {
    }

    public static ResourceBundle load(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Chooses the language for everything said from now on. */
    public static void use(Locale locale) {
        bundle = load(locale);
    }

    public static Locale locale() {
        Locale l = bundle.getLocale();
        return l == null || l.getLanguage().isEmpty() ? CHINESE : l;
    }

    public static ResourceBundle bundle() {
        return bundle;
    }

    public static String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale()).format(args);
    }

    /** Whether the bundle has {@code key} (for texts that exist for some codes only). */
    public static boolean has(String key) {
        return bundle.containsKey(key);
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
        return code == null || !bundle.containsKey(key) ? code : bundle.getString(key);
    }

    /** The label of an enum constant, key {@code enum.<Type>.<NAME>}. */
    public static String label(Enum<?> value) {
        return value == null ? "" : get("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }
}
