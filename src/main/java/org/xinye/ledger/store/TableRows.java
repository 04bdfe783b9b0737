package org.xinye.ledger.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The rows of one query, read as they are asked for, so a million rows never sit in memory.
 * Each row is the list of its values as the domain has them (enums, dates, numbers, text).
 * Use inside the {@code Ledger.read} or {@code write} that gave the session; close it there.
 */
public final class TableRows implements Iterator<List<Object>>, AutoCloseable {
    private final PreparedStatement ps;
    private final ResultSet rs;
    private final Sql.RowMapper<List<Object>> mapper;
    private Boolean ahead;
    private long read;

    TableRows(Session s, String sql, Object[] params, Sql.RowMapper<List<Object>> mapper) {
        this.mapper = mapper;
        try {
            this.ps = s.connection().prepareStatement(sql);
            Sql.bind(ps, params);
            this.rs = ps.executeQuery();
        } catch (SQLException e) {
            throw Failures.translate(e);
        }
    }

    @Override
    public boolean hasNext() {
        if (ahead == null) {
            try {
                ahead = rs.next();
            } catch (SQLException e) {
                throw Failures.translate(e);
            }
        }
        return ahead;
    }

    @Override
    public List<Object> next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        ahead = null;
        read++;
        try {
            return mapper.map(rs);
        } catch (SQLException e) {
            throw Failures.translate(e);
        }
    }

    /** How many rows have been read. */
    public long count() {
        return read;
    }

    @Override
    public void close() {
        try {
            ps.close();
        } catch (SQLException e) {
            throw Failures.translate(e);
        }
    }
}
