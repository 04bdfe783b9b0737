package org.xinye.ledger.io.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.xinye.ledger.domain.Assignment;
import org.xinye.ledger.domain.Enterprise;
import org.xinye.ledger.domain.EnterpriseKind;
import org.xinye.ledger.domain.Instructor;
import org.xinye.ledger.domain.InstructorRole;
import org.xinye.ledger.domain.OperatingStatus;
import org.xinye.ledger.domain.OrgForm;
import org.xinye.ledger.domain.PartyOrg;
import org.xinye.ledger.domain.Text;
import org.xinye.ledger.store.Session;

/**
 * Enterprises rows against the ledger, by credit code then name. A row may carry coverage
 * facts: the party org covering the unit (units naming the same org share one; it is
 * created once, joint when several units name it), the instructor and liaison assigned,
 * and 工会/共青团/妇联. Unit lists are a few thousand rows, so rows are gathered first and
 * reconciled together.
 */
final class UnitSink extends Sink {
    private final List<ParsedRow> all = new ArrayList<>();
    private final UnitIndex units;
    private final RegionIndex regions;
    private final Map<String, Long> orgsByName = new HashMap<>();
    private final Map<String, Long> instructorsByName = new HashMap<>();
    private boolean changes;

    UnitSink(Context ctx, Session s, boolean write) {
        super(ctx, s, write);
        this.units = new UnitIndex(store.unitKeys());
        this.regions = new RegionIndex(s.regions().all());
        Map<String, Integer> orgNames = new HashMap<>();
        for (PartyOrg o : s.orgs().all()) {
            String k = Text.compact(o.name());
            orgNames.merge(k, 1, Integer::sum);
            orgsByName.put(k, o.id());
        }
        orgNames.forEach((k, n) -> {
            if (n > 1) {
                orgsByName.remove(k);
            }
        });
        for (Instructor i : s.instructors().all()) {
            instructorsByName.putIfAbsent(i.role() + "|" + Text.compact(i.name()), i.id());
        }
    }

    @Override
    void accept(List<ParsedRow> batch) {
        all.addAll(batch);
    }

    @Override
    ImportResult finish() {
        Map<String, Integer> orgMentions = new HashMap<>();
        for (ParsedRow p : all) {
            UnitValues v = (UnitValues) p.values();
            if (!p.rejected() && v.orgName() != null) {
                orgMentions.merge(Text.compact(v.orgName()), 1, Integer::sum);
            }
        }
        Map<String, Integer> firstByKey = new HashMap<>();
        for (ParsedRow p : all) {
            UnitValues v = (UnitValues) p.values();
            if (!p.rejected()) {
                // The same unit may come back under its code or under its name alone.
                Integer first = firstByKey.get("name:" + UnitIndex.key(v.name()));
                if (first == null && v.creditCode() != null) {
                    first = firstByKey.get("code:" + v.creditCode());
                }
                if (first == null) {
                    firstByKey.put("name:" + UnitIndex.key(v.name()), p.number());
                    if (v.creditCode() != null) {
                        firstByKey.put("code:" + v.creditCode(), p.number());
                    }
                } else {
                    p.add(error(p, Field.UNIT_NAME, header(Field.UNIT_NAME), v.name(), "dup.unit",
                            "import.rule.duplicateUnit", "import.hint.duplicateId", first));
                }
            }
            UnitIndex.Match m = null;
            if (!p.rejected()) {
                m = units.match(v.creditCode(), v.name());
                if (!m.found() && m.candidates() > 1) {
                    p.add(error(p, Field.UNIT_NAME, header(Field.UNIT_NAME), v.name(), "unit.ambiguous",
                            "import.rule.unitAmbiguous", "import.hint.unitAmbiguous", v.name(), m.candidates()));
                }
                boolean renames = m.found() && v.creditCode() != null
                        && !UnitIndex.key(units.name(m.id())).equals(UnitIndex.key(v.name()));
                Long namesake = renames ? units.otherNamed(v.name(), m.id()) : null;
                if (namesake != null) {
                    // The code decides, so the row renames the unit it points at; a name that already belongs to
                    // another unit more likely means a code copied from the wrong row.
                    p.add(warning(p, Field.CREDIT_CODE, header(Field.CREDIT_CODE), v.creditCode(), "unit.codeNameConflict",
                            "import.rule.codeNameConflict", "import.hint.codeNameConflict", units.name(m.id()), v.name()));
                }
            }
            if (p.rejected()) {
                p.outcome(ParsedRow.Outcome.REJECTED, List.of(), null);
            } else {
                apply(p, v, m);
            }
            done(p);
        }
        return result(List.of(), changes);
    }

