package org.xinye.ledger.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Labels break between words only; running text never inside a number. */
class LineBreakerTest {
    /** Every character 10 wide, a space 5. */
    private static final LineBreaker.Measure TEN = s -> {
        float w = 0;
        for (char c : s.toCharArray()) {
            w += c == ' ' ? 5 : 10;
        }
        return w;
    };

    @Test
    void aChineseLabelIsOneWordWhateverTheWidth() {
        assertEquals(List.of("组织覆盖率"), LineBreaker.label("组织覆盖率", TEN, 20));
        assertEquals(50f, LineBreaker.widestWord("组织覆盖率", TEN));
    }

    @Test
    void aLabelBreaksAfterASlashAndAtSpaces() {
        assertEquals(List.of("区域/", "行业"), LineBreaker.label("区域/行业", TEN, 40));
        assertEquals(List.of("区域/行业"), LineBreaker.label("区域/行业", TEN, 50));
        assertEquals(List.of("Org", "coverage"), LineBreaker.label("Org coverage", TEN, 100));
        assertEquals(List.of("Org coverage"), LineBreaker.label("Org coverage", TEN, 125));
        assertEquals(80f, LineBreaker.widestWord("Org coverage", TEN));
    }

    @Test
    void runningTextKeepsNumbersWhole() {
        List<String> lines = LineBreaker.text("覆盖率为20.8%", TEN, 60);
        assertEquals(List.of("覆盖率为", "20.8%"), lines);
    }
}
