package org.xinye.ledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xinye.ledger.TestIds;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.io.sheet.Row;
import org.xinye.ledger.io.sheet.RowCursor;
import org.xinye.ledger.io.sheet.SheetInfo;
import org.xinye.ledger.io.sheet.Spreadsheets;
import org.xinye.ledger.io.sheet.Workbook;

/** 300 rows with one problem are one line with a count and the rows as ranges, in text, JSON and the report. */
class GroupedProblemsTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void chinese() {
        Messages.use(Messages.CHINESE);
    }

    /**
     * 300 people; rows (as the sheet numbers them, header = 1) 12–40 and 52 give the wrong gender,
     * rows 100–399 an unknown 政治面貌 (every row from 100 on), row 7 a bad ID.
     */
    private Path roster() throws IOException {
        StringBuilder b = new StringBuilder("姓名,身份证号,性别,政治面貌\n");
        for (int i = 0; i < 300; i++) {
            int row = i + 2;
            String id = TestIds.id(i * 2 + 1);
            String wrongGender = "女";
            b.append("人员").append(i).append(',')
                    .append(row == 7 ? id.substring(0, 17) + (id.charAt(17) == '1' ? '2' : '1') : id).append(',')
                    .append(row >= 12 && row <= 40 || row == 52 ? wrongGender : "男").append(',')
                    .append(row >= 100 ? "进步青年" : "群众").append('\n');
        }
        Path f = dir.resolve("名单.csv");
        Files.writeString(f, b.toString());
        return f;
    }

    @Test
    void oneLinePerRuleAndColumnWithCountAndRanges() throws IOException {
        Path csv = roster();
        Path report = dir.resolve("问题行.xlsx");
        CliTest.Run r = CliTest.runCli("import", "--db", dir.resolve("a.xldb").toString(), "--type", "workers",
                "--on-error", "skip", "--report", report.toString(), csv.toString());
        assertEquals(1, r.code(), r.err());
        List<String> problems = r.out().lines().filter(l -> l.startsWith("  ")).toList();
        assertEquals(List.of(
                "  第 7 行 · 身份证号 · 150203********" + TestIds.id(11).substring(14, 17)
                        + (TestIds.id(11).charAt(17) == '1' ? '2' : '1') + " · 身份证号校验位应为 "
                        + TestIds.id(11).charAt(17) + "，这里是 " + (TestIds.id(11).charAt(17) == '1' ? '2' : '1')
                        + "：请核对号码是否抄错。 请核对身份证号后重新填写。",
                "  提示：性别 · 性别与身份证号不符，已按身份证号记录：30 行（第 12–40、52 行）。 请核对身份证号或该项是否填错。",
                "  提示：政治面貌 · 不是可识别的选项，该项留空：202 行（第 100–301 行）。 请按模板中的选项填写。"),
                problems.stream().filter(l -> !l.contains("待匹配")).toList(), r.out());

        CliTest.Run json = CliTest.runCli("import", "--db", dir.resolve("b.xldb").toString(), "--type", "workers",
                "--on-error", "skip", "--format", "json", csv.toString());
        String compact = json.out().replaceAll("\\s+", "");
        assertTrue(compact.contains(("\"groups\": [{\"severity\": \"error\", \"code\": \"id.check\", \"column\": \"身份证号\", "
                + "\"field\": \"idNumber\", \"title\": \"身份证号校验位不对（可能抄错），未导入\", \"count\": 1, \"rows\": \"7\", "
                + "\"ranges\": [[7, 7]], \"hint\": \"请核对身份证号后重新填写。\"}, {\"severity\": \"warning\", \"code\": "
                + "\"gender.mismatch\", \"column\": \"性别\", \"field\": \"gender\", \"title\": \"性别与身份证号不符，已按身份证号记录\", "
                + "\"count\": 30, \"rows\": \"12–40、52\", \"ranges\": [[12, 40], [52, 52]]").replaceAll("\\s+", "")),
                json.out());
        assertTrue(compact.contains("\"errors\":[{\"row\":7,"), "the per-row errors stay: " + json.out());

        try (Workbook wb = Spreadsheets.open(report)) {
            assertEquals(List.of("需核对的行", "问题汇总"), wb.sheets().stream().map(SheetInfo::name).toList());
            List<Row> rows = read(wb, wb.sheets().get(0));
            assertEquals(1 + 1 + 30 + 202, rows.size(), "every row keeps its own line and reasons");
            assertEquals("性别：性别“女”与身份证号不符（身份证号为男），已按身份证号记录。（请核对身份证号或该项是否填错。）",
                    rows.get(2).text(rows.get(2).cells().length - 1));
            List<Row> summary = read(wb, wb.sheets().get(1));
            assertEquals(List.of("处理结果", "列", "问题", "行数", "行号", "修改方法"), texts(summary.get(0)));
            assertEquals(List.of("已导入（有提示）", "性别", "性别与身份证号不符，已按身份证号记录", "30", "12–40、52",
                    "请核对身份证号或该项是否填错。"), texts(summary.get(2)));
        }
        assertFalse(Files.exists(dir.resolve("问题行.xlsx.part")));
    }

    private static List<Row> read(Workbook wb, SheetInfo sheet) throws IOException {
        List<Row> out = new ArrayList<>();
        try (RowCursor c = wb.rows(sheet)) {
            Row row;
            while ((row = c.next()) != null) {
                out.add(row);
            }
        }
        return out;
    }

    private static List<String> texts(Row r) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < r.cells().length; i++) {
            out.add(r.text(i));
        }
        return out;
    }
}