    private void apply(ParsedRow p, UnitValues v, UnitIndex.Match m) {
        Long parentId = null;
        if (v.parent() != null) {
            UnitIndex.Match pm = units.match(null, v.parent());
            if (pm.found()) {
                parentId = pm.id();
            } else {
                p.add(warning(p, Field.PARENT, header(Field.PARENT), v.parent(), "parent.unmatched",
                        "import.rule.parentUnmatched", "import.hint.employerUnmatched", v.parent()));
            }
        }
        String townshipCode = null;
        String townshipText = null;
        if (v.township() != null) {
            RegionIndex.Match rm = regions.township(v.county(), v.township());
            if (rm.found()) {
                townshipCode = rm.code();
            } else {
                townshipText = v.county() == null ? v.township() : v.county() + v.township();
                p.add(warning(p, Field.UNIT_TOWNSHIP, header(Field.UNIT_TOWNSHIP), townshipText,
                        rm.candidates() > 1 ? "township.ambiguous" : "township.unmatched",
                        rm.candidates() > 1 ? "import.rule.townshipAmbiguous" : "import.rule.townshipUnmatched",
                        "import.hint.townshipUnmatched", townshipText, rm.counties()));
            }
        }
        boolean townshipSaid = v.township() != null;
        Enterprise old = m.found() ? s.enterprises().get(m.id()).orElseThrow() : null;
        Enterprise merged = merge(old, v, parentId, townshipSaid ? townshipCode : null, townshipSaid);
        List<Field> diff = old == null ? List.of() : diff(old, merged);
        long id;
        if (old == null) {
            id = writing() ? s.enterprises().insert(merged) : -1;
            if (writing()) {
                journal.inserted("enterprise", id);
                units.add(id, merged.name(), merged.creditCode());
                changes = true;
            }
        } else {
            id = old.id();
            if (!diff.isEmpty() && writing()) {
                journal.updated("enterprise", id, journal.snapshots("enterprise", List.of(id)).get(id));
                s.enterprises().update(merged);
                changes = true;
            }
        }
        if (writing() && townshipSaid) {
            store.setTownshipText(id, townshipText);
        }
        List<Field> coverage = coverage(p, v, id, merged, old == null);
        List<Field> all = new ArrayList<>(diff);
        all.addAll(coverage);
        if (old == null) {
            p.outcome(ParsedRow.Outcome.NEW, List.of(), null);
        } else if (all.isEmpty()) {
            p.outcome(ParsedRow.Outcome.UNCHANGED, List.of(), null);
        } else {
            p.outcome(ParsedRow.Outcome.CHANGED, all, null);
        }
    }

    private static Enterprise merge(Enterprise o, UnitValues v, Long parentId, String townshipCode,
                                    boolean townshipSaid) {
        if (o == null) {
            return new Enterprise(null, v.name(), v.creditCode(), v.kind() != null ? v.kind() : EnterpriseKind.OUTLET,
                    v.industry() != null ? v.industry() : Values.industryFromName(v.name()), parentId, townshipCode,
                    v.address(), v.declaredWorkers(), v.status() != null ? v.status() : OperatingStatus.OPERATING,
                    v.inScope() == null || v.inScope(), v.competentDept(), v.responsibleUnit(),
                    Boolean.TRUE.equals(v.partyInCharter()), Boolean.TRUE.equals(v.crossAppointment()),
                    Boolean.TRUE.equals(v.union()), Boolean.TRUE.equals(v.youthLeague()),
                    Boolean.TRUE.equals(v.womensFederation()), v.contactName(), v.contactPhone(), v.notes());
        }
        return new Enterprise(o.id(), Values.merged(o.name(), v.name()), or(v.creditCode(), o.creditCode()),
                or(v.kind(), o.kind()), or(v.industry(), o.industry()), or(parentId, o.parentId()),
                townshipSaid ? townshipCode : o.townshipCode(), Values.merged(o.address(), v.address()),
                or(v.declaredWorkers(), o.declaredWorkers()), or(v.status(), o.status()), or(v.inScope(), o.inScope()),
                Values.merged(o.competentDept(), v.competentDept()),
                Values.merged(o.responsibleUnit(), v.responsibleUnit()),
                or(v.partyInCharter(), o.partyInCharter()), or(v.crossAppointment(), o.crossAppointment()),
                or(v.union(), o.hasUnion()), or(v.youthLeague(), o.hasYouthLeague()),
                or(v.womensFederation(), o.hasWomensFederation()), Values.merged(o.contactName(), v.contactName()),
                Values.merged(o.contactPhone(), v.contactPhone()), Values.merged(o.notes(), v.notes()));
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }

