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

    /**
     * Called once, when everything is written and verified and only the commit is left: the
     * point of no return. Answers whether to commit; false rolls the whole import back (a cancel
     * that came in time). From a true answer on, a cancel can no longer be honoured: the caller
     * shows that the import is being written.
     */
    default boolean committing() {
        return !isCancelled();
    }
}
