package org.xinye.ledger.io.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.xinye.ledger.domain.CreditCode;
import org.xinye.ledger.domain.Employment;
import org.xinye.ledger.domain.Enterprise;
import org.xinye.ledger.domain.EnterpriseKind;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.domain.PoliticalStatus;
import org.xinye.ledger.domain.Worker;
import org.xinye.ledger.domain.WorkerStatus;
import org.xinye.ledger.store.ImportStore;
import org.xinye.ledger.store.Session;
import org.xinye.ledger.store.WorkerRepository;

/**
 * Workers rows against the ledger, by ID number: new, changed (which fields), unchanged,
 * moved to another employer (the old employment is closed, a new one opened). Existing
 * workers are looked up a batch at a time; new ones are inserted with ids assigned here,
 * through one statement. Every source's confirmation is recorded per worker.
 */
final class WorkerSink extends Sink {
    private record Place(Long employerId, String employerText) {
    }

    /** An employer change: the old stint closes today, the new one opens on the row's 入职日期 or today. */
    private record Move(Worker before, Worker after, java.time.LocalDate start) {
    }

    private final UnitIndex units;
    private final RegionIndex regions;
    private final boolean ledgerHasWorkers;
    private final SeenIds seen = new SeenIds();
    private final Map<String, UnitIndex.Match> employerByName = new HashMap<>();
    private final Map<String, RegionIndex.Match> townshipCache = new HashMap<>();
    private final Map<String, Long> created = new HashMap<>();
    private final Set<Long> employersSeen = new HashSet<>();
    private final Long rosterUnit;
    private long nextId;
    private boolean changes;
    /** Re-creates the indexes dropped for a load into an empty ledger; null when none were dropped. */
    private List<Runnable> reindex;
    /** Turns SQLite's CHECK constraints back on after a load into an empty ledger; null while they are on. */
    private Runnable checksBack;
    /** The bulk statements, prepared on the first write and kept for the whole import. */
    private WorkerRepository.Loader loader;
    private ImportStore.SourceWriter sourceWriter;

    WorkerSink(Context ctx, Session s, boolean write) {
        super(ctx, s, write);
        this.units = new UnitIndex(store.unitKeys());
        this.regions = new RegionIndex(s.regions().all());
        this.ledgerHasWorkers = s.workers().count() > 0;
        this.nextId = s.workers().nextId();
        String unit = ctx.request().enterprise();
        if (unit != null) {
            String code = CreditCode.check(unit).isOk() ? CreditCode.of(unit).value() : null;
            UnitIndex.Match m = units.match(code, code == null ? unit : null);
            if (!m.found()) {
                throw new IllegalArgumentException(Messages.get(m.candidates() > 1 ? "import.unitAmbiguous"
                        : "import.unitNotFound", unit, m.candidates()));
            }
            rosterUnit = m.id();
        } else {
            rosterUnit = null;
        }
    }

