package org.xinye.ledger.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.xinye.ledger.TestIds;

class CreditCodeTest {

    @Test
    void publishedExampleIsValid() {
        assertEquals("91350100M000100Y43", CreditCode.of("91350100M000100Y43").value());
        assertEquals('3', CreditCode.checkChar("91350100M000100Y4"));
    }

    @Test
    void normalizesSpacesFullWidthAndCase() {
        assertEquals("91350100M000100Y43", CreditCode.of(" ９１３５０１００m000100y43 ").value());
    }

    @Test
    void refusesWrongCheckLengthAndForbiddenLetters() {
        assertEquals("uscc.check", CreditCode.check("91350100M000100Y44").problem().orElseThrow().code());
        assertEquals("uscc.length", CreditCode.check("91350100M000100Y4").problem().orElseThrow().code());
        assertEquals("uscc.chars", CreditCode.check("91350100M000100I43").problem().orElseThrow().code());
        assertEquals("uscc.empty", CreditCode.check("  ").problem().orElseThrow().code());
    }

    @Test
    void generatedCodesPassAndSingleTyposFail() {
        Random rnd = new Random(3);
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        for (int i = 0; i < 2000; i++) {
            String code = TestIds.creditCode(rnd);
            assertTrue(CreditCode.check(code).isOk(), code);
            int pos = rnd.nextInt(17);
            char other = alphabet.charAt((alphabet.indexOf(code.charAt(pos)) + 1 + rnd.nextInt(30)) % 31);
            assertFalse(CreditCode.check(code.substring(0, pos) + other + code.substring(pos + 1)).isOk());
        }
    }
}
