package org.xinye.ledger.io.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** XML's character references as a spreadsheet writes them, and what is not one left as it is. */
class XmlEntitiesTest {
    @Test
    void referencesAreReplacedAndAnythingElseIsKept() {
        assertEquals("姓名", XmlEntities.unescape("&#x59d3;&#x540D;"));
        assertEquals("A<B>&\"'", XmlEntities.unescape("&#65;&lt;B&gt;&amp;&quot;&apos;"));
        assertEquals("😀", XmlEntities.unescape("&#x1F600;"));
        assertEquals("+A", XmlEntities.unescape("+&#+65;"), "a sign, as Integer.parseInt reads it");
        assertEquals("&#x-41;", XmlEntities.unescape("&#x-41;"));
        assertEquals("&#x110000;", XmlEntities.unescape("&#x110000;"), "beyond Unicode");
        assertEquals("&#;&#x;&nbsp;", XmlEntities.unescape("&#;&#x;&nbsp;"));
        assertEquals("&#x12345678901;", XmlEntities.unescape("&#x12345678901;"), "longer than a reference");
        assertEquals("A", XmlEntities.unescape("&#０６５;"), "other scripts' digits, as Integer.parseInt reads them");
        assertEquals("a & b", XmlEntities.unescape("a & b"));
    }
}
