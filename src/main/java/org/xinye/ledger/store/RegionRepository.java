package org.xinye.ledger.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.xinye.ledger.domain.InvalidValueException;
import org.xinye.ledger.domain.Problem;
import org.xinye.ledger.domain.Region;
import org.xinye.ledger.domain.RegionLevel;

/** The region tree: city → counties → townships (→ communities). */
public final class RegionRepository {
    static final String DEFAULT_TREE = "/org/xinye/ledger/store/regions/baotou_regions.csv";
    private final Connection c;

    RegionRepository(Connection c) {
        this.c = c;
    }

    private static Region map(ResultSet rs) throws SQLException {
        return new Region(rs.getString("code"), rs.getString("name"),
                RegionLevel.valueOf(rs.getString("level")), rs.getString("parent_code"));
    }

    public List<Region> all() {
        return Sql.list(c, "SELECT * FROM region ORDER BY code", RegionRepository::map);
    }

    public Optional<Region> get(String code) {
        return Sql.one(c, "SELECT * FROM region WHERE code = ?", RegionRepository::map, code);
    }

    /**
     * The county with this code, for a coverage scope: coverage is counted by township below a
     * county only, so any other level would give a row of zeros and is refused with what to give.
     */
    public Region county(String code) {
        Region r = get(code).orElseThrow(() -> new InvalidValueException(Problem.of("region", "region.notFound", code)));
        if (r.level() != RegionLevel.COUNTY) {
            throw new InvalidValueException(Problem.of("region", "region.notCounty", code, r.name()));
        }
        return r;
    }

    public List<Region> children(String parentCode) {
        return Sql.list(c, "SELECT * FROM region WHERE parent_code = ? ORDER BY code", RegionRepository::map, parentCode);
    }

    public List<Region> byLevel(RegionLevel level) {
        return Sql.list(c, "SELECT * FROM region WHERE level = ? ORDER BY code", RegionRepository::map, level);
    }

    /** The city at the root of the tree (the ledger's home). */
    public Optional<Region> city() {
        return Sql.one(c, "SELECT * FROM region WHERE level = 'CITY' ORDER BY code LIMIT 1", RegionRepository::map);
    }

    public long count() {
        return Sql.count(c, "SELECT COUNT(*) FROM region");
    }

    void loadDefaultTree() {
        try (InputStream in = RegionRepository.class.getResourceAsStream(DEFAULT_TREE)) {
            RegionCsv.Parsed parsed = RegionCsv.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            if (!parsed.errors().isEmpty()) {
                throw new IllegalStateException("bundled region tree is invalid: " + parsed.errors());
            }
            upsert(parsed.regions());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What {@link #replaceTree} did. */
    public record TreeChange(int added, int updated, int removed, int kept) {
    }

    /**
     * Makes the tree the given city's: adds and renames regions, and removes old regions that
     * nothing refers to. Regions still used by a unit, org, worker or station stay. The audit
     * log notes it, with {@code source} (the file's name) and the counts.
     */
    public TreeChange replaceTree(List<Region> regions, String source) {
        Set<String> incoming = new HashSet<>();
        int added = 0;
        int updated = 0;
        for (Region r : regions) {
            incoming.add(r.code());
            if (get(r.code()).isPresent()) {
                updated++;
            } else {
                added++;
            }
        }
        upsert(regions);
        Set<String> used = new HashSet<>(Sql.list(c, """
                SELECT township_code FROM enterprise WHERE township_code IS NOT NULL
                UNION SELECT region_code FROM party_org WHERE region_code IS NOT NULL
                UNION SELECT township_code FROM worker WHERE township_code IS NOT NULL
                UNION SELECT region_code FROM station WHERE region_code IS NOT NULL
                UNION SELECT community_code FROM double_report WHERE community_code IS NOT NULL
                """, rs -> rs.getString(1)));
        int removed = 0;
        int kept = 0;
        // Deepest first, so a parent goes after its children.
        List<Region> old = Sql.list(c, "SELECT * FROM region ORDER BY length(rtrim(code, '0')) DESC, code",
                RegionRepository::map);
        for (Region r : old) {
            if (incoming.contains(r.code())) {
                continue;
            }
            boolean hasChildren = Sql.count(c, "SELECT COUNT(*) FROM region WHERE parent_code = ?", r.code()) > 0;
            if (used.contains(r.code()) || hasChildren) {
                kept++;
            } else {
                Sql.update(c, "DELETE FROM region WHERE code = ?", r.code());
                removed++;
            }
        }
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("file", source);
        facts.put("regions", regions.size());
        facts.put("added", added);
        facts.put("updated", updated);
        facts.put("removed", removed);
        new AuditRepository(c).append("region", null, "IMPORT", null, RecordJson.write(facts));
        return new TreeChange(added, updated, removed, kept);
    }

    /** Adds or renames regions; parents must come before their children. */
    public void upsert(List<Region> regions) {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO region(code, name, level, parent_code) VALUES (?,?,?,?)
                ON CONFLICT(code) DO UPDATE SET name = excluded.name, level = excluded.level,
                    parent_code = excluded.parent_code""")) {
            for (Region r : regions) {
                Sql.bind(ps, r.code(), r.name(), r.level(), r.parentCode());
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw Failures.translate(e);
        }
    }
}
