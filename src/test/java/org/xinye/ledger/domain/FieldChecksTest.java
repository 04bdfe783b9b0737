package org.xinye.ledger.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.xinye.ledger.TestIds;

class FieldChecksTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @Test
    void requiredFieldsRefuseBlankOfEveryKind() {
        assertEquals("field.required", FieldChecks.required("\u3000 ").orElseThrow().code());
        assertTrue(FieldChecks.required("迅达快递").isEmpty());
    }

    @Test
    void optionalNumbersAcceptBlankAndCheckWhatIsTyped() {
        assertTrue(FieldChecks.creditCode("").isEmpty());
        assertTrue(FieldChecks.creditCode(TestIds.creditCode(new java.util.Random(3))).isEmpty());
        assertEquals("uscc.check", FieldChecks.creditCode("91150203MA0000000X").orElseThrow().code());
        assertTrue(FieldChecks.mobile("").isEmpty());
        assertEquals("mobile.invalid", FieldChecks.mobile("1391234567").orElseThrow().code());
        assertEquals("id.empty", FieldChecks.idNumber(" ").orElseThrow().code(), "the ID number is never optional");
        assertEquals("field.count", FieldChecks.count("-1").orElseThrow().code());
        assertEquals("field.year", FieldChecks.year("1900", TODAY).orElseThrow().code());
        assertTrue(FieldChecks.year("2027", TODAY).isEmpty(), "next year's honours are announced ahead");
    }

    @Test
    void datesInOrderAndNotInTheFuture() {
        assertEquals("field.period", FieldChecks.period(TODAY, TODAY.minusDays(1)).orElseThrow().code());
        assertTrue(FieldChecks.period(TODAY, null).isEmpty());
        assertEquals("field.future", FieldChecks.notFuture(TODAY.plusDays(1), TODAY).orElseThrow().code());
    }

    @Test
    void freeTextKeepsFullWidthPunctuationAndLosesOnlyTheSpaceAround() {
        assertEquals("迅达快递（包头）有限公司", Text.trimmedOrNull("\u3000迅达快递（包头）有限公司 \u00a0"));
        assertNull(Text.trimmedOrNull(" \u3000"));
    }
}