    @Override
    void accept(List<ParsedRow> batch) {
        List<ParsedRow> accepted = new ArrayList<>(batch.size());
        for (ParsedRow p : batch) {
            WorkerValues v = (WorkerValues) p.values();
            if (v.idNumber() != null) {
                int first = seen.putIfAbsent(v.idNumber(), p.number());
                if (first >= 0 && !p.rejected()) {
                    p.add(error(p, Field.ID_NUMBER, header(Field.ID_NUMBER), v.idNumber(), "dup.id",
                            "import.rule.duplicateId", "import.hint.duplicateId", first));
                }
            }
            if (p.rejected()) {
                p.outcome(ParsedRow.Outcome.REJECTED, List.of(), null);
            } else {
                accepted.add(p);
            }
        }
        Map<String, Worker> existing = Map.of();
        if (ledgerHasWorkers && !accepted.isEmpty()) {
            List<String> ids = new ArrayList<>(accepted.size());
            for (ParsedRow p : accepted) {
                ids.add(((WorkerValues) p.values()).idNumber());
            }
            existing = store.workersByIdNumber(ids);
        }
        List<Worker> inserts = new ArrayList<>();
        List<Employment> firstJobs = new ArrayList<>();
        List<Worker> updates = new ArrayList<>();
        List<ImportStore.SourceRow> sources = new ArrayList<>();
        List<Long> confirmedExisting = new ArrayList<>();
        List<Move> moves = new ArrayList<>();
        for (ParsedRow p : accepted) {
            WorkerValues v = (WorkerValues) p.values();
            Place place = place(p, v);
            String[] township = township(p, v);
            Worker old = existing.get(v.idNumber());
            Worker result;
            if (old == null) {
                result = new Worker(nextId++, v.idNumber(), v.name(), v.idGender(), v.idBirth(), v.mobile(),
                        v.occupation(), place.employerId(), place.employerText(), township[0], township[1],
                        v.political() == null ? PoliticalStatus.MASSES : v.political(),
                        v.status() == null ? WorkerStatus.ACTIVE : v.status(), v.notes());
                inserts.add(result);
                if (place.employerId() != null || place.employerText() != null) {
                    firstJobs.add(new Employment(null, result.id(), place.employerId(), place.employerText(),
                            v.startDate(), null));
                }
                p.outcome(ParsedRow.Outcome.NEW, List.of(), null);
            } else {
                result = merge(old, v, place, township);
                List<Field> diff = diff(old, result);
                if (diff.isEmpty()) {
                    p.outcome(ParsedRow.Outcome.UNCHANGED, List.of(), null);
                } else {
                    boolean hadEmployer = old.employerId() != null || old.employerText() != null;
                    boolean employerChanged = diff.contains(Field.EMPLOYER);
                    if (hadEmployer && employerChanged) {
                        String from = old.employerId() != null ? units.name(old.employerId()) : old.employerText();
                        p.outcome(ParsedRow.Outcome.MOVED, diff, from);
                        moves.add(new Move(old, result, v.startDate()));
                    } else {
                        p.outcome(ParsedRow.Outcome.CHANGED, diff, null);
                        if (employerChanged) {
                            moves.add(new Move(old, result, v.startDate()));
                        }
                    }
                    updates.add(result);
                }
                confirmedExisting.add(old.id());
            }
            if (result.employerId() != null) {
                employersSeen.add(result.employerId());
            }
            boolean refresh = old == null || p.outcome() != ParsedRow.Outcome.UNCHANGED || alreadyImported == null;
            if (refresh) {
                String said = place.employerId() != null ? units.name(place.employerId()) : place.employerText();
                sources.add(new ImportStore.SourceRow(result.id(), ctx.request().source(), batchId, now, said,
                        v.mobile()));
            }
        }
        if (writing()) {
            writeBatch(inserts, firstJobs, updates, moves, sources, confirmedExisting);
        }
        for (ParsedRow p : batch) {
            done(p);
        }
    }

