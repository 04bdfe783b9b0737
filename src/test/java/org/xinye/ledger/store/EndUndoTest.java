package org.xinye.ledger.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xinye.ledger.TestIds;
import org.xinye.ledger.domain.IdNumber;
import org.xinye.ledger.domain.Masking;
import org.xinye.ledger.domain.Worker;

/** {@link Privacy#endUndo}: the audit log gives up whole personal numbers once no window can undo. */
class EndUndoTest {
    @TempDir
    Path dir;

    @Test
    void numbersInLoggedRecordsAreMaskedEvenAfterAnEscapeAndTheHistoryStillReadsThem() {
        String id = TestIds.id(77);
        String noted = TestIds.id(78);
        try (Ledger l = Ledger.open(dir.resolve("log.xldb"), Ledger.Mode.WRITE)) {
            long workerId = l.write(s -> s.changes().create(Aggregate.WORKER, () -> s.workers().insert(new Worker(null,
                    id, "张三", null, null, "13912345678", null, null, null, null, null, null, null,
                    // A line break in a note is "\n" in the JSON, a letter right before the number.
                    "旧证号：\n" + noted))).id());
            long change = l.write(s -> s.changes().delete(ChangeLog.Key.of(Aggregate.WORKER, workerId)));
            l.writing(s -> s.audit().append("export", null, "EXPORT", null, "not json: " + id));

            assertEquals(3, (int) l.write(Privacy::endUndo));
            String log = l.read(s -> String.join("\n", s.audit().recent(10).stream()
                    .map(e -> e.before() + " " + e.after()).toList()));
            assertFalse(log.contains(id) || log.contains(noted) || log.contains("13912345678"), log);
            assertTrue(log.contains(Masking.idNumber(id)) && log.contains("139****5678"), log);

            Map<String, Object> before = RecordJson.parseObject(l.read(s -> s.audit().of("worker", workerId)).stream()
                    .filter(e -> e.action().equals("DELETE")).findFirst().orElseThrow().before());
            assertEquals("旧证号：\n" + Masking.idNumber(noted), ((Map<?, ?>) before.get("row")).get("notes"));
            assertFalse(l.read(s -> s.changes().history(ChangeLog.Key.of(Aggregate.WORKER, workerId))).isEmpty());
            assertThrows(StoreException.class, () -> l.write(s -> s.changes().undo(change)),
                    "a masked record is never put back");

            assertEquals(0, (int) l.write(Privacy::endUndo), "what was masked is not read again");
            l.writing(s -> s.workers().insert(Worker.of(IdNumber.of(TestIds.id(79)), "李四")));
            assertEquals(0, (int) l.write(Privacy::endUndo), "rows outside the log are not its business");
        }
    }
}
