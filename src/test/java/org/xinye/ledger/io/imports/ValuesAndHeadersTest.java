package org.xinye.ledger.io.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.xinye.ledger.domain.PoliticalStatus;
import org.xinye.ledger.io.sheet.Cell;
import org.xinye.ledger.io.sheet.Row;

class ValuesAndHeadersTest {
    @Test
    void datesInEveryFormSendersUse() {
        LocalDate july1 = LocalDate.of(2001, 7, 1);
        for (String s : List.of("2001-07-01", "2001/7/1", "2001.07.01", "2001年7月1日", "20010701", " 2001-7-1 0:00:00",
                "２００１－０７－０１", "37073")) {
            assertEquals(july1, Values.date(Cell.text(s)), s);
        }
        assertEquals(july1, Values.date(Cell.number(37073)), "an Excel serial in a plain number cell");
        assertEquals(july1, Values.date(Cell.date(37073)));
        assertEquals(july1, Values.date(Cell.number(20010701)), "yyyymmdd typed as a number");
        assertEquals(LocalDate.of(2001, 7, 1), Values.date(Cell.text("2001年7月")), "a month: its first day");
        assertNull(Values.date(Cell.text("2001-02-30")));
        assertNull(Values.date(Cell.text("去年")));
    }

    @Test
    void yesNoAndPoliticalStatusVariants() {
        for (String s : List.of("是", "有", "已建立", "√", "Y")) {
            assertEquals(Boolean.TRUE, Values.bool(Cell.text(s)), s);
        }
        for (String s : List.of("否", "无", "未建", "×", "no")) {
            assertEquals(Boolean.FALSE, Values.bool(Cell.text(s)), s);
        }
        assertEquals(PoliticalStatus.MEMBER, Values.label(PoliticalStatus.class, Cell.text("党员")));
        assertEquals(PoliticalStatus.MEMBER, Values.label(PoliticalStatus.class, Cell.text("中共党员")));
        assertEquals(PoliticalStatus.PROBATIONARY, Values.label(PoliticalStatus.class, Cell.text("预备党员")));
        assertEquals(PoliticalStatus.LEAGUE, Values.label(PoliticalStatus.class, Cell.text("团员")));
        assertEquals(PoliticalStatus.MASSES, Values.label(PoliticalStatus.class, Cell.text(" 群众 ")));
        assertNull(Values.label(PoliticalStatus.class, Cell.text("民主党派")));
        assertEquals(35, Values.count(Cell.text("35人")));
    }

    @Test
    void headersMatchAfterNormalization() {
        assertEquals(Field.ID_NUMBER, Headers.match(ImportType.WORKERS, "身份证号码（18位）"));
        assertEquals(Field.ID_NUMBER, Headers.match(ImportType.WORKERS, "公民身份号码"));
        assertEquals(Field.ID_NUMBER, Headers.match(ImportType.WORKERS, "证件号码*"));
        assertEquals(Field.NAME, Headers.match(ImportType.WORKERS, "姓\u3000名"));
        assertEquals(Field.NAME, Headers.match(ImportType.WORKERS, " * 姓 名（必填）"));
        assertEquals(Field.MOBILE, Headers.match(ImportType.WORKERS, "联系电话"));
        assertEquals(Field.EMPLOYER, Headers.match(ImportType.WORKERS, "工作单位"));
        assertEquals(Field.TOWNSHIP, Headers.match(ImportType.WORKERS, "乡镇（街道）"));
        assertEquals(Field.TOWNSHIP, Headers.match(ImportType.WORKERS, "所属街道"));
        assertEquals(Field.UNIT_NAME, Headers.match(ImportType.ENTERPRISES, "企业名称"));
        assertEquals(Field.ORG_FORM, Headers.match(ImportType.ENTERPRISES, "组建方式"));
        assertTrue(Headers.isSequence("序 号"));
        assertNull(Headers.match(ImportType.WORKERS, "民族"));
    }

