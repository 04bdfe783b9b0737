package org.xinye.ledger.ui.orgs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.xinye.ledger.domain.SearchMatcher;
import org.xinye.ledger.store.Listings.OrgRow;

/**
 * The org tree by parent, as plain data: roots are orgs without a parent (or whose parent is
 * missing). A search keeps the matching orgs and the path down to them.
 */
public final class OrgTree {
    /** One org and the orgs under it. */
    public record Branch(OrgRow org, List<Branch> children, boolean match) {
    }

    private OrgTree() {
    }

    public static List<Branch> build(List<OrgRow> rows, String search) {
        Map<Long, OrgRow> byId = new HashMap<>();
        Map<Long, List<OrgRow>> children = new HashMap<>();
        for (OrgRow r : rows) {
            byId.put(r.id(), r);
        }
        List<OrgRow> roots = new ArrayList<>();
        for (OrgRow r : rows) {
            if (r.parentId() == null || !byId.containsKey(r.parentId()) || r.parentId() == r.id()) {
                roots.add(r);
            } else {
                children.computeIfAbsent(r.parentId(), k -> new ArrayList<>()).add(r);
            }
        }
        SearchMatcher needle = SearchMatcher.of(search);
        Set<Long> keep = null;
        Set<Long> matches = new HashSet<>();
        if (!needle.isEmpty()) {
            keep = new LinkedHashSet<>();
            for (OrgRow r : rows) {
                if (needle.matches(r.name(), r.secretary())) {
                    matches.add(r.id());
                    Long id = r.id();
                    Set<Long> seen = new HashSet<>();
                    while (id != null && seen.add(id) && byId.containsKey(id)) {
                        keep.add(id);
                        id = byId.get(id).parentId();
                    }
                }
            }
        }
        List<Branch> out = new ArrayList<>();
        Set<Long> placed = new HashSet<>();
        for (OrgRow r : roots) {
            Branch b = branch(r, children, keep, matches, placed);
            if (b != null) {
                out.add(b);
            }
        }
        // An org in a parent cycle is reachable from no root; list it at the top rather than lose it.
        for (OrgRow r : rows) {
            if (!placed.contains(r.id()) && (keep == null || keep.contains(r.id()))) {
                Branch b = branch(r, children, keep, matches, placed);
                if (b != null) {
                    out.add(b);
                }
            }
        }
        return out;
    }

    private static Branch branch(OrgRow r, Map<Long, List<OrgRow>> children, Set<Long> keep, Set<Long> matches,
                                 Set<Long> placed) {
        if ((keep != null && !keep.contains(r.id())) || !placed.add(r.id())) {
            return null;
        }
        List<Branch> kids = new ArrayList<>();
        for (OrgRow c : children.getOrDefault(r.id(), List.of())) {
            Branch b = branch(c, children, keep, matches, placed);
            if (b != null) {
                kids.add(b);
            }
        }
        return new Branch(r, kids, matches.contains(r.id()));
    }
}
