package org.xinye.ledger.io.imports;

/** Where an import reports how far it is, and learns whether to stop. */
public interface ImportProgress {
    ImportProgress NONE = new ImportProgress() {
        @Override
        public void update(double fraction, String message) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** Fraction 0–1, or negative when unknown. */
    void update(double fraction, String message);

    boolean isCancelled();
}
