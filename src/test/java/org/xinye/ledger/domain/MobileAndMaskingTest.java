package org.xinye.ledger.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class MobileAndMaskingTest {

    @ParameterizedTest
    @CsvSource({"13812345678", "'138 1234 5678'", "138-1234-5678", "+8613812345678", "8613812345678", "+86 138-1234-5678",
            "１３８１２３４５６７８"})
    void acceptsCommonSpellings(String raw) {
        assertEquals("13812345678", Mobile.of(raw).value());
    }

    @ParameterizedTest
    @CsvSource({"12812345678", "1381234567", "138123456789", "0471-1234567", "abc"})
    void refusesOthers(String raw) {
        assertFalse(Mobile.check(raw).isOk());
    }

    @Test
    void masksIdAndMobileAsTheDesignSays() {
        assertEquals("150203********1234", Masking.idNumber("150203198001011234"));
        assertEquals("138****5678", Masking.mobile("13812345678"));
        assertEquals("mobile.masked", Mobile.check("138****5678").problem().orElseThrow().code(),
                "a masked number fed back in is named as masked");
        assertEquals("138****5678", Mobile.of("13812345678").masked());
        assertEquals("", Masking.idNumber(null));
        assertEquals("***", Masking.mobile("123"));
    }
}
