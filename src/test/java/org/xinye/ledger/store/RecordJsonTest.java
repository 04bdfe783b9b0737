package org.xinye.ledger.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RecordJsonTest {
    @Test
    void aFileNameWithALineBreakQuotesAndBackslashesReadsBackExactly() {
        String name = "第一批\n\"名单\"\\2026\t.xlsx\r\u0000\u001f\u2028";
        Map<String, Object> note = new LinkedHashMap<>();
        note.put("file", name);
        String json = RecordJson.write(note);
        assertFalse(json.contains("\n"), "one line: " + json);
        assertEquals(note, RecordJson.parseObject(json));
    }

    @Test
    void loneSurrogatesAreEscapedSoUtf8CanCarryThemAndPairsStayAsTheyAre() {
        String s = "a\ud800b\udc00c\ud83d\ude00";
        String json = RecordJson.quote(s);
        assertEquals("\"a\\ud800b\\udc00c\ud83d\ude00\"", json);
        assertEquals(s, RecordJson.parse(json));
    }

    @Test
    void anyStringRoundTrips() {
        Random r = new Random(17);
        for (int i = 0; i < 2_000; i++) {
            char[] cs = new char[r.nextInt(12)];
            for (int k = 0; k < cs.length; k++) {
                cs[k] = (char) (r.nextBoolean() ? r.nextInt(0x80) : r.nextInt(0x10000));
            }
            String s = new String(cs);
            assertEquals(List.of(s), RecordJson.parse(RecordJson.write(List.of(s))));
        }
    }

    @Test
    void numbersBooleansNullAndNestingComeBackAsWritten() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("n", 42L);
        m.put("neg", -7L);
        m.put("x", 1.5);
        m.put("big", 1.0E21);
        m.put("t", true);
        m.put("nil", null);
        m.put("list", List.of(1L, List.of(), Map.of()));
        assertEquals(m, RecordJson.parse(RecordJson.write(m)));
        assertEquals(1.0E20, RecordJson.parse("100000000000000000000"), "beyond a long: a double");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "{", "[1,]", "{\"a\":1,}", "{'a':1}", "{a:1}", "\"tab\there\"", "\"a\\x\"",
        "\"\\u12\"", "\"\\u12g4\"", "01", "+1", ".5", "1.", "1e", "-", "NaN", "Infinity", "tru", "nul",
        "{\"a\":1}x", "{\"a\":1,\"a\":2}", "[1 2]", "\u00a0[]", "\"unterminated", "\"\\"})
    void whatIsNotJsonIsRefusedWithItsPosition(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RecordJson.parse(text));
        assertTrue(e.getMessage().startsWith("JSON") || e.getMessage().startsWith("not"), e.getMessage());
    }

    @Test
    void nestingWithoutBoundIsRefusedNotAStackOverflow() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        assertThrows(IllegalArgumentException.class, () -> RecordJson.parse(deep));
        String ok = "[".repeat(RecordJson.MAX_DEPTH) + "]".repeat(RecordJson.MAX_DEPTH);
        RecordJson.parse(ok);
    }

    @Test
    void rfc8259ExamplesParse() {
        Object v = RecordJson.parse(" { \"Image\": {\"Width\": 800, \"Title\": \"View from 15th Floor\", "
                + "\"IDs\": [116, 943, 234, 38793], \"Ratio\": -0.5e-3, \"Url\": \"http:\\/\\/x\"} }\r\n");
        @SuppressWarnings("unchecked")
        Map<String, Object> image = (Map<String, Object>) ((Map<String, Object>) v).get("Image");
        assertEquals(800L, image.get("Width"));
        assertEquals(-0.5e-3, image.get("Ratio"));
        assertEquals("http://x", image.get("Url"));
    }

    @Test
    void theReadableFormPutsArrayItemsOnTheirOwnLinesAndRoundsFractions() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rate", 2.0 / 3);
        m.put("rows", List.of(Map.of("a", 1L), "x\ny"));
        assertEquals("{\"rate\": 0.666667, \"rows\": [\n    {\"a\": 1},\n    \"x\\ny\"\n  ]}", RecordJson.writeReadable(m));
        assertEquals(m.get("rows"), ((Map<?, ?>) RecordJson.parse(RecordJson.writeReadable(m))).get("rows"));
    }
}
