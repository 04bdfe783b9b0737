package org.xinye.ledger.io.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.xinye.ledger.io.RosterFiles;

class SeenIdsTest {
    @Test
    void givesTheFirstRowOfEachIdLikeAMap() {
        SeenIds seen = new SeenIds();
        Map<String, Integer> map = new HashMap<>();
        for (int row = 2; row < 60_000; row++) {
            // Every third row repeats an earlier ID.
            String id = RosterFiles.id(row % 3 == 0 ? row / 7 : row);
            Integer expected = map.putIfAbsent(id, row);
            assertEquals(expected == null ? -1 : expected, seen.putIfAbsent(id, row), id);
        }
        for (int n = 0; n < 70_000; n++) {
            String id = RosterFiles.id(n);
            assertEquals(map.containsKey(id), seen.contains(id), id);
        }
    }

    @Test
    void idsWithOtherDigitsAndOtherTextAreKeptApart() {
        SeenIds seen = new SeenIds();
        String ascii = RosterFiles.id(5);
        // Arabic-Indic digits pass Character.isDigit, so such an ID can come through the check.
        String other = ascii.substring(0, 6) + "\u0661\u0669" + ascii.substring(8);
        assertEquals(-1, seen.putIfAbsent(ascii, 2));
        assertEquals(-1, seen.putIfAbsent(other, 3));
        assertEquals(3, seen.putIfAbsent(other, 9));
        assertEquals(2, seen.putIfAbsent(ascii, 10));
        assertTrue(seen.contains(other));
        assertFalse(seen.contains(ascii.substring(0, 17)));
        assertFalse(seen.contains("1502031970010100X3"));
        assertFalse(seen.contains(null));
    }
}
