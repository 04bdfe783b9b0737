package org.xinye.ledger.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.xinye.ledger.domain.Station;
import org.xinye.ledger.domain.StationKind;

/** 党群服务阵地. */
public final class StationRepository {
    private final Connection c;

    StationRepository(Connection c) {
        this.c = c;
    }

    public static Station map(ResultSet rs) throws SQLException {
        return new Station(rs.getLong("id"), rs.getString("name"), Sql.enumOf(StationKind.class, rs, "kind"),
                rs.getString("host"), rs.getString("region_code"), rs.getString("address"), rs.getString("facilities"),
                rs.getString("opening_hours"), rs.getString("notes"));
    }

    public long insert(Station s) {
        String now = Instant.now().toString();
        return Sql.insert(c, """
                INSERT INTO station(name, kind, host, region_code, address, facilities, opening_hours, notes,
                    created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)""", s.name(), s.kind(), s.host(),
                s.regionCode(), s.address(), s.facilities(), s.openingHours(), s.notes(), now, now);
    }

    public void update(Station s) {
        int n = Sql.update(c, """
                UPDATE station SET name = ?, kind = ?, host = ?, region_code = ?, address = ?, facilities = ?,
                    opening_hours = ?, notes = ?, updated_at = ? WHERE id = ?""", s.name(), s.kind(), s.host(),
                s.regionCode(), s.address(), s.facilities(), s.openingHours(), s.notes(), Instant.now().toString(),
                s.id());
        if (n != 1) {
            throw new StoreException(StoreException.Kind.NOT_FOUND, "store.recordGone", null, s.id());
        }
    }

    public void delete(long id) {
        Sql.update(c, "DELETE FROM station WHERE id = ?", id);
    }

    public Optional<Station> get(long id) {
        return Sql.one(c, "SELECT * FROM station WHERE id = ?", StationRepository::map, id);
    }

    public List<Station> all() {
        return Sql.list(c, "SELECT * FROM station ORDER BY id", StationRepository::map);
    }

    public long count() {
        return Sql.count(c, "SELECT COUNT(*) FROM station");
    }
}
