package org.xinye.ledger;

import java.time.LocalDate;
import java.util.Random;
import org.xinye.ledger.domain.CreditCode;
import org.xinye.ledger.domain.IdNumber;

/** Generated, check-digit-valid identifiers for tests: never a real person's. */
public final class TestIds {
    private TestIds() {
    }

    /** An ID number for the division, birth date and 3-digit sequence (odd = male). */
    public static String id(String division, LocalDate birth, int sequence) {
        String body = division + birth.toString().replace("-", "") + String.format("%03d", sequence);
        return body + IdNumber.checkChar(body);
    }

    public static String id(int n) {
        return id("150203", LocalDate.of(1980, 1, 1).plusDays(n / 1000), n % 1000);
    }

    public static String creditCode(Random rnd) {
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        StringBuilder b = new StringBuilder("91150203");
        for (int i = 0; i < 9; i++) {
            b.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
        }
        return b + String.valueOf(CreditCode.checkChar(b.toString()));
    }
}
