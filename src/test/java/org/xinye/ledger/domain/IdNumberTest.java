package org.xinye.ledger.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xinye.ledger.TestIds;

class IdNumberTest {

    @Test
    void publishedExampleIsValidFemaleBornOnNewYearsEve1949() {
        IdNumber id = IdNumber.of("11010519491231002X");
        assertEquals("11010519491231002X", id.value());
        assertEquals(LocalDate.of(1949, 12, 31), id.birthDate());
        assertEquals(Gender.FEMALE, id.gender());
        assertEquals("110105", id.divisionCode());
    }

    @Test
    void checkCharacterFollowsTheWeightsOfGb11643() {
        // 1*7+1*9+0*10+1*5+0*8+5*4+1*2+9*1+4*6+9*3+1*7+2*9+3*10+1*5+0*8+0*4+2*2 = 167; 167 mod 11 = 2 → 'X'
        assertEquals('X', IdNumber.checkChar("11010519491231002"));
    }

    @Test
    void generatedNumbersAreAcceptedAndChangingAnyDigitIsCaught() {
        Random rnd = new Random(7);
        for (int i = 0; i < 2000; i++) {
            String id = TestIds.id("150203", LocalDate.of(1960, 1, 1).plusDays(rnd.nextInt(16000)), rnd.nextInt(1000));
            assertTrue(IdNumber.check(id).isOk(), id);
            int pos = rnd.nextInt(17);
            char c = id.charAt(pos);
            char other = (char) ('0' + (c - '0' + 1 + rnd.nextInt(9)) % 10);
            String typo = id.substring(0, pos) + other + id.substring(pos + 1);
            assertFalse(IdNumber.check(typo).isOk(), typo);
        }
    }

    @Test
    void oddSeventeenthDigitIsMale() {
        assertEquals(Gender.MALE, IdNumber.of(TestIds.id("150203", LocalDate.of(1990, 5, 6), 13)).gender());
        assertEquals(Gender.FEMALE, IdNumber.of(TestIds.id("150203", LocalDate.of(1990, 5, 6), 14)).gender());
    }

    @Test
    void normalizesFullWidthSpacesAndLowerCaseX() {
        String messy = "\uFEFF１１０１０５ 1949\u30001231\u00A0002x ";
        assertEquals("11010519491231002X", IdNumber.of(messy).value());
    }

    @Test
    void upgradesFifteenDigitNumbers() {
        // 15-digit 110105491231002 → insert 19 → 11010519491231002 + check X
        IdNumber id = IdNumber.of("110105491231002");
        assertEquals("11010519491231002X", id.value());
    }

    @ParameterizedTest
    @CsvSource({
            "'', id.empty",
            "1.50203E+17, id.numeric",
            "1.50203198001011E17, id.numeric",
            "150203198001012000, id.numeric",
            "150203198001011234.0, id.numeric",
            "1502031980010112, id.length",
            "15020319800101123A, id.chars",
            "990203198001011234, id.region",
            "150203198002301234, id.birth",
            "11010519491231002Y, id.chars",
            "110105194912310021, id.check",
            "150203********1234, id.masked"
    })
    void refusesWithTheRightReason(String raw, String code) {
        Checked<IdNumber> c = IdNumber.check(raw);
        assertFalse(c.isOk());
        assertEquals(code, c.problem().orElseThrow().code());
    }

    @Test
    void numericCellsLoseDigitsUnlessFifteenDigitsLong() {
        assertEquals("id.numeric", IdNumber.checkNumericCell(1.50203198001011E17).problem().orElseThrow().code());
        assertEquals("11010519491231002X", IdNumber.checkNumericCell(110105491231002.0).get().value());
    }

    @Test
    void numericMessageTellsTheUserToRetypeAsText() {
        Messages.use(Messages.CHINESE);
        String msg = IdNumber.check("1.50203E+17").problem().orElseThrow().message();
        assertTrue(msg.contains("文本"), msg);
        assertTrue(msg.contains("数字"), msg);
    }

    @Test
    void toStringIsMaskedSoLogsNeverCarryAFullNumber() {
        assertEquals("110105********002X", IdNumber.of("11010519491231002X").toString());
    }

    @Test
    void getOnAFailedCheckThrowsWithTheProblem() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> IdNumber.of("123"));
        assertEquals("id.length", e.problem().code());
    }
}
