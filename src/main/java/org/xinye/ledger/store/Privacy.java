package org.xinye.ledger.store;

/**
 * The ledger's privacy setting: whether ID numbers and mobiles are masked on screen and
 * preselected as masked for export (on unless turned off). It lives in the ledger so it
 * travels with the file, and every change of it is in the audit log.
 */
public final class Privacy {
    public static final String MASK = "privacy.mask";

    private Privacy() {
    }

    public static boolean masking(Session s) {
        return s.settings().flag(MASK, true);
    }

    /** Changes the setting inside the caller's write transaction and records who did it. */
    public static void setMasking(Session s, boolean on) {
        boolean before = masking(s);
        if (before == on) {
            return;
        }
        s.settings().put(MASK, Boolean.toString(on));
        s.audit().append("setting", null, on ? "MASKING_ON" : "MASKING_OFF",
                "{\"" + MASK + "\": " + before + "}", "{\"" + MASK + "\": " + on + "}");
    }
}