    private static List<Field> diff(Enterprise a, Enterprise b) {
        List<Field> out = new ArrayList<>();
        check(out, Field.UNIT_NAME, a.name(), b.name());
        check(out, Field.CREDIT_CODE, a.creditCode(), b.creditCode());
        check(out, Field.KIND, a.kind(), b.kind());
        check(out, Field.INDUSTRY, a.industry(), b.industry());
        check(out, Field.PARENT, a.parentId(), b.parentId());
        check(out, Field.UNIT_TOWNSHIP, a.townshipCode(), b.townshipCode());
        check(out, Field.ADDRESS, a.address(), b.address());
        check(out, Field.DECLARED_WORKERS, a.declaredWorkers(), b.declaredWorkers());
        check(out, Field.OPERATING_STATUS, a.status(), b.status());
        check(out, Field.IN_SCOPE, a.inScope(), b.inScope());
        check(out, Field.COMPETENT_DEPT, a.competentDept(), b.competentDept());
        check(out, Field.RESPONSIBLE_UNIT, a.responsibleUnit(), b.responsibleUnit());
        check(out, Field.PARTY_IN_CHARTER, a.partyInCharter(), b.partyInCharter());
        check(out, Field.CROSS_APPOINTMENT, a.crossAppointment(), b.crossAppointment());
        check(out, Field.UNION, a.hasUnion(), b.hasUnion());
        check(out, Field.YOUTH_LEAGUE, a.hasYouthLeague(), b.hasYouthLeague());
        check(out, Field.WOMENS_FEDERATION, a.hasWomensFederation(), b.hasWomensFederation());
        check(out, Field.CONTACT_NAME, a.contactName(), b.contactName());
        check(out, Field.CONTACT_PHONE, a.contactPhone(), b.contactPhone());
        check(out, Field.UNIT_NOTES, a.notes(), b.notes());
        return out;
    }

    private static void check(List<Field> out, Field f, Object a, Object b) {
        if (!Objects.equals(a, b)) {
            out.add(f);
        }
    }

    /** Links the org, instructor and liaison the row names; gives the coverage fields that changed. */
    private List<Field> coverage(ParsedRow p, UnitValues v, long unitId, Enterprise unit, boolean isNew) {
        List<Field> out = new ArrayList<>();
        if (v.orgName() != null) {
            String key = Text.compact(v.orgName());
            Long orgId = orgsByName.get(key);
            boolean linked = orgId != null && !isNew && s.orgs().coveringOrgs(unitId).stream()
                    .anyMatch(o -> o.id().equals(orgId));
            if (!linked) {
                out.add(Field.ORG_NAME);
                if (writing()) {
                    long org = orgId != null ? orgId : createOrg(v, unit, key);
                    s.orgs().cover(org, unitId);
                    journal.insertedKey("org_coverage", unitId, Map.of("org_id", org, "enterprise_id", unitId));
                    changes = true;
                }
            }
        }
        assign(v.instructor(), InstructorRole.INSTRUCTOR, unitId, isNew, Field.INSTRUCTOR, out);
        assign(v.liaison(), InstructorRole.LIAISON, unitId, isNew, Field.LIAISON, out);
        return out;
    }

    private long createOrg(UnitValues v, Enterprise unit, String key) {
        int mentions = 0;
        for (ParsedRow p : all) {
            UnitValues u = (UnitValues) p.values();
            if (!p.rejected() && u.orgName() != null && Text.compact(u.orgName()).equals(key)) {
                mentions++;
            }
        }
        OrgForm form = v.orgForm() != null ? v.orgForm() : mentions > 1 ? OrgForm.JOINT : OrgForm.SINGLE;
        String name = Text.clean(v.orgName());
        long id = s.orgs().insert(PartyOrg.of(name, OrgNames.level(name), form, unit.townshipCode()));
        journal.inserted("party_org", id);
        orgsByName.put(key, id);
        return id;
    }

    private void assign(String names, InstructorRole role, long unitId, boolean isNew, Field field, List<Field> out) {
        if (names == null) {
            return;
        }
        for (String raw : names.split("[、,，;；/]")) {
            String name = Text.clean(raw);
            if (name.isEmpty()) {
                continue;
            }
            String key = role + "|" + Text.compact(name);
            Long instructor = instructorsByName.get(key);
            boolean assigned = instructor != null && !isNew && s.instructors().assignmentsOf(unitId).stream()
                    .anyMatch(a -> a.instructorId() == instructor && a.isActiveOn(today));
            if (assigned) {
                continue;
            }
            if (!out.contains(field)) {
                out.add(field);
            }
            if (writing()) {
                long id;
                if (instructor != null) {
                    id = instructor;
                } else {
                    id = s.instructors().insert(new Instructor(null, name, null, role, false, null, true, null));
                    journal.inserted("instructor", id);
                    instructorsByName.put(key, id);
                }
                long a = s.instructors().assign(new Assignment(null, id, unitId, today, null));
                journal.inserted("assignment", a);
                changes = true;
            }
        }
    }
}
