package org.xinye.ledger.ui.orgs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.xinye.ledger.domain.OrgForm;
import org.xinye.ledger.domain.OrgLevel;
import org.xinye.ledger.store.Listings.OrgRow;

class OrgTreeTest {
    private static OrgRow org(long id, String name, Long parent) {
        return new OrgRow(id, name, OrgLevel.BRANCH, OrgForm.JOINT, parent, null, null, 0, 0, true);
    }

    private final List<OrgRow> rows = List.of(org(1, "东河区党委", null), org(2, "东站联合党支部", 1L),
            org(3, "西脑包联合党支部", 1L), org(4, "青山区党委", null), org(5, "富强路商圈党支部", 4L));

    @Test
    void orgsHangUnderTheirParents() {
        List<OrgTree.Branch> tree = OrgTree.build(rows, "");
        assertEquals(2, tree.size());
        assertEquals(2, tree.get(0).children().size());
        assertEquals("富强路商圈党支部", tree.get(1).children().get(0).org().name());
    }

    @Test
    void aSearchKeepsTheMatchesAndThePathToThem() {
        List<OrgTree.Branch> tree = OrgTree.build(rows, "西脑包");
        assertEquals(1, tree.size());
        assertEquals("东河区党委", tree.get(0).org().name());
        assertEquals(1, tree.get(0).children().size());
        assertTrue(tree.get(0).children().get(0).match());
    }

    @Test
    void anOrgInAParentCycleIsStillListed() {
        List<OrgRow> cyclic = List.of(org(1, "甲", 2L), org(2, "乙", 1L), org(3, "丙", null));
        List<OrgTree.Branch> tree = OrgTree.build(cyclic, "");
        long listed = tree.stream().mapToLong(b -> 1 + b.children().size()).sum();
        assertEquals(3, listed);
    }
}