    private void writeBatch(List<Worker> inserts, List<Employment> firstJobs, List<Worker> updates,
                            List<Move> moves, List<ImportStore.SourceRow> sources,
                            List<Long> confirmedExisting) {
        if (!ledgerHasWorkers && reindex == null && !inserts.isEmpty()) {
            // The first roster into an empty ledger: index once at the end instead of row by row.
            reindex = List.of(s.withoutSecondaryIndexes("worker"), s.withoutSecondaryIndexes("employment"));
            // Such a load only inserts, and every value it writes comes from IdNumber, Text.trimmedOrNull and the
            // domain's enums, which the CHECK constraints repeat (SchemaChecksTest keeps the two in step); for SQLite
            // they were a third of the insert. Imports that update existing workers keep them.
            checksBack = s.withoutCheckConstraints();
        }
        if (!inserts.isEmpty()) {
            if (loader == null) {
                loader = s.workers().loader();
            }
            loader.workers(inserts);
            // Ids were assigned here in one run, so one journal entry covers the batch.
            journal.insertedRange("worker", inserts.get(0).id(), inserts.get(inserts.size() - 1).id());
            // Their employment and source rows go with them on undo (ON DELETE CASCADE).
            loader.employments(firstJobs);
            changes = true;
        }
        if (!updates.isEmpty()) {
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
        if (!moves.isEmpty()) {
            List<Long> ids = new ArrayList<>();
            for (Move m : moves) {
                ids.add(m.before().id());
            }
            Map<Long, Long> open = store.openEmployments(ids);
            Map<Long, String> openBefore = journal.snapshots("employment", open.values());
            for (Move m : moves) {
                Worker old = m.before();
                Worker now = m.after();
                Long openId = open.get(old.id());
                if (openId != null) {
                    journal.updated("employment", openId, openBefore.get(openId));
                    store.endEmployment(openId, today);
                } else if (old.employerId() != null || old.employerText() != null) {
                    long closed = s.workers().addEmployment(new Employment(null, old.id(), old.employerId(),
                            old.employerText(), null, today));
                    journal.inserted("employment", closed);
                }
                if (now.employerId() != null || now.employerText() != null) {
                    long opened = s.workers().addEmployment(new Employment(null, now.id(), now.employerId(),
                            now.employerText(), m.start() != null ? m.start() : today, null));
                    journal.inserted("employment", opened);
                }
            }
        }
        if (!sources.isEmpty()) {
            Map<Long, String> before = confirmedExisting.isEmpty() ? Map.of()
                    : journal.sourceSnapshots(ctx.request().source(), confirmedExisting);
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
            if (sourceWriter == null) {
                sourceWriter = store.sourceWriter();
            }
            sourceWriter.write(sources);
            changes = true;
        }
    }

    /** The employer the row names: by credit code, then by name; else the roster's unit; unmatched text is kept. */
    private Place place(ParsedRow p, WorkerValues v) {
        String text = v.employerText();
        String code = v.employerCode();
        if (text == null && code == null) {
            return rosterUnit != null ? new Place(rosterUnit, null) : new Place(null, null);
        }
        if (text != null) {
            Long chosen = ctx.request().employerChoices().get(text);
            if (chosen != null) {
                return new Place(chosen == ImportRequest.CREATE ? createUnit(text) : chosen, null);
            }
        }
        UnitIndex.Match m = code == null ? employerByName.computeIfAbsent(text, k -> units.match(null, text))
                : units.match(code, text);
        if (m.found()) {
            return new Place(m.id(), null);
        }
        String shown = text != null ? text : code;
        unmatchedEmployers.merge(shown, 1, Integer::sum);
        p.add(warning(p, Field.EMPLOYER, header(text != null ? Field.EMPLOYER : Field.EMPLOYER_CODE), shown,
                m.candidates() > 1 ? "employer.ambiguous" : "employer.unmatched",
                m.candidates() > 1 ? "import.rule.employerAmbiguous" : "import.rule.employerUnmatched",
                "import.hint.employerUnmatched", shown, m.candidates()));
        return new Place(null, shown);
    }

    /** A unit the user chose to create in the wizard; created once, on first use, as a basic-level outlet. */
    private Long createUnit(String name) {
        if (!writing()) {
            return null;
        }
        return created.computeIfAbsent(name, n -> {
            Enterprise e = Enterprise.of(n, EnterpriseKind.OUTLET, Values.industryFromName(n), null);
            long id = s.enterprises().insert(e);
            journal.inserted("enterprise", id);
            units.add(id, n, null);
            return id;
        });
    }

    /** {code, text}: a matched township's code, or the text as typed when it matched none. */
    private String[] township(ParsedRow p, WorkerValues v) {
        if (v.township() == null) {
            return new String[] {null, null};
        }
        RegionIndex.Match m = v.county() == null
                ? townshipCache.computeIfAbsent(v.township(), k -> regions.township(null, k))
                : regions.township(v.county(), v.township());
        if (m.found()) {
            return new String[] {m.code(), null};
        }
        String shown = v.county() == null ? v.township() : v.county() + v.township();
        p.add(warning(p, Field.TOWNSHIP, header(Field.TOWNSHIP), shown,
                m.candidates() > 1 ? "township.ambiguous" : "township.unmatched",
                m.candidates() > 1 ? "import.rule.townshipAmbiguous" : "import.rule.townshipUnmatched",
                "import.hint.townshipUnmatched", shown, m.counties()));
        return new String[] {null, shown};
    }

    /** The stored worker with what the row says; what it leaves empty stays as it was. */
    private static Worker merge(Worker old, WorkerValues v, Place place, String[] township) {
        boolean employerSaid = place.employerId() != null || place.employerText() != null;
        boolean townshipSaid = township[0] != null || township[1] != null;
        return new Worker(old.id(), old.idNumber(), Values.merged(old.name(), v.name()), old.gender(),
                old.birthDate(), v.mobile() != null ? v.mobile() : old.mobile(),
                v.occupation() != null ? v.occupation() : old.occupation(),
                employerSaid ? place.employerId() : old.employerId(),
                employerSaid ? replaced(old.employerText(), place.employerText()) : old.employerText(),
                townshipSaid ? township[0] : old.townshipCode(),
                townshipSaid ? replaced(old.townshipText(), township[1]) : old.townshipText(),
                v.political() != null ? v.political() : old.politicalStatus(),
                v.status() != null ? v.status() : old.status(), Values.merged(old.notes(), v.notes()));
    }

    /** Text that replaces what was stored, null included (a matched code takes the place of unmatched text). */
    private static String replaced(String stored, String given) {
        return given == null ? null : Values.merged(stored, given);
    }

    private static List<Field> diff(Worker a, Worker b) {
        List<Field> out = new ArrayList<>();
        if (!Objects.equals(a.name(), b.name())) {
            out.add(Field.NAME);
        }
        if (!Objects.equals(a.mobile(), b.mobile())) {
            out.add(Field.MOBILE);
        }
        if (a.occupation() != b.occupation()) {
            out.add(Field.OCCUPATION);
        }
        if (!Objects.equals(a.employerId(), b.employerId()) || !Objects.equals(a.employerText(), b.employerText())) {
            out.add(Field.EMPLOYER);
        }
        if (!Objects.equals(a.townshipCode(), b.townshipCode()) || !Objects.equals(a.townshipText(), b.townshipText())) {
            out.add(Field.TOWNSHIP);
        }
        if (a.politicalStatus() != b.politicalStatus()) {
            out.add(Field.POLITICAL_STATUS);
        }
        if (a.status() != b.status()) {
            out.add(Field.STATUS);
        }
        if (!Objects.equals(a.notes(), b.notes())) {
            out.add(Field.NOTES);
        }
        return out;
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

    @Override
    ImportResult finish() {
        close();
        if (reindex != null) {
            reindex.forEach(Runnable::run);
            reindex = null;
        }
        List<ImportStore.RosterEntry> missing = List.of();
        Long unit = rosterUnit;
        if (ctx.request().reconcile() && unit == null) {
            if (employersSeen.size() != 1) {
                throw new IllegalArgumentException(Messages.get("import.reconcileNeedsUnit", employersSeen.size()));
            }
            unit = employersSeen.iterator().next();
        }
        if (ctx.request().reconcile() || rosterUnit != null) {
            List<ImportStore.RosterEntry> absent = new ArrayList<>();
            for (ImportStore.RosterEntry e : store.rosterOf(unit)) {
                if (!seen.contains(e.idNumber())) {
                    absent.add(e);
                }
            }
            missing = absent;
            WorkerStatus mark = ctx.request().markMissing();
            if (mark != null && writing() && !missing.isEmpty()) {
                List<Long> ids = missing.stream().map(ImportStore.RosterEntry::workerId).toList();
                Map<Long, String> before = journal.snapshots("worker", ids);
                for (ImportStore.RosterEntry e : missing) {
                    if (e.status() != mark) {
                        journal.updated("worker", e.workerId(), before.get(e.workerId()));
                        store.setWorkerStatus(e.workerId(), mark, now);
                        changes = true;
                    }
                }
            }
        }
        return result(missing, changes);
    }
}
