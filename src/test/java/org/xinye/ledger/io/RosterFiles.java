package org.xinye.ledger.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.xinye.ledger.TestIds;

/**
 * Generated workers rosters for tests and the import benchmark: invented names, check-digit-valid
 * ID numbers, valid mobiles. {@code main} writes one: {@code RosterFiles csv|xlsx ROWS FILE}.
 */
public final class RosterFiles {
    public static final List<String> HEADER = List.of("姓名", "身份证号码", "手机号", "所在企业", "所在街道", "政治面貌", "职业");
    private static final String[] SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗".split("");
    private static final String[] GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平".split("");
    private static final String[] UNITS = {"迅达快递少先路站", "通远速运昆区网点", "饱了么外卖沼潭站", "畅行出行包头分公司"};
    private static final String[] TOWNSHIPS = {"少先路街道", "沼潭街道", "林荫路街道", "友谊大街街道"};
    private static final String[] STATUS = {"群众", "中共党员", "共青团员", "群众", "群众"};
    private static final String[] JOBS = {"快递员", "外卖骑手", "网约车司机", "快递员"};

    private RosterFiles() {
    }

    public static String id(int n) {
        return TestIds.id("150203", LocalDate.of(1970, 1, 1).plusDays(n / 1000), n % 1000);
    }

    /** Row {@code n} (0-based) of the generated roster. */
    public static List<String> row(int n) {
        return List.of(SURNAMES[n % SURNAMES.length] + GIVEN[(n / 7) % GIVEN.length] + GIVEN[(n / 131) % GIVEN.length],
                id(n), String.valueOf(13800000000L + n), UNITS[n % UNITS.length], TOWNSHIPS[(n / 3) % TOWNSHIPS.length],
                STATUS[n % STATUS.length], JOBS[n % JOBS.length]);
    }

    public static void csv(Path file, int rows) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(String.join(",", HEADER));
            w.write("\r\n");
            for (int i = 0; i < rows; i++) {
                w.write(String.join(",", row(i)));
                w.write("\r\n");
            }
        }
    }

    public static void xlsx(Path file, int rows) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(out, "RosterFiles", "1.0");
            Worksheet ws = wb.newWorksheet("花名册");
            for (int c = 0; c < HEADER.size(); c++) {
                ws.value(0, c, HEADER.get(c));
            }
            for (int i = 0; i < rows; i++) {
                List<String> r = row(i);
                for (int c = 0; c < r.size(); c++) {
                    ws.value(i + 1, c, r.get(c));
                }
                if (i % 10_000 == 0) {
                    ws.flush();
                }
            }
            wb.finish();
        }
    }

    public static void main(String[] args) throws IOException {
        int rows = Integer.parseInt(args[1]);
        Path file = Path.of(args[2]);
        if (args[0].equals("xlsx")) {
            xlsx(file, rows);
        } else {
            csv(file, rows);
        }
    }
}
