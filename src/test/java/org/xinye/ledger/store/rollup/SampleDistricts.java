package org.xinye.ledger.store.rollup;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.xinye.ledger.TestIds;
import org.xinye.ledger.domain.CreditCode;
import org.xinye.ledger.domain.Employment;
import org.xinye.ledger.domain.Enterprise;
import org.xinye.ledger.domain.EnterpriseKind;
import org.xinye.ledger.domain.IdHash;
import org.xinye.ledger.domain.IdNumber;
import org.xinye.ledger.domain.Industry;
import org.xinye.ledger.domain.LedgerScope;
import org.xinye.ledger.domain.Membership;
import org.xinye.ledger.domain.Occupation;
import org.xinye.ledger.domain.OrgForm;
import org.xinye.ledger.domain.OrgLevel;
import org.xinye.ledger.domain.PartyOrg;
import org.xinye.ledger.domain.PoliticalStatus;
import org.xinye.ledger.domain.RelationStatus;
import org.xinye.ledger.domain.Worker;
import org.xinye.ledger.domain.WorkerStatus;
import org.xinye.ledger.io.submission.SubmissionFile;
import org.xinye.ledger.store.Ledger;
import org.xinye.ledger.store.Session;

/**
 * Small generated ledgers of three counties and a department with known overlaps, and their
 * submissions, for tests that count exactly (and for anyone who needs a valid submission file:
 * {@link #validSubmission}). Person {@code n} is always the same ID number.
 * <ul>
 *   <li>东河区 (A): persons 0–99, units A0–A4 and X (credit code registered in 东河区); person 50 离职,
 *       person 95 离职; persons 0–9 and 90–91 party members (90 已转入).</li>
 *   <li>昆都仑区 (B): persons 90–189 (90–99 shared with A, all 在岗), units B0–B4 and X again;
 *       persons 90–91 party members (90 流动党员: the relation disagrees with A's).</li>
 *   <li>青山区 (C): persons 200–259, units C0–C2.</li>
 *   <li>市邮政管理局 (快递): persons 180–194 (190–194 in no county, serving in 青山区), unit B0 again
 *       and its own unit D0.</li>
 * </ul>
 * Unit X declares 50 workers, more than its districts list there.
 */
public final class SampleDistricts {
    public static final String DONGHE = "150202000000";
    public static final String KUNDULUN = "150203000000";
    public static final String QINGSHAN = "150204000000";
    public static final String DEPARTMENT = "市邮政管理局";
    public static final YearMonth PERIOD = YearMonth.of(2026, 5);

    private SampleDistricts() {
    }

    /** The ID number of person {@code n}. */
    public static String person(int n) {
        return TestIds.id(n);
    }

    /** A valid 统一社会信用代码 registered in the division (6 digits), numbered {@code n}. */
    public static String creditCode(String division, int n) {
        String body = "91" + division + String.format("%09d", n);
        return body + CreditCode.checkChar(body);
    }

    public static Path donghe(Path dir) {
        return county(dir.resolve("donghe.xldb"), DONGHE, "150202001000", "A", 0, 100, true);
    }

    public static Path kundulun(Path dir) {
        return county(dir.resolve("kundulun.xldb"), KUNDULUN, "150203001000", "B", 90, 100, true);
    }

    public static Path qingshan(Path dir) {
        return county(dir.resolve("qingshan.xldb"), QINGSHAN, "150204001000", "C", 200, 60, false);
    }

    /** 市邮政管理局's ledger (快递): persons 180–194, unit B0 of 昆都仑区 and its own D0. */
    public static Path department(Path dir) {
        Path file = dir.resolve("post.xldb");
        try (Ledger l = Ledger.open(file, Ledger.Mode.WRITE)) {
            l.writing(s -> {
                new ScopeStore(s).set(LedgerScope.department(DEPARTMENT, EnumSet.of(Industry.EXPRESS)));
                long b0 = s.enterprises().insert(unit("B0", creditCode("150203", 1000), "150203001000", null));
                long d0 = s.enterprises().insert(unit("D0", creditCode("150204", 9000), "150204001000", null));
                for (int n = 180; n < 195; n++) {
                    String township = n < 190 ? "150203001000" : "150204001000";
                    addWorker(s, n, n < 190 ? b0 : d0, township, WorkerStatus.ACTIVE, PoliticalStatus.MASSES);
                }
            });
        }
        return file;
    }

