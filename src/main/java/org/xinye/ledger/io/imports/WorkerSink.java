package org.xinye.ledger.io.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.xinye.ledger.domain.CreditCode;
import org.xinye.ledger.domain.Enterprise;
import org.xinye.ledger.domain.EnterpriseKind;
import org.xinye.ledger.domain.InvalidValueException;
import org.xinye.ledger.domain.Problem;
import org.xinye.ledger.domain.Worker;
import org.xinye.ledger.domain.WorkerStatus;
import org.xinye.ledger.store.ImportStore;
import org.xinye.ledger.store.Session;
import org.xinye.ledger.store.WorkerChanges;
import org.xinye.ledger.store.rollup.AreaRoster;

/**
 * Workers rows against the ledger, by ID number: new, changed (which fields), unchanged,
 * moved to another employer (employment history by {@link WorkerChanges}). Existing
 * workers are looked up a batch at a time; new ones get ids assigned here, so they can be
 * written through one statement ({@link WorkerWrites}). Every source's confirmation is
 * recorded per worker.
 */
final class WorkerSink extends Sink {
    private final UnitIndex units;
    private final WorkerPlaces places;
    private final boolean ledgerHasWorkers;
    private final SeenIds seen = new SeenIds();
    private final Map<String, Long> created = new HashMap<>();
    private final Set<Long> employersSeen = new HashSet<>();
    private final Long rosterUnit;
    private long nextId;
    /** Created on the first batch written. */
    private WorkerWrites writes;

    WorkerSink(Context ctx, Session s, boolean write) {
        super(ctx, s, write);
        this.units = new UnitIndex(store.unitKeys());
        this.ledgerHasWorkers = s.workers().count() > 0;
        this.nextId = s.workers().nextId();
        this.rosterUnit = rosterUnit(ctx.request().enterprise());
        this.places = new WorkerPlaces(units, new RegionIndex(s.regions().all()), ctx.request().employerChoices(),
                rosterUnit, this::header, this::createUnit, unmatchedEmployers);
    }

    /** The unit (name or credit code) whose roster this is; null when the file is not one unit's roster. */
    private Long rosterUnit(String unit) {
        if (unit == null) {
            return null;
        }
        String code = CreditCode.check(unit).isOk() ? CreditCode.of(unit).value() : null;
        UnitIndex.Match m = units.match(code, code == null ? unit : null);
        if (!m.found()) {
            throw new InvalidValueException(Problem.of("import.unit", m.candidates() > 1 ? "import.unitAmbiguous"
                    : "import.unitNotFound", unit, m.candidates()));
        }
        return m.id();
    }

    @Override
    void accept(List<ParsedRow> batch) {
        List<ParsedRow> accepted = acceptedRows(batch);
        Map<String, Worker> existing = Map.of();
        if (ledgerHasWorkers && !accepted.isEmpty()) {
            List<String> ids = new ArrayList<>(accepted.size());
            for (ParsedRow p : accepted) {
                ids.add(((WorkerValues) p.values()).idNumber());
            }
            existing = s.workerChanges().byIdNumbers(ids);
        }
        WorkerWrites.Batch out = new WorkerWrites.Batch();
        for (ParsedRow p : accepted) {
            reconcile(p, existing, out);
        }
        if (writing()) {
            if (writes == null) {
                writes = new WorkerWrites(s, journal, ctx.request().source(), now, today, ledgerHasWorkers);
            }
            writes.write(out);
        }
        for (ParsedRow p : batch) {
            done(p);
        }
    }

    /** Rejects the later rows of an ID number seen before in the file; gives the rows not rejected. */
    private List<ParsedRow> acceptedRows(List<ParsedRow> batch) {
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
        return accepted;
    }

    /** Decides one accepted row's outcome against the stored worker of its ID number, and what to write. */
    private void reconcile(ParsedRow p, Map<String, Worker> existing, WorkerWrites.Batch out) {
        WorkerValues v = (WorkerValues) p.values();
        WorkerPlaces.Place place = places.place(p, v);
        WorkerPlaces.Township township = places.township(p, v);
        Worker old = existing.get(v.idNumber());
        Worker result;
        if (old == null) {
            result = WorkerMerge.created(nextId++, v, place, township);
            out.inserts().add(result);
            WorkerChanges.firstStint(result, v.startDate(), today).ifPresent(out.firstJobs()::add);
            p.outcome(ParsedRow.Outcome.NEW, List.of(), null);
        } else {
            result = WorkerMerge.merged(old, v, place, township);
            List<Field> diff = WorkerMerge.diff(old, result);
            if (diff.isEmpty()) {
                p.outcome(ParsedRow.Outcome.UNCHANGED, List.of(), null);
            } else {
                boolean hadEmployer = old.employerId() != null || old.employerText() != null;
                boolean employerChanged = diff.contains(Field.EMPLOYER);
                if (hadEmployer && employerChanged) {
                    String from = old.employerId() != null ? places.unitName(old.employerId()) : old.employerText();
                    p.outcome(ParsedRow.Outcome.MOVED, diff, from);
                } else {
                    p.outcome(ParsedRow.Outcome.CHANGED, diff, null);
                }
                out.changes().add(new WorkerChanges.Change(old, result, v.startDate()));
                out.updates().add(result);
            }
            out.confirmedExisting().add(old.id());
        }
        if (result.employerId() != null) {
            employersSeen.add(result.employerId());
        }
        boolean refresh = old == null || p.outcome() != ParsedRow.Outcome.UNCHANGED || alreadyImported == null;
        if (refresh) {
            String said = place.employerId() != null ? places.unitName(place.employerId()) : place.employerText();
            out.sources().add(new ImportStore.SourceRow(result.id(), ctx.request().source(), batchId, now, said,
                    v.mobile()));
        }
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

    @Override
    public void close() {
        if (writes != null) {
            writes.close();
        }
    }

    @Override
    ImportResult finish() {
        if (writes != null) {
            writes.finish();
        }
        List<ImportStore.RosterEntry> missing = List.of();
        Long unit = rosterUnit;
        // Without a unit, a roster of a county's ledger is a canvassing of its area (属地摸排): everyone there.
        String area = ctx.request().reconcile() && unit == null
                ? AreaRoster.areaOf(s, ctx.request().area()).orElse(null) : null;
        if (ctx.request().reconcile() && unit == null && area == null) {
            if (employersSeen.size() != 1) {
                throw new InvalidValueException(Problem.of("import.unit", "import.reconcileNeedsUnit",
                        employersSeen.size()));
            }
            unit = employersSeen.iterator().next();
        }
        boolean marked = false;
        if (ctx.request().reconcile() || rosterUnit != null) {
            List<ImportStore.RosterEntry> absent = new ArrayList<>();
            for (ImportStore.RosterEntry e : area != null ? AreaRoster.of(s, area) : store.rosterOf(unit)) {
                if (!seen.contains(e.idNumber())) {
                    absent.add(e);
                }
            }
            missing = absent;
            marked = markMissing(missing);
        }
        return result(missing, marked || (writes != null && writes.changes()));
    }

    /** Sets the status the request asks for on the roster's workers missing from the file; whether any changed. */
    private boolean markMissing(List<ImportStore.RosterEntry> missing) {
        WorkerStatus mark = ctx.request().markMissing();
        if (mark == null || !writing() || missing.isEmpty()) {
            return false;
        }
        List<Long> ids = missing.stream().map(ImportStore.RosterEntry::workerId).toList();
        return s.workerChanges().setStatus(ids, mark, now, today, journal) > 0;
    }
}
