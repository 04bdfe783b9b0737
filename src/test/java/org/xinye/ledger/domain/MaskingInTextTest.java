package org.xinye.ledger.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.xinye.ledger.TestIds;

class MaskingInTextTest {
    @Test
    void masksIdNumbersAndMobilesInsideFreeTextOnly() {
        String id = TestIds.id(1234);
        assertEquals("原号 " + Masking.idNumber(id) + "，电话 139****5678。",
                Masking.inText("原号 " + id + "，电话 13912345678。"));
        assertEquals("{\"idNumber\": \"" + Masking.idNumber(id) + "\"}", Masking.inText("{\"idNumber\": \"" + id + "\"}"));
        assertEquals("订单 123456789012345678901 和 12345 不动", Masking.inText("订单 123456789012345678901 和 12345 不动"),
                "longer digit runs and short numbers are not personal numbers");
        assertEquals(null, Masking.inText(null));
    }
}
