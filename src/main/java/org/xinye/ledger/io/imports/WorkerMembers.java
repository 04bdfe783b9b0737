package org.xinye.ledger.io.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.xinye.ledger.domain.Membership;
import org.xinye.ledger.domain.OrgForm;
import org.xinye.ledger.domain.PartyOrg;
import org.xinye.ledger.domain.RelationStatus;
import org.xinye.ledger.domain.Text;
import org.xinye.ledger.store.ImportStore;

/**
 * A party member's 组织关系 as a roster gives it (党组织, 组织关系状态, 入党日期 beside 政治面貌): the
 * org matched by name as employers are (a match, an org the wizard chose to create or map, or
 * the text kept with a warning, 党组织待匹配), merged with the stored relation field by field
 * (empty cells keep what was stored), and what changed.
 */
final class WorkerMembers {
    /** The org a row names: one of the ledger's, or the text as typed when it matched none. */
    record OrgPlace(Long orgId, String orgText) {
        static final OrgPlace NONE = new OrgPlace(null, null);

        boolean said() {
            return orgId != null || orgText != null;
        }
    }

    private final UnitIndex orgs;
    private final Map<String, Long> choices;
    private final Function<Field, String> header;
    private final Function<String, Long> createOrg;
    private final Map<String, Integer> unmatched;
    private final Map<String, UnitIndex.Match> byName = new HashMap<>();

    /**
     * @param choices   the wizard's choices: org text → org id, or {@link ImportRequest#CREATE}
     * @param createOrg creates an org of that name (null when nothing is written)
     * @param unmatched counts, by text, the orgs that matched none
     */
    WorkerMembers(List<PartyOrg> ledgerOrgs, Map<String, Long> choices, Function<Field, String> header,
                  Function<String, Long> createOrg, Map<String, Integer> unmatched) {
        List<ImportStore.UnitKey> keys = new ArrayList<>(ledgerOrgs.size());
        for (PartyOrg o : ledgerOrgs) {
            keys.add(new ImportStore.UnitKey(o.id(), o.name(), null, o.regionCode()));
        }
        this.orgs = new UnitIndex(keys);
        this.choices = choices;
        this.header = header;
        this.createOrg = createOrg;
        this.unmatched = unmatched;
    }

    /** An org created during this import, so later rows naming it match it. */
    void created(long id, String name) {
        orgs.add(id, name, null);
        byName.clear();
    }

    /** The org the row names; unmatched text is kept and counted, with a warning on the row. */
    OrgPlace org(ParsedRow p, WorkerValues v) {
        String text = v.partyOrg();
        if (text == null) {
            return OrgPlace.NONE;
        }
        Long chosen = choices.get(text);
        if (chosen != null) {
            Long id = chosen == ImportRequest.CREATE ? createOrg.apply(text) : chosen;
            return id != null ? new OrgPlace(id, null) : new OrgPlace(null, text);
        }
        UnitIndex.Match m = byName.computeIfAbsent(text, k -> orgs.match(null, k));
        if (m.found()) {
            return new OrgPlace(m.id(), null);
        }
        unmatched.merge(text, 1, Integer::sum);
        p.add(Sink.warning(p, Field.PARTY_ORG, header.apply(Field.PARTY_ORG), text,
                m.candidates() > 1 ? "org.ambiguous" : "org.unmatched",
                m.candidates() > 1 ? "import.rule.orgAmbiguous" : "import.rule.orgUnmatched",
                "import.hint.orgUnmatched", text, m.candidates()));
        return new OrgPlace(null, text);
    }

    /**
     * The relation after the row: the stored one (or none) with what the row says. A named org
     * holds the relation (已转入 unless the row says otherwise); with no org known the relation is
     * taken to be still at home (未转入).
     */
    static Membership merged(Membership old, long workerId, WorkerValues v, OrgPlace place) {
        Long orgId = place.said() ? place.orgId() : old == null ? null : old.orgId();
        String orgText = place.said() ? (place.orgText() == null ? null
                : Values.merged(old == null ? null : old.orgText(), place.orgText())) : old == null ? null : old.orgText();
        RelationStatus status = v.relation() != null ? v.relation() : old != null ? old.relationStatus()
                : orgId != null || orgText != null ? RelationStatus.TRANSFERRED_IN : RelationStatus.NOT_TRANSFERRED;
        LocalDate joined = v.joinedParty() != null ? v.joinedParty() : old == null ? null : old.joinedDate();
        if (old == null) {
            return new Membership(workerId, orgId, status, null, null, null, null, joined, orgText);
        }
        return new Membership(workerId, orgId, status, old.homeOrg(), old.mobileCertNo(), old.mobileCertDate(),
                old.lastAnnualCheck(), joined, orgText);
    }

    /** The roster's fields in which two relations differ (no relation before: every field the new one has). */
    static List<Field> diff(Membership before, Membership after) {
        List<Field> out = new ArrayList<>();
        if (!Objects.equals(before == null ? null : before.orgId(), after.orgId())
                || !Objects.equals(before == null ? null : before.orgText(), after.orgText())) {
            out.add(Field.PARTY_ORG);
        }
        if (before == null || before.relationStatus() != after.relationStatus()) {
            out.add(Field.RELATION_STATUS);
        }
        if (!Objects.equals(before == null ? null : before.joinedDate(), after.joinedDate())) {
            out.add(Field.JOINED_PARTY);
        }
        return out;
    }

    /** The org an import creates for a name the wizard chose to create. */
    static PartyOrg newOrg(String text, String regionCode) {
        String name = Text.clean(text);
        return PartyOrg.of(name, OrgNames.level(name), OrgNames.form(name, OrgForm.SINGLE), regionCode);
    }
}
