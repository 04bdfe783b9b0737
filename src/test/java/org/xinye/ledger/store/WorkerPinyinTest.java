package org.xinye.ledger.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xinye.ledger.TestIds;
import org.xinye.ledger.domain.IdNumber;
import org.xinye.ledger.domain.Worker;

/** The 人员 table in pinyin order and found by pinyin, also after a name was changed by another tool. */
class WorkerPinyinTest {
    @TempDir
    Path dir;

    private static List<String> names(Session s, String text) {
        WorkerListing.Filter f = WorkerListing.Filter.of(text, null, null, null, null, null, null);
        return s.workerListing().page(f, WorkerListing.Sort.DEFAULT, 0, 100).stream().map(WorkerListing.Row::name).toList();
    }

    private static void add(Session s, int n, String name) {
        s.workers().insert(Worker.of(IdNumber.of(TestIds.id(n)), name));
    }

    @Test
    void namesSortByPinyinInSql() {
        try (Ledger l = Ledger.open(dir.resolve("p.xldb"), Ledger.Mode.WRITE)) {
            l.writing(s -> {
                add(s, 1, "张三");
                add(s, 2, "鑫鑫");
                add(s, 3, "阿强");
                add(s, 4, "李四");
                add(s, 5, "曾华");
            });
            assertEquals(List.of("阿强", "李四", "鑫鑫", "曾华", "张三"), l.read(s -> names(s, null)));
            assertEquals(List.of("张三", "曾华", "鑫鑫", "李四", "阿强"), l.read(s -> s.workerListing().page(
                    WorkerListing.Filter.NONE, new WorkerListing.Sort(WorkerListing.SortKey.NAME, false), 0, 10)
                    .stream().map(WorkerListing.Row::name).toList()));
        }
    }

    @Test
    void theTextFilterFindsNamesByInitialsAndFullPinyin() {
        try (Ledger l = Ledger.open(dir.resolve("f.xldb"), Ledger.Mode.WRITE)) {
            l.writing(s -> {
                add(s, 1, "张三");
                add(s, 2, "张山峰");
                add(s, 3, "李四");
            });
            assertEquals(List.of("张三", "张山峰"), l.read(s -> names(s, "zs")));
            assertEquals(List.of("张山峰"), l.read(s -> names(s, "zhangshanf")));
            assertEquals(List.of("李四"), l.read(s -> names(s, "LS")));
            assertEquals(2L, (long) l.read(s -> s.workerListing().count(
                    WorkerListing.Filter.of("zs", null, null, null, null, null, null))));
        }
    }

    @Test
    void aNameChangedByAnotherToolIsKeyedAgainOnOpening() {
        Path db = dir.resolve("o.xldb");
        try (Ledger l = Ledger.open(db, Ledger.Mode.WRITE)) {
            l.writing(s -> {
                add(s, 1, "张三");
                add(s, 2, "李四");
                Sql.update(s.connection(), "UPDATE worker SET name = '白雪' WHERE name = '张三'");
            });
            assertEquals(1L, (long) l.read(s -> Sql.count(s.connection(), "SELECT COUNT(*) FROM worker WHERE name_key IS NULL")));
        }
        try (Ledger l = Ledger.open(db, Ledger.Mode.WRITE)) {
            assertEquals(List.of("白雪", "李四"), l.read(s -> names(s, null)));
            assertEquals(List.of("白雪"), l.read(s -> names(s, "bx")));
        }
    }
}
