package org.xinye.ledger.store;

import java.nio.file.Path;

/** Lets tests in other packages make a file read-only the way {@link FaultBarsTest} does. */
public final class FaultBarsTestAccess {
    private FaultBarsTestAccess() {
    }

    public static boolean makeReadOnly(Path file) throws Exception {
        return FaultBarsTest.makeReadOnly(file);
    }

    public static void makeWritable(Path file) throws Exception {
        FaultBarsTest.makeWritable(file);
    }
}
