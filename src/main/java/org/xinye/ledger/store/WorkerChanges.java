package org.xinye.ledger.store;

import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.xinye.ledger.domain.Employment;
import org.xinye.ledger.domain.Worker;
import org.xinye.ledger.domain.WorkerStatus;

/**
 * The rules that change a person, in one place for every door a change comes through: the
 * 人员 page's save and a spreadsheet import (developer guide §4.4).
 * <ul>
 * <li><b>One record per ID number.</b> A second record with a stored ID number is refused,
 * naming the person who has it ({@link #holderOf}); an import finds the person by it
 * ({@link #byIdNumbers}) and updates that record.</li>
 * <li><b>Employment follows employer and status.</b> A person has an open stint (从业经历
 * without an end) exactly while they have an employer and are not 离职. When the employer
 * (a unit, or text that matched none) or the status changes that, every open stint ends
 * on the day of the change (never before it began); a person who worked somewhere with no
 * stint recorded gets a closed one, so the move is kept; and a new stint opens on the
 * start date given (an import's 入职日期), else on the day of the change ({@link #record}).</li>
 * <li><b>Status.</b> A status change is an ordinary change of the record, with the
 * employment rule above ({@link #setStatus}).</li>
 * </ul>
 */
public final class WorkerChanges {
    private final Connection c;
    private final Session s;

    WorkerChanges(Session s) {
        this.s = s;
        this.c = s.connection();
    }

    /** What saving a person by hand came to. */
    public sealed interface Outcome permits Saved, DuplicateId {
    }

    /** Saved: the record's id and the change that can undo it. */
    public record Saved(long id, long changeId) implements Outcome {
    }

    /** Not saved: another person already has this ID number. */
    public record DuplicateId(Worker holder) implements Outcome {
    }

    /** A change of one person's employer or status, with the start date of a new stint if one is known. */
    public record Change(Worker before, Worker after, LocalDate start) {
    }

    // ---- one record per ID number ----

    /** The other person with this ID number, if there is one. */
    public Optional<Worker> holderOf(String idNumber, Long except) {
        return s.workers().byIdNumber(idNumber).filter(other -> !Objects.equals(other.id(), except));
    }

    /** The stored people with these ID numbers, one query per few hundred: an import's lookup. */
    public Map<String, Worker> byIdNumbers(Collection<String> idNumbers) {
        Map<String, Worker> out = new HashMap<>();
        InChunks.query(c, "SELECT * FROM worker WHERE id_number IN IN_LIST", idNumbers, rs -> {
            Worker w = WorkerRepository.map(rs);
            out.put(w.idNumber(), w);
            return null;
        });
        return out;
    }

    // ---- by hand ----

    /**
     * Saves a person edited on the 人员 page (a new one when {@code id} is null), logged for
     * history and undo, with the employment rule applied as of {@code today}.
     */
    public Outcome save(Long id, Worker w, LocalDate today) {
        Optional<Worker> holder = holderOf(w.idNumber(), id);
        if (holder.isPresent()) {
            return new DuplicateId(holder.get());
        }
        if (id == null) {
            ChangeLog.Created created = s.changes().create(Aggregate.WORKER, () -> {
                long newId = s.workers().insert(w);
                firstStint(w.withId(newId), null, today).ifPresent(e -> s.workers().addEmployment(e));
                return newId;
            });
            return new Saved(created.id(), created.changeId());
        }
        Worker stored = s.workers().get(id).orElseThrow(
                () -> new StoreException(StoreException.Kind.NOT_FOUND, "store.recordGone", null, id));
        long change = s.changes().edit(ChangeLog.UPDATE, ChangeLog.Key.of(Aggregate.WORKER, id), () -> {
            s.workers().update(w);
            record(List.of(new Change(stored, w, null)), today, null);
        });
        return new Saved(id, change);
    }

    // ---- employment and status ----

    /** A new person's first stint: with an employer and not 离职, from {@code start}, else from {@code today}. */
    public static Optional<Employment> firstStint(Worker w, LocalDate start, LocalDate today) {
        return working(w) ? Optional.of(new Employment(null, w.id(), w.employerId(), w.employerText(),
                start != null ? start : today, null)) : Optional.empty();
    }