    private static Path county(Path file, String county, String township, String prefix, int first, int count,
                               boolean withX) {
        try (Ledger l = Ledger.open(file, Ledger.Mode.WRITE)) {
            l.writing(s -> {
                new ScopeStore(s).set(LedgerScope.county(county));
                String division = county.substring(0, 6);
                List<Long> units = new ArrayList<>();
                for (int i = 0; i < (withX ? 5 : 3); i++) {
                    units.add(s.enterprises().insert(unit(prefix + i, creditCode(division, 1000 + i), township, null)));
                }
                if (withX) {
                    units.add(s.enterprises().insert(unit("X", creditCode("150202", 7777), township, 50)));
                }
                long org = s.orgs().insert(PartyOrg.of(prefix + "0党支部", OrgLevel.BRANCH, OrgForm.SINGLE, township));
                s.orgs().cover(org, units.get(0));
                Map<Integer, Long> ids = new HashMap<>();
                for (int n = first; n < first + count; n++) {
                    WorkerStatus status = (prefix.equals("A") && (n == 50 || n == 95)) ? WorkerStatus.LEFT
                            : WorkerStatus.ACTIVE;
                    boolean member = (prefix.equals("A") && n < 10) || n == 90 || n == 91;
                    ids.put(n, addWorker(s, n, units.get((n - first) % units.size()), township, status,
                            member ? PoliticalStatus.MEMBER : PoliticalStatus.MASSES));
                    if (member) {
                        RelationStatus rel = n == 90 && prefix.equals("B") ? RelationStatus.MOBILE
                                : RelationStatus.TRANSFERRED_IN;
                        s.memberships().save(new Membership(ids.get(n), org, rel, null, null, null, null, null));
                    }
                }
            });
        }
        return file;
    }

    private static Enterprise unit(String name, String code, String township, Integer declared) {
        Enterprise e = Enterprise.of(name + "快递站", EnterpriseKind.OUTLET, Industry.EXPRESS, township);
        return new Enterprise(null, e.name(), code, e.kind(), e.industry(), null, township, null, declared,
                e.status(), true, null, null, false, false, false, false, false, null, null, null);
    }

    private static long addWorker(Session s, int n, long employer, String township, WorkerStatus status,
                                  PoliticalStatus political) {
        IdNumber id = IdNumber.of(person(n));
        Worker w = Worker.of(id, "人员" + n);
        long wid = s.workers().insert(new Worker(null, w.idNumber(), w.name(), w.gender(), w.birthDate(), null,
                Occupation.COURIER, employer, null, township, null, political, status, null));
        s.workers().addEmployment(new Employment(null, wid, employer, null, LocalDate.of(2025, 1, 1), null));
        return wid;
    }

    /** Writes the submission of a ledger for {@link #PERIOD} (plain, or hashed under {@code key}). */
    public static Path submit(Path ledgerFile, Path out, byte[] key, char[] password) {
        return submit(ledgerFile, out, key, password, PERIOD);
    }

    /** Writes the submission of a ledger for a period. */
    public static Path submit(Path ledgerFile, Path out, byte[] key, char[] password, YearMonth period) {
        Path db = out.resolveSibling(out.getFileName() + ".db");
        try (Ledger l = Ledger.open(ledgerFile, Ledger.Mode.WRITE)) {
            SubmissionBuilder.build(l, db, new SubmissionBuilder.Request(period, key == null ? null : new IdHash(key),
                    "test", Instant.now(), LocalDate.now()));
        }
        SubmissionFile.write(db, out, password);
        try {
            java.nio.file.Files.delete(db);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out;
    }

    /** A valid submission file (东河区's, plain) in {@code dir}: what a test that must break one starts from. */
    public static Path validSubmission(Path dir) {
        return submit(donghe(dir), dir.resolve("donghe" + SubmissionFile.EXTENSION), null, null);
    }

    /**
     * A copy of a submission with its database changed by SQL and sealed again (a valid checksum):
     * for tests of what the city refuses when the content itself is wrong.
     */
    public static Path mutate(Path submission, Path out, String... sql) {
        try (SubmissionFile.Opened opened = SubmissionFile.open(submission, null);
             java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + opened.database());
             java.sql.Statement st = c.createStatement()) {
            for (String stmt : sql) {
                st.execute(stmt);
            }
            c.close();
            SubmissionFile.write(opened.database(), out, null);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    static Set<String> counties() {
        return Set.of(DONGHE, KUNDULUN, QINGSHAN);
    }
}
