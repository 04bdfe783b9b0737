package org.xinye.ledger.io.imports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.xinye.ledger.domain.Employment;
import org.xinye.ledger.domain.ImportSource;
import org.xinye.ledger.domain.Membership;
import org.xinye.ledger.domain.Worker;
import org.xinye.ledger.store.ImportJournal;
import org.xinye.ledger.store.ImportStore;
import org.xinye.ledger.store.Session;
import org.xinye.ledger.store.WorkerChanges;
import org.xinye.ledger.store.WorkerRepository;

/**
 * Writes what the worker sink decided, a batch at a time, and journals it for undo: new
 * workers with their first employment, updated workers, the employment history their changes
 * call for, and what the source said. The bulk statements stay prepared for the whole import.
 */
final class WorkerWrites implements AutoCloseable {
    /** A party member's relation to write; {@code stored} when the worker was in the ledger before this import. */
    record MemberWrite(Membership after, boolean stored) {
    }

    /** One batch's decisions. */
    record Batch(List<Worker> inserts, List<String[]> nameKeys, List<Employment> firstJobs, List<Worker> updates,
                 List<WorkerChanges.Change> changes,
                 List<ImportStore.SourceRow> sources, List<Long> confirmedExisting, List<MemberWrite> memberships) {
        Batch() {
            this(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                    new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        }
    }

    private final Session s;
    private final ImportStore store;
    private final ImportJournal journal;
    private final ImportSource source;
    private final Instant now;
    private final LocalDate today;
    private final boolean ledgerHasWorkers;
    /** Re-creates the indexes dropped for a load into an empty ledger; null when none were dropped. */
    private List<Runnable> reindex;
    /** Turns SQLite's CHECK constraints back on after a load into an empty ledger; null while they are on. */
    private Runnable checksBack;
    private WorkerRepository.Loader loader;
    private ImportStore.SourceWriter sourceWriter;
    private boolean changes;

    WorkerWrites(Session s, ImportJournal journal, ImportSource source, Instant now, LocalDate today,
                 boolean ledgerHasWorkers) {
        this.s = s;
        this.store = s.imports();
        this.journal = journal;
        this.source = source;
        this.now = now;
        this.today = today;
        this.ledgerHasWorkers = ledgerHasWorkers;
    }

    /** Whether anything in the ledger changed. */
    boolean changes() {
        return changes;
    }

    void write(Batch b) {
        if (!ledgerHasWorkers && reindex == null && !b.inserts().isEmpty()) {
            // The first roster into an empty ledger: index once at the end instead of row by row.
            reindex = List.of(s.withoutSecondaryIndexes("worker"), s.withoutSecondaryIndexes("employment"));
            // Such a load only inserts, and every value it writes comes from IdNumber, Text.trimmedOrNull and the
            // domain's enums, which the CHECK constraints repeat (SchemaChecksTest keeps the two in step); for SQLite
            // they were a third of the insert. Imports that update existing workers keep them.
            checksBack = s.withoutCheckConstraints();
        }
        if (!b.inserts().isEmpty()) {
            insert(b.inserts(), b.nameKeys(), b.firstJobs());
        }
        if (!b.updates().isEmpty()) {
            update(b.updates());
        }
        if (!b.changes().isEmpty()) {
            // Employer moves and status changes end and open stints by the one rule the 人员 page follows too.
            s.workerChanges().record(b.changes(), today, journal);
        }
        if (!b.sources().isEmpty()) {
            confirm(b.sources(), b.confirmedExisting());
        }
        if (!b.memberships().isEmpty()) {
            memberships(b.memberships());
        }
    }

    /**
     * Writes members' relations; a relation of a worker stored before is journalled (a new
     * worker's goes with the worker on undo, ON DELETE CASCADE).
     */
    private void memberships(List<MemberWrite> rows) {
        List<Long> stored = new ArrayList<>();
        for (MemberWrite m : rows) {
            if (m.stored()) {
                stored.add(m.after().workerId());
            }
        }
        Map<Long, String> before = stored.isEmpty() ? Map.of() : journal.membershipSnapshots(stored);
        for (MemberWrite m : rows) {
            long id = m.after().workerId();
            if (m.stored()) {
                Map<String, Object> key = Map.of("worker_id", id);
                String b = before.get(id);
                if (b == null) {
                    journal.insertedKey("membership", id, key);
                } else {
                    journal.updatedKey("membership", id, key, b);
                }
            }
            s.memberships().save(m.after());
        }
        changes = true;
    }

    private void insert(List<Worker> inserts, List<String[]> nameKeys, List<Employment> firstJobs) {
        if (loader == null) {
            loader = s.workers().loader();
        }
        loader.workers(inserts, nameKeys, now);
        // Ids were assigned here in one run, so one journal entry covers the batch.
        journal.insertedRange("worker", inserts.get(0).id(), inserts.get(inserts.size() - 1).id());
        // Their employment and source rows go with them on undo (ON DELETE CASCADE).
        loader.employments(firstJobs);
        changes = true;
    }

    private void update(List<Worker> updates) {
        List<Long> ids = new ArrayList<>(updates.size());
        for (Worker w : updates) {
            ids.add(w.id());
        }
        // Each worker appears once in a file (a repeated ID is rejected), so this is its state before the import.
        Map<Long, String> befores = journal.snapshots("worker", ids);
        for (Worker w : updates) {
            journal.updated("worker", w.id(), befores.get(w.id()));
        }
        store.updateWorkers(updates, now);
        changes = true;
    }

    /** Records what the source said about each worker; journals the rows of workers that were already stored. */
    private void confirm(List<ImportStore.SourceRow> sources, List<Long> confirmedExisting) {
        if (!confirmedExisting.isEmpty()) {
            // New workers' source rows go with them on undo; only those of stored workers are journalled.
            Map<Long, String> before = journal.sourceSnapshots(source, confirmedExisting);
            Set<Long> existingIds = new HashSet<>(confirmedExisting);
            for (ImportStore.SourceRow r : sources) {
                if (!existingIds.contains(r.workerId())) {
                    continue;
                }
                Map<String, Object> key = Map.of("worker_id", r.workerId(), "source", r.source().name());
                String b = before.get(r.workerId());
                if (b == null) {
                    journal.insertedKey("worker_source", r.workerId(), key);
                } else {
                    journal.updatedKey("worker_source", r.workerId(), key, b);
                }
            }
        }
        if (sourceWriter == null) {
            sourceWriter = store.sourceWriter();
        }
        sourceWriter.write(sources);
        changes = true;
    }


    /** After the last batch: builds the indexes dropped for a load into an empty ledger. */
    void finish() {
        close();
        if (reindex != null) {
            reindex.forEach(Runnable::run);
            reindex = null;
        }
    }

    @Override
    public void close() {
        try {
            if (loader != null) {
                loader.close();
            }
        } finally {
            loader = null;
            try {
                if (sourceWriter != null) {
                    sourceWriter.close();
                }
            } finally {
                sourceWriter = null;
                if (checksBack != null) {
                    checksBack.run();
                    checksBack = null;
                }
            }
        }
    }
}