    /**
     * Brings the employment history of stored people in line with their change of employer
     * or status, as the class comment says. With a {@code journal} (an import), every row
     * it ends or adds is journalled for undo.
     */
    public void record(List<Change> changes, LocalDate today, ImportJournal journal) {
        List<Change> relevant = new ArrayList<>();
        for (Change ch : changes) {
            if (!sameEmployer(ch.before(), ch.after()) || working(ch.before()) != working(ch.after())) {
                relevant.add(ch);
            }
        }
        if (relevant.isEmpty()) {
            return;
        }
        record Open(long id, LocalDate from) {
        }
        Map<Long, List<Open>> open = new HashMap<>();
        InChunks.query(c, "SELECT id, worker_id, start_date FROM employment WHERE end_date IS NULL "
                + "AND worker_id IN IN_LIST ORDER BY id", relevant.stream().map(ch -> ch.before().id()).toList(), rs -> {
                    open.computeIfAbsent(rs.getLong("worker_id"), k -> new ArrayList<>())
                            .add(new Open(rs.getLong("id"), Sql.date(rs, "start_date")));
                    return null;
                });
        Map<Long, String> before = journal == null ? Map.of() : journal.snapshots("employment",
                open.values().stream().flatMap(List::stream).map(Open::id).toList());
        for (Change ch : relevant) {
            List<Open> stints = open.getOrDefault(ch.before().id(), List.of());
            for (Open o : stints) {
                if (journal != null) {
                    journal.updated("employment", o.id(), before.get(o.id()));
                }
                LocalDate end = o.from() != null && o.from().isAfter(today) ? o.from() : today;
                Sql.update(c, "UPDATE employment SET end_date = ? WHERE id = ?", end, o.id());
            }
            Worker was = ch.before();
            if (stints.isEmpty() && working(was)) {
                long closed = s.workers().addEmployment(new Employment(null, was.id(), was.employerId(),
                        was.employerText(), null, today));
                if (journal != null) {
                    journal.inserted("employment", closed);
                }
            }
            Optional<Employment> next = firstStint(ch.after(), ch.start(), today);
            if (next.isPresent()) {
                long opened = s.workers().addEmployment(next.get());
                if (journal != null) {
                    journal.inserted("employment", opened);
                }
            }
        }
    }

    /**
     * Sets the status of stored people (an import marking the workers missing from a roster),
     * with the employment rule; journalled when a journal is given. Those already at
     * {@code status} are left as they are; gives how many changed.
     */
    public int setStatus(Collection<Long> workerIds, WorkerStatus status, Instant at, LocalDate today,
                         ImportJournal journal) {
        List<Worker> changing = new ArrayList<>();
        InChunks.query(c, "SELECT * FROM worker WHERE id IN IN_LIST ORDER BY id", workerIds, rs -> {
            Worker w = WorkerRepository.map(rs);
            if (w.status() != status) {
                changing.add(w);
            }
            return null;
        });
        if (changing.isEmpty()) {
            return 0;
        }
        if (journal != null) {
            Map<Long, String> before = journal.snapshots("worker", changing.stream().map(Worker::id).toList());
            changing.forEach(w -> journal.updated("worker", w.id(), before.get(w.id())));
        }
        List<Change> changes = new ArrayList<>();
        for (Worker w : changing) {
            Sql.update(c, "UPDATE worker SET status = ?, updated_at = ? WHERE id = ?", status, at, w.id());
            changes.add(new Change(w, w.withStatus(status), null));
        }
        record(changes, today, journal);
        return changing.size();
    }

    private static boolean working(Worker w) {
        return w.status() != WorkerStatus.LEFT && (w.employerId() != null || w.employerText() != null);
    }

    private static boolean sameEmployer(Worker a, Worker b) {
        return Objects.equals(a.employerId(), b.employerId()) && Objects.equals(a.employerText(), b.employerText());
    }
}
