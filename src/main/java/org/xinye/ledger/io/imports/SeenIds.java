package org.xinye.ledger.io.imports;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The ID numbers an import has met, with the row of each one's first appearance. A checked
 * ID number is fixed by its first 17 digits (the 18th is their check character), so each is
 * kept as one long in an open-addressing table: a HashMap of strings to boxed row numbers
 * was a third of the live heap of a 100,000-row import, copied by every young collection.
 * The rare number with digits other than ASCII ones goes to a map.
 */
final class SeenIds {
    private static final long FREE = -1;
    private long[] keys = new long[1 << 12];
    private int[] rows = new int[keys.length];
    private int size;
    private final Map<String, Integer> others = new HashMap<>();

    SeenIds() {
        Arrays.fill(keys, FREE);
    }

    /** Records {@code row} for an ID number; the row it was first met on when it was met before, else -1. */
    int putIfAbsent(String idNumber, int row) {
        long key = key(idNumber);
        if (key == FREE) {
            Integer first = others.putIfAbsent(idNumber, row);
            return first == null ? -1 : first;
        }
        int i = slot(key);
        if (keys[i] == key) {
            return rows[i];
        }
        keys[i] = key;
        rows[i] = row;
        if (++size * 2 > keys.length) {
            grow();
        }
        return -1;
    }

    /** Whether the import met this ID number. */
    boolean contains(String idNumber) {
        long key = key(idNumber);
        return key == FREE ? others.containsKey(idNumber) : keys[slot(key)] == key;
    }

    /** The first 17 digits as a number; FREE unless the text is 18 characters starting with 17 ASCII digits. */
    private static long key(String id) {
        if (id == null || id.length() != 18) {
            return FREE;
        }
        long k = 0;
        for (int i = 0; i < 17; i++) {
            char c = id.charAt(i);
            if (c < '0' || c > '9') {
                return FREE;
            }
            k = k * 10 + (c - '0');
        }
        return k;
    }

    /** The slot holding {@code key}, or the free slot where it belongs. */
    private int slot(long key) {
        int mask = keys.length - 1;
        int i = Long.hashCode(key * 0x9E3779B97F4A7C15L) & mask;
        while (keys[i] != FREE && keys[i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldRows = rows;
        keys = new long[oldKeys.length * 2];
        rows = new int[keys.length];
        Arrays.fill(keys, FREE);
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != FREE) {
                int i = slot(oldKeys[j]);
                keys[i] = oldKeys[j];
                rows[i] = oldRows[j];
            }
        }
    }
}
