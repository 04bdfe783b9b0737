package org.xinye.ledger.io.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.xinye.ledger.domain.PoliticalStatus;
import org.xinye.ledger.domain.Worker;
import org.xinye.ledger.domain.WorkerStatus;

/** A row's values as a worker: a new one, or the stored one with what the row says (empty cells keep what was stored). */
final class WorkerMerge {
    private WorkerMerge() {
    }

    static Worker created(long id, WorkerValues v, WorkerPlaces.Place place, WorkerPlaces.Township township) {
        return new Worker(id, v.idNumber(), v.name(), v.idGender(), v.idBirth(), v.mobile(), v.occupation(),
                place.employerId(), place.employerText(), township.code(), township.text(),
                political(null, v), v.status() == null ? WorkerStatus.ACTIVE : v.status(), v.notes());
    }

    /** The stored worker with what the row says; what it leaves empty stays as it was. */
    static Worker merged(Worker old, WorkerValues v, WorkerPlaces.Place place, WorkerPlaces.Township township) {
        boolean employerSaid = place.said();
        boolean townshipSaid = township.said();
        return new Worker(old.id(), old.idNumber(), Values.merged(old.name(), v.name()), old.gender(),
                old.birthDate(), v.mobile() != null ? v.mobile() : old.mobile(),
                v.occupation() != null ? v.occupation() : old.occupation(),
                employerSaid ? place.employerId() : old.employerId(),
                employerSaid ? replaced(old.employerText(), place.employerText()) : old.employerText(),
                townshipSaid ? township.code() : old.townshipCode(),
                townshipSaid ? replaced(old.townshipText(), township.text()) : old.townshipText(),
                political(old.politicalStatus(), v), v.status() != null ? v.status() : old.status(),
                Values.merged(old.notes(), v.notes()));
    }

    /**
     * 政治面貌 as the row says it; a row that leaves it empty but gives a 组织关系 (党组织, 入党日期 …)
     * is a party member's, so a person not yet stored as one becomes 中共党员.
     */
    private static PoliticalStatus political(PoliticalStatus stored, WorkerValues v) {
        if (v.political() != null) {
            return v.political();
        }
        if (v.membershipSaid() && !isMember(stored)) {
            return PoliticalStatus.MEMBER;
        }
        return stored == null ? PoliticalStatus.MASSES : stored;
    }

    static boolean isMember(PoliticalStatus s) {
        return s == PoliticalStatus.MEMBER || s == PoliticalStatus.PROBATIONARY;
    }

    /** Text that replaces what was stored, null included (a matched code takes the place of unmatched text). */
    private static String replaced(String stored, String given) {
        return given == null ? null : Values.merged(stored, given);
    }

    /** The fields in which two states of a worker differ, in the order of the import's columns. */
    static List<Field> diff(Worker a, Worker b) {
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
}
