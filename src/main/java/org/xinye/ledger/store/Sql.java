package org.xinye.ledger.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Small JDBC helpers: binding of domain types and row mapping, so repositories stay short. */
public final class Sql {
    private Sql() {
    }

    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    public static void bind(PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            bindOne(ps, i + 1, params[i]);
        }
    }

    static void bindOne(PreparedStatement ps, int index, Object p) throws SQLException {
        if (p == null) {
            ps.setNull(index, Types.NULL);
        } else if (p instanceof String s) {
            ps.setString(index, s);
        } else if (p instanceof Integer n) {
            ps.setInt(index, n);
        } else if (p instanceof Long n) {
            ps.setLong(index, n);
        } else if (p instanceof Double d) {
            ps.setDouble(index, d);
        } else if (p instanceof Boolean b) {
            ps.setInt(index, b ? 1 : 0);
        } else if (p instanceof Enum<?> e) {
            ps.setString(index, e.name());
        } else if (p instanceof LocalDate d) {
            ps.setString(index, d.toString());
        } else if (p instanceof YearMonth m) {
            ps.setString(index, m.toString());
        } else if (p instanceof Instant t) {
            ps.setString(index, t.toString());
        } else {
            throw new IllegalArgumentException("cannot bind " + p.getClass());
        }
    }

    public static <T> List<T> list(Connection c, String sql, RowMapper<T> mapper, Object... params) {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                List<T> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(mapper.map(rs));
                }
                return out;
            }
        } catch (SQLException e) {
            throw Failures.translate(e);
        }
    }

    public static <T> Optional<T> one(Connection c, String sql, RowMapper<T> mapper, Object... params) {
        List<T> rows = list(c, sql, mapper, params);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    public static long count(Connection c, String sql, Object... params) {
        return one(c, sql, rs -> rs.getLong(1), params).orElse(0L);
    }

    public static int update(Connection c, String sql, Object... params) {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw Failures.translate(e);
        }
    }

    /** Runs an {@code INSERT ... RETURNING id} and gives the new id. */
    public static long insert(Connection c, String sql, Object... params) {
        return one(c, sql + " RETURNING id", rs -> rs.getLong(1), params)
                .orElseThrow(() -> new IllegalStateException("no id returned"));
    }

    // Row readers: SQLite gives NULL back as 0 for getInt/getLong, so nullable columns need these.

    public static Long longOrNull(ResultSet rs, String col) throws SQLException {
        long v = rs.getLong(col);
        return rs.wasNull() ? null : v;
    }

    public static Integer intOrNull(ResultSet rs, String col) throws SQLException {
        int v = rs.getInt(col);
        return rs.wasNull() ? null : v;
    }

    public static boolean bool(ResultSet rs, String col) throws SQLException {
        return rs.getInt(col) != 0;
    }

    public static LocalDate date(ResultSet rs, String col) throws SQLException {
        String s = rs.getString(col);
        return s == null || s.isEmpty() ? null : LocalDate.parse(s);
    }

    public static Instant instant(ResultSet rs, String col) throws SQLException {
        String s = rs.getString(col);
        return s == null ? null : Instant.parse(s);
    }

    public static <E extends Enum<E>> E enumOf(Class<E> type, ResultSet rs, String col) throws SQLException {
        String s = rs.getString(col);
        return s == null ? null : Enum.valueOf(type, s);
    }
}
