package org.xinye.ledger.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.xinye.ledger.domain.Assignment;
import org.xinye.ledger.domain.Instructor;
import org.xinye.ledger.domain.InstructorRole;
import org.xinye.ledger.domain.Visit;

/** Instructors and liaisons, their assignments to units and their visit log. */
public final class InstructorRepository {
    private final Connection c;

    InstructorRepository(Connection c) {
        this.c = c;
    }

    public static Instructor map(ResultSet rs) throws SQLException {
        return new Instructor(rs.getLong("id"), rs.getString("name"), rs.getString("home_unit"),
                Sql.enumOf(InstructorRole.class, rs, "role"), Sql.bool(rs, "full_time"), rs.getString("mobile"),
                Sql.bool(rs, "active"), rs.getString("notes"));
    }

    static Assignment mapAssignment(ResultSet rs) throws SQLException {
        return new Assignment(rs.getLong("id"), rs.getLong("instructor_id"), rs.getLong("enterprise_id"),
                Sql.date(rs, "from_date"), Sql.date(rs, "to_date"));
    }

    static Visit mapVisit(ResultSet rs) throws SQLException {
        return new Visit(rs.getLong("id"), rs.getLong("instructor_id"), rs.getLong("enterprise_id"),
                Sql.date(rs, "visit_date"), rs.getString("note"));
    }

    public long insert(Instructor i) {
        String now = Instant.now().toString();
        return Sql.insert(c, """
                INSERT INTO instructor(name, home_unit, role, full_time, mobile, active, notes, created_at, updated_at)
                VALUES (?,?,?,?,?,?,?,?,?)""", i.name(), i.homeUnit(), i.role(), i.fullTime(), i.mobile(), i.active(),
                i.notes(), now, now);
    }

    public void update(Instructor i) {
        int n = Sql.update(c, """
                UPDATE instructor SET name = ?, home_unit = ?, role = ?, full_time = ?, mobile = ?, active = ?,
                    notes = ?, updated_at = ? WHERE id = ?""", i.name(), i.homeUnit(), i.role(), i.fullTime(),
                i.mobile(), i.active(), i.notes(), Instant.now().toString(), i.id());
        if (n != 1) {
            throw new StoreException(StoreException.Kind.NOT_FOUND, "store.recordGone", null, i.id());
        }
    }

    public void delete(long id) {
        Sql.update(c, "DELETE FROM instructor WHERE id = ?", id);
    }

    public Optional<Instructor> get(long id) {
        return Sql.one(c, "SELECT * FROM instructor WHERE id = ?", InstructorRepository::map, id);
    }

    public List<Instructor> all() {
        return Sql.list(c, "SELECT * FROM instructor ORDER BY id", InstructorRepository::map);
    }

    public long count() {
        return Sql.count(c, "SELECT COUNT(*) FROM instructor");
    }

    public long assign(Assignment a) {
        return Sql.insert(c, "INSERT INTO assignment(instructor_id, enterprise_id, from_date, to_date) VALUES (?,?,?,?)",
                a.instructorId(), a.enterpriseId(), a.from(), a.to());
    }

    public void updateAssignment(Assignment a) {
        Sql.update(c, "UPDATE assignment SET from_date = ?, to_date = ? WHERE id = ?", a.from(), a.to(), a.id());
    }

    public void deleteAssignment(long id) {
        Sql.update(c, "DELETE FROM assignment WHERE id = ?", id);
    }

    public List<Assignment> assignments(long instructorId) {
        return Sql.list(c, "SELECT * FROM assignment WHERE instructor_id = ? ORDER BY from_date, id",
                InstructorRepository::mapAssignment, instructorId);
    }

    public List<Assignment> assignmentsOf(long enterpriseId) {
        return Sql.list(c, "SELECT * FROM assignment WHERE enterprise_id = ? ORDER BY from_date, id",
                InstructorRepository::mapAssignment, enterpriseId);
    }

    public long addVisit(Visit v) {
        return Sql.insert(c, "INSERT INTO visit(instructor_id, enterprise_id, visit_date, note) VALUES (?,?,?,?)",
                v.instructorId(), v.enterpriseId(), v.date(), v.note());
    }

    public void deleteVisit(long id) {
        Sql.update(c, "DELETE FROM visit WHERE id = ?", id);
    }

    public List<Visit> visits(long instructorId) {
        return Sql.list(c, "SELECT * FROM visit WHERE instructor_id = ? ORDER BY visit_date DESC, id DESC",
                InstructorRepository::mapVisit, instructorId);
    }

    public Optional<java.time.LocalDate> lastVisit(long instructorId, long enterpriseId) {
        return Sql.one(c, "SELECT MAX(visit_date) AS d FROM visit WHERE instructor_id = ? AND enterprise_id = ?",
                rs -> Sql.date(rs, "d"), instructorId, enterpriseId).filter(d -> d != null);
    }
}
