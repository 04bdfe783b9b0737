package org.xinye.ledger.io.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The scanner's skips and searches, also where what it looks for lies across a refill of its 64 KiB buffer. */
class XmlScannerTest {
    private static final String LONG = "x".repeat(70_000);

    private static List<String> texts(String xml) throws IOException {
        XmlScanner s = new XmlScanner(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        List<String> out = new ArrayList<>();
        for (int t = s.next(); t != XmlScanner.EOF; t = s.next()) {
            if (t == XmlScanner.START && s.is("t")) {
                out.add(s.elementText());
            }
        }
        return out;
    }

    @Test
    void skipsCommentsAndInstructionsWithNearMissesInside() throws IOException {
        assertEquals(List.of("甲", "乙"), texts("<?xml a='?'?><r><!-- - -- -> --><t>甲</t><?pi ? >?><t>乙</t></r>"));
    }

    @Test
    void findsTheEndOfACommentBeyondTheFirstBuffer() throws IOException {
        assertEquals(List.of("甲"), texts("<r><!--" + LONG + "-- -->" + "<t>甲</t></r>"));
    }

    @Test
    void readsCdataLongerThanTheBufferWithNearMissesInside() throws IOException {
        assertEquals(List.of("a]]b]" + LONG + "]>"), texts("<r><t><![CDATA[a]]b]" + LONG + "]>]]></t></r>"));
    }

    @Test
    void anUnendedCommentIsDamage() {
        assertThrows(IOException.class, () -> texts("<r><!--" + LONG));
    }
}