    @Test
    void everydayVariantsOfEmployerTownshipAndKindHeaders() {
        for (String h : List.of("所在企业名称", "所属企业名称", "工作单位名称", "用工单位名称", "公司名称")) {
            assertEquals(Field.EMPLOYER, Headers.match(ImportType.WORKERS, h), h);
        }
        for (String h : List.of("所在街道/乡镇", "所在街道（乡镇）", "所在街道、乡镇", "街道／乡镇", "所在镇街", "街道办事处",
                "所在苏木乡镇")) {
            assertEquals(Field.TOWNSHIP, Headers.match(ImportType.WORKERS, h), h);
            assertEquals(Field.UNIT_TOWNSHIP, Headers.match(ImportType.ENTERPRISES, h), h);
        }
        assertEquals(Field.MOBILE, Headers.match(ImportType.WORKERS, "联系电话/手机"));
        assertEquals(Field.COUNTY, Headers.match(ImportType.WORKERS, "旗县（市、区）"));
        assertEquals(Field.KIND, Headers.match(ImportType.ENTERPRISES, "类型"), "the export's own header");
    }

    @Test
    void columnsNotImportedAndColumnsLeftOutForAnotherOfTheSameFieldAreNamed() {
        Row header = new Row(1, new Cell[] {Cell.text("序号"), Cell.text("姓名"), Cell.text("身份证号"),
            Cell.text("手机号"), Cell.text("籍贯"), Cell.text("联系电话"), null, Cell.text("所在街道")});
        Layout l = Layout.detect("f.csv", List.of(header), ImportType.WORKERS, Map.of());
        assertEquals(List.of("籍贯", "联系电话"), l.unmapped().stream().map(Column::header).toList(),
                "序号 and a column without a header are not listed");
        assertEquals(1, l.duplicates().size());
        Layout.Duplicate d = l.duplicates().get(0);
        assertEquals("联系电话", d.ignored().header());
        assertEquals(Field.MOBILE, d.field());
        assertEquals("手机号", d.used().header());
        Layout swapped = l.override("联系电话", "mobile");
        assertEquals("手机号", swapped.duplicates().get(0).ignored().header());
        assertEquals(List.of("籍贯", "联系电话"), l.withField(0, null).unmapped().stream().map(Column::header).toList(),
                "序号 stays a sequence column when the wizard leaves it unmapped");
    }

    @Test
    void layoutFindsTheHeaderBelowTitlesAndAMergedSubHeader() {
        Row title = new Row(1, new Cell[] {Cell.text("花名册"), Cell.text("花名册"), Cell.text("花名册"), Cell.text("花名册")});
        Row header = new Row(2, new Cell[] {Cell.text("序号"), Cell.text("姓名"), Cell.text("身份证号"), Cell.text("联系方式"),
                Cell.text("联系方式")});
        Row sub = new Row(3, new Cell[] {null, null, null, Cell.text("手机号"), Cell.text("座机")});
        Row data = new Row(4, new Cell[] {Cell.number(1), Cell.text("张伟"), Cell.text("150203199001021234")});
        Layout l = Layout.detect("f.xlsx", List.of(title, header, sub, data), ImportType.WORKERS, Map.of());
        assertEquals(2, l.headerRow());
        assertEquals(3, l.lastHeaderRow(), "the sub-header row belongs to the header");
        assertEquals(Field.MOBILE, l.columns().get(3).field());
        assertTrue(l.columns().get(0).sequence());
        assertTrue(l.isFooter(new Row(9, new Cell[] {Cell.text("填表人：张三"), null, Cell.text("审核人：李四")})));
        assertFalse(l.isFooter(data));
        assertTrue(l.isSkippable(new Row(8, new Cell[] {Cell.number(8)})), "a numbered but empty row");
        assertTrue(l.isSkippable(new Row(8, new Cell[] {null, Cell.text("姓名"), Cell.text("身份证号")})), "header repeated");
    }
}
