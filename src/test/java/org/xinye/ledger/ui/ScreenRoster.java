package org.xinye.ledger.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.xinye.ledger.TestIds;
import org.xinye.ledger.domain.Enterprise;
import org.xinye.ledger.domain.Gender;
import org.xinye.ledger.domain.Worker;
import org.xinye.ledger.io.XlsxBuilder;
import org.xinye.ledger.store.Ledger;

/**
 * A street's roster as an enterprise sends it back to the demo ledger, for the screen test's look at
 * the import wizard: most people as the ledger has them, two with a new mobile, new people, and the
 * problems a real roster carries (a wrong check character, an ID stored as a number, a short mobile,
 * a gender the ID contradicts, a row repeated, an employer the ledger does not know, a party member
 * of an org it does not know).
 */
final class ScreenRoster {
    static final String NEW_UNIT = "鹿城优送同城配送站";
    static final String NEW_ORG = "鹿城优送同城配送站党支部";
    private static final String[] HEADER = {"姓名", "身份证号", "性别", "手机号", "工作单位", "所在街道", "政治面貌", "党组织"};

    /**
     * The file, every text it holds (the screen test counts them as data, not as the window's words)
     * and the street its people work in.
     */
    record Roster(Path file, String texts, String street) {
    }

    private ScreenRoster() {
    }

    static Roster write(Ledger demo, Path file) throws Exception {
        Enterprise unit = demo.read(s -> s.enterprises().all().get(0));
        List<Worker> people = demo.read(s -> s.workers().ofEmployer(unit.id())).stream().limit(14).toList();
        String street = demo.read(s -> s.regions().get(unit.townshipCode()).orElseThrow().name());
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            Worker w = people.get(i);
            String mobile = i < 2 ? "1390472" + String.format("%04d", 1000 + i) : w.mobile() == null ? "" : w.mobile();
            rows.add(new Object[] {w.name(), w.idNumber(), w.gender() == Gender.FEMALE ? "女" : "男", mobile, unit.name(),
                    street, "群众", ""});
        }
        LocalDate born = LocalDate.of(1996, 3, 1);
        for (int i = 0; i < 6; i++) {
            rows.add(new Object[] {"新骑手" + "甲乙丙丁戊己".charAt(i), TestIds.id("150203", born.plusDays(i), 11 + 2 * i), "男",
                    "1360472" + (2000 + i), unit.name(), street, "群众", ""});
        }
        String good = TestIds.id("150203", born.plusDays(20), 31);
        String wrongCheck = good.substring(0, 17) + (good.charAt(17) == '1' ? '2' : '1');
        rows.add(new Object[] {"王校验", wrongCheck, "男", "13604723001", unit.name(), street, "群众", ""});
        rows.add(new Object[] {"李数值", Double.parseDouble(TestIds.id("150203", born.plusDays(21), 33).substring(0, 17) + "0"),
            "男", "13604723002", unit.name(), street, "群众", ""});
        rows.add(new Object[] {"赵手机", TestIds.id("150203", born.plusDays(22), 35), "男", "1360472", unit.name(), street,
            "群众", ""});
        rows.add(new Object[] {"钱性别", TestIds.id("150203", born.plusDays(23), 37), "女", "13604723004", unit.name(), street,
            "群众", ""});
        rows.add(new Object[] {"孙重复", rows.get(15)[1], "男", "13604723005", unit.name(), street, "群众", ""});
        for (int i = 0; i < 3; i++) {
            rows.add(new Object[] {"配送员" + "一二三".charAt(i), TestIds.id("150203", born.plusDays(30 + i), 41 + 2 * i), "男",
                    "1370472" + (3000 + i), NEW_UNIT, street, i == 0 ? "中共党员" : "群众", i == 0 ? NEW_ORG : ""});
        }
        StringBuilder data = new StringBuilder(XlsxBuilder.row(1, (Object[]) HEADER));
        // The file's own headers head the preview's columns: in the English window too, they are data.
        StringBuilder texts = new StringBuilder(file.toAbsolutePath().toString()).append('\u0000')
                .append(String.join("\u0000", HEADER)).append('\u0000');
        int r = 2;
        for (Object[] row : rows) {
            data.append(XlsxBuilder.row(r++, row));
            for (Object cell : row) {
                texts.append(cell).append('\u0000');
            }
        }
        new XlsxBuilder().sheet("摸排", false, data.toString(), null).write(file);
        return new Roster(file, texts.toString(), street);
    }
}
