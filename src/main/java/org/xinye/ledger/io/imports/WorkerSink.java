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
import org.xinye.ledger.domain.Membership;
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
    private final WorkerMembers members;
    private final Map<String, Long> createdOrgs = new HashMap<>();
    /** For each employer that matched no unit: the townships its rows name, counted. */
    private final Map<String, Map<String, Integer>> unmatchedStreets = new HashMap<>();
    private final RegionIndex regions;
    /** Stand-in ids for units and orgs a dry run would create, so it decides every row as the import will. */
    private long placeholder = ImportRequest.CREATE;
    private final boolean ledgerHasWorkers;
    private final SeenIds seen = new SeenIds();
    private final Map<String, Long> created = new HashMap<>();
    private final Set<Long> employersSeen = new HashSet<>();
    /** The streets the workers written name; with employersSeen, checked at the end when foreign keys are off. */
    private final Set<String> townshipsSeen = new HashSet<>();
    /** Whether this load is written without SQLite enforcing foreign keys (Ledger.writeBulkIf). */
    private final boolean checkReferences;
    private final Long rosterUnit;
    private long nextId;
    /** Created on the first batch written. */
    private WorkerWrites writes;

    WorkerSink(Context ctx, Session s, boolean write) {
        super(ctx, s, write);
        this.units = new UnitIndex(store.unitKeys());
        this.ledgerHasWorkers = s.workers().any();
        this.checkReferences = write && !store.enforcesForeignKeys();
        this.nextId = s.workers().nextId();
        this.rosterUnit = rosterUnit(ctx.request().enterprise());
        this.regions = new RegionIndex(s.regions().all());
        this.places = new WorkerPlaces(units, regions, ctx.request().employerChoices(),
                rosterUnit, this::header, this::createUnit, unmatchedEmployers);
        this.members = new WorkerMembers(s.orgs().all(), ctx.request().orgChoices(), this::header, this::createOrg,
                unmatchedOrgs);
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
        Map<Long, Membership> relations = Map.of();
        if (!existing.isEmpty()) {
            List<Long> memberIds = new ArrayList<>();
            for (ParsedRow p : accepted) {
                Worker w = existing.get(((WorkerValues) p.values()).idNumber());
                if (w != null && ((WorkerValues) p.values()).membershipSaid()) {
                    memberIds.add(w.id());
                }
            }
            relations = memberIds.isEmpty() ? Map.of() : s.memberships().of(memberIds);
        }
        WorkerWrites.Batch out = new WorkerWrites.Batch();
        for (ParsedRow p : accepted) {
            reconcile(p, existing, relations, out);
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
            if (accepts(p)) {
                accepted.add(p);
            }
        }
        return accepted;
    }

    /** Whether the row goes on to be reconciled; a row rejected (now or by the parser) gets its outcome here. */
    private boolean accepts(ParsedRow p) {
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
            return false;
        }
        return true;
    }

    /** Decides one accepted row's outcome against the stored worker of its ID number, and what to write. */
    private void reconcile(ParsedRow p, Map<String, Worker> existing, Map<Long, Membership> relations,
                           WorkerWrites.Batch out) {
        WorkerValues v = (WorkerValues) p.values();
        WorkerPlaces.Place place = places.place(p, v);
        WorkerPlaces.Township township = places.township(p, v);
        WorkerMembers.OrgPlace org = v.membershipSaid() ? members.org(p, v) : WorkerMembers.OrgPlace.NONE;
        if (place.employerId() == null && place.employerText() != null && township.code() != null) {
            unmatchedStreets.computeIfAbsent(place.employerText(), k -> new HashMap<>()).merge(township.code(), 1,
                    Integer::sum);
        }
        Worker old = existing.get(v.idNumber());
        Worker result;
        if (old == null) {
            result = WorkerMerge.created(nextId++, v, place, township);
            if (v.membershipSaid()) {
                out.memberships().add(new WorkerWrites.MemberWrite(WorkerMembers.merged(null, result.id(), v, org),
                        false));
            }
            out.inserts().add(result);
            out.nameKeys().add(p.nameKeys());
            WorkerChanges.firstStint(result, v.startDate(), today).ifPresent(out.firstJobs()::add);
            p.outcome(ParsedRow.Outcome.NEW, List.of(), null);
        } else {
            result = WorkerMerge.merged(old, v, place, township);
            List<Field> diff = new ArrayList<>(WorkerMerge.diff(old, result));
            boolean workerChanged = !diff.isEmpty();
            if (v.membershipSaid() && WorkerMerge.isMember(result.politicalStatus())) {
                Membership before = relations.get(old.id());
                Membership after = WorkerMembers.merged(before, old.id(), v, org);
                List<Field> changed = WorkerMembers.diff(before, after);
                if (!changed.isEmpty()) {
                    diff.addAll(changed);
                    out.memberships().add(new WorkerWrites.MemberWrite(after, true));
                }
            }
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
                if (workerChanged) {
                    out.changes().add(new WorkerChanges.Change(old, result, v.startDate()));
                    out.updates().add(result);
                }
            }
            out.confirmedExisting().add(old.id());
        }
        if (result.employerId() != null) {
            employersSeen.add(result.employerId());
        }
        if (result.townshipCode() != null) {
            townshipsSeen.add(result.townshipCode());
        }
        boolean refresh = old == null || p.outcome() != ParsedRow.Outcome.UNCHANGED || alreadyImported == null;
        if (refresh) {
            String said = place.employerId() != null ? places.unitName(place.employerId()) : place.employerText();
            out.sources().add(new ImportStore.SourceRow(result.id(), ctx.request().source(), batchId, now, said,
                    v.mobile()));
        }
    }

    /**
     * A unit the user chose to create in the wizard, in the street the user gave it; created once,
     * on first use, as a basic-level outlet. A dry run gives it a stand-in id.
     */
    private Long createUnit(String name) {
        if (!writing()) {
            return created.computeIfAbsent(name, n -> --placeholder);
        }
        return created.computeIfAbsent(name, n -> {
            Enterprise e = Enterprise.of(n, EnterpriseKind.OUTLET, Values.industryFromName(n),
                    ctx.request().newUnitStreets().get(n));
            long id = s.enterprises().insert(e);
            journal.inserted("enterprise", id);
            units.add(id, n, null);
            return id;
        });
    }

    /** An org the user chose to create in the wizard; created once, on first use. */
    private Long createOrg(String name) {
        if (!writing()) {
            return createdOrgs.computeIfAbsent(name, n -> --placeholder);
        }
        return createdOrgs.computeIfAbsent(name, n -> {
            long id = s.orgs().insert(WorkerMembers.newOrg(n, null));
            journal.inserted("party_org", id);
            members.created(id, n);
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
        if (checkReferences) {
            store.requireReferences(employersSeen, townshipsSeen);
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
        return result(missing, marked || (writes != null && writes.changes()), streets());
    }

    /**
     * The street to suggest for each employer that matched no unit, should the user create it: the
     * township most of its rows name, else the one its name names (迅达快递少先路站 → 少先路街道).
     */
    private Map<String, String> streets() {
        Map<String, String> out = new HashMap<>();
        for (String name : unmatchedEmployers.keySet()) {
            Map<String, Integer> seen = unmatchedStreets.getOrDefault(name, Map.of());
            String best = seen.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                    .orElseGet(() -> regions.namedIn(name));
            if (best != null) {
                out.put(name, best);
            }
        }
        return out;
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
