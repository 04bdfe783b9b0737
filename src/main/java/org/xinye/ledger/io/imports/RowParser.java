package org.xinye.ledger.io.imports;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.xinye.ledger.domain.Checked;
import org.xinye.ledger.domain.CreditCode;
import org.xinye.ledger.domain.EnterpriseKind;
import org.xinye.ledger.domain.Gender;
import org.xinye.ledger.domain.IdNumber;
import org.xinye.ledger.domain.Industry;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.domain.Mobile;
import org.xinye.ledger.domain.Occupation;
import org.xinye.ledger.domain.OperatingStatus;
import org.xinye.ledger.domain.OrgForm;
import org.xinye.ledger.domain.Pinyin;
import org.xinye.ledger.domain.PoliticalStatus;
import org.xinye.ledger.domain.Problem;
import org.xinye.ledger.domain.RelationStatus;
import org.xinye.ledger.domain.Text;
import org.xinye.ledger.domain.WorkerStatus;
import org.xinye.ledger.io.sheet.Cell;
import org.xinye.ledger.io.sheet.Row;

/**
 * Reads one data row into values by the import rules (developer guide §4.3): a missing or
 * invalid required value is an error (the row is rejected); an optional value that is present but
 * invalid is a warning (the field stays empty, the original is kept in the issue). Pure:
 * no ledger access, so it runs on the reading thread.
 */
final class RowParser {
    private final ImportType type;
    private final Map<Field, Integer> columns;
    private final Map<Field, String> headers;

    RowParser(Layout layout) {
        this.type = layout.type();
        this.columns = layout.fieldColumns();
        this.headers = new java.util.EnumMap<>(Field.class);
        for (Column c : layout.columns()) {
            if (c.field() != null) {
                headers.put(c.field(), c.header());
            }
        }
    }

    ParsedRow parse(Row r) {
        return type == ImportType.WORKERS ? worker(r) : unit(r);
    }

    private Cell cell(Row r, Field f) {
        Integer c = columns.get(f);
        if (c == null) {
            return null;
        }
        Cell cell = r.cell(c);
        return cell == null || Text.isBlank(cell.text()) ? null : Values.unmarked(cell);
    }

    /**
     * The field's text as typed, trimmed; null when blank or not mapped. Not NFKC: a unit called
     * 迅达快递（包头）有限公司 is stored so, and matching normalizes on its own.
     */
    private String text(Row r, Field f) {
        Cell c = cell(r, f);
        return c == null ? null : Text.trimmedOrNull(c.text());
    }

    private void issue(ParsedRow p, Field f, Cell c, Issue.Severity s, String code, String key, String hint,
                       Object... args) {
        p.add(new Issue(p.number(), headers.getOrDefault(f, f == null ? "" : f.label()), f, c == null ? "" : c.text(),
                s, code, key, List.of(args), hint));
    }

    private void problem(ParsedRow p, Field f, Cell c, Issue.Severity s, Problem pr, String hint) {
        List<Object> args = pr.args();
        if (f == Field.ID_NUMBER) {
            // A number whose last digits were lost is still most of a person's ID: masked like any other.
            args = args.stream().map(a -> a instanceof String str && str.length() >= 11
                    ? (Object) org.xinye.ledger.domain.Masking.idNumber(str) : a).toList();
        }
        p.add(new Issue(p.number(), headers.getOrDefault(f, f.label()), f, c == null ? "" : c.text(), s, pr.code(),
                pr.messageKey(), args, hint));
    }

    /** An error cell (#N/A, a formula never calculated) is reported, not read. */
    private boolean errorCell(ParsedRow p, Field f, Cell c, boolean required) {
        if (c != null && c.kind() == Cell.Kind.ERROR) {
            issue(p, f, c, required ? Issue.Severity.ERROR : Issue.Severity.WARNING, "cell.error",
                    "import.rule.cellError", "import.hint.cellError", c.text());
            return true;
        }
        return false;
    }

    private ParsedRow worker(Row r) {
        ParsedRow p = new ParsedRow(r);
        Cell nameCell = cell(r, Field.NAME);
        String name = null;
        if (!errorCell(p, Field.NAME, nameCell, true)) {
            name = nameCell == null ? null : Text.trimmedOrNull(nameCell.text());
            if (name == null) {
                issue(p, Field.NAME, null, Issue.Severity.ERROR, "name.empty", "import.rule.nameEmpty",
                        "import.hint.nameEmpty");
            }
        }
        Cell idCell = cell(r, Field.ID_NUMBER);
        IdNumber id = null;
        if (!errorCell(p, Field.ID_NUMBER, idCell, true)) {
            Checked<IdNumber> checked = idCell == null ? IdNumber.check("")
                    : idCell.kind() == Cell.Kind.NUMBER ? IdNumber.checkNumericCell(idCell.number())
                    : IdNumber.check(Values.code(idCell.text()));
            if (checked.isOk()) {
                id = checked.get();
            } else {
                Problem pr = checked.problem().get();
                problem(p, Field.ID_NUMBER, idCell, Issue.Severity.ERROR, pr,
                        pr.code().equals("id.numeric") ? "import.hint.idNumeric" : "import.hint.id");
            }
        }
        Gender gender = null;
        Cell g = cell(r, Field.GENDER);
        if (g != null && !errorCell(p, Field.GENDER, g, false)) {
            gender = Values.label(Gender.class, g);
            if (gender == null) {
                unknown(p, Field.GENDER, g);
            } else if (id != null && gender != id.gender()) {
                issue(p, Field.GENDER, g, Issue.Severity.WARNING, "gender.mismatch", "import.rule.genderMismatch",
                        "import.hint.genderMismatch", g.text(), Messages.label(id.gender()));
            }
        }
        LocalDate birth = date(p, r, Field.BIRTH_DATE);
        if (birth != null && id != null && !birth.equals(id.birthDate())) {
            issue(p, Field.BIRTH_DATE, cell(r, Field.BIRTH_DATE), Issue.Severity.WARNING, "birth.mismatch",
                    "import.rule.birthMismatch", "import.hint.genderMismatch", birth.toString(),
                    id.birthDate().toString());
        }
        String mobile = mobile(p, r, Field.MOBILE);
        var occupation = enumValue(p, r, Field.OCCUPATION, Occupation.class);
        var political = enumValue(p, r, Field.POLITICAL_STATUS, PoliticalStatus.class);
        var status = enumValue(p, r, Field.STATUS, WorkerStatus.class);
        String code = creditCode(p, r, Field.EMPLOYER_CODE);
        LocalDate start = date(p, r, Field.START_DATE);
        String partyOrg = text(r, Field.PARTY_ORG);
        var relation = enumValue(p, r, Field.RELATION_STATUS, RelationStatus.class);
        LocalDate joined = date(p, r, Field.JOINED_PARTY);
        if ((partyOrg != null || relation != null || joined != null) && political != null
                && political != PoliticalStatus.MEMBER
                && political != PoliticalStatus.PROBATIONARY) {
            // 党组织 or 入党日期 beside 群众/团员: one of the two is wrong, and the ledger keeps no relation for a non-member.
            issue(p, Field.PARTY_ORG, cell(r, Field.POLITICAL_STATUS), Issue.Severity.WARNING, "relation.notMember",
                    "import.rule.relationNotMember", "import.hint.relationNotMember",
                    cell(r, Field.POLITICAL_STATUS).text());
            partyOrg = null;
            relation = null;
            joined = null;
        }
        p.values(new WorkerValues(id == null ? null : id.value(), id == null ? null : id.gender(),
                id == null ? null : id.birthDate(), name, gender, birth, mobile, occupation,
                text(r, Field.EMPLOYER), code, text(r, Field.COUNTY), text(r, Field.TOWNSHIP), political, status, start,
                text(r, Field.NOTES), partyOrg, relation, joined));
        if (name != null) {
            // Keyed here, on the reading thread, rather than by the one that writes (a new worker's name is the row's).
            p.nameKeys(new String[] {Pinyin.sortKey(name), Pinyin.searchForms(name)});
        }
        return p;
    }

    private ParsedRow unit(Row r) {
        ParsedRow p = new ParsedRow(r);
        Cell nameCell = cell(r, Field.UNIT_NAME);
        String name = null;
        if (!errorCell(p, Field.UNIT_NAME, nameCell, true)) {
            name = nameCell == null ? null : Text.trimmedOrNull(nameCell.text());
            if (name == null) {
                issue(p, Field.UNIT_NAME, null, Issue.Severity.ERROR, "unit.nameEmpty", "import.rule.unitNameEmpty",
                        "import.hint.unitNameEmpty");
            }
        }
        String code = creditCode(p, r, Field.CREDIT_CODE);
        var kind = enumValue(p, r, Field.KIND, EnterpriseKind.class);
        var industry = enumValue(p, r, Field.INDUSTRY, Industry.class);
        Integer declared = null;
        Cell dc = cell(r, Field.DECLARED_WORKERS);
        if (dc != null && !errorCell(p, Field.DECLARED_WORKERS, dc, false)) {
            declared = Values.count(dc);
            if (declared == null) {
                issue(p, Field.DECLARED_WORKERS, dc, Issue.Severity.WARNING, "count.invalid", "import.rule.countInvalid",
                        "import.hint.countInvalid", dc.text());
            }
        }
        var status = enumValue(p, r, Field.OPERATING_STATUS, OperatingStatus.class);
        Boolean inScope = bool(p, r, Field.IN_SCOPE);
        Boolean charter = bool(p, r, Field.PARTY_IN_CHARTER);
        Boolean cross = bool(p, r, Field.CROSS_APPOINTMENT);
        String phone = mobileOrLandline(p, r, Field.CONTACT_PHONE);
        var form = enumValue(p, r, Field.ORG_FORM, OrgForm.class);
        Boolean union = bool(p, r, Field.UNION);
        Boolean league = bool(p, r, Field.YOUTH_LEAGUE);
        Boolean women = bool(p, r, Field.WOMENS_FEDERATION);
        p.values(new UnitValues(name, code, kind, industry, text(r, Field.PARENT),
                text(r, Field.UNIT_COUNTY), text(r, Field.UNIT_TOWNSHIP), text(r, Field.ADDRESS), declared, status,
                inScope, text(r, Field.COMPETENT_DEPT), text(r, Field.RESPONSIBLE_UNIT), charter, cross,
                text(r, Field.CONTACT_NAME), phone, text(r, Field.ORG_NAME), form, text(r, Field.INSTRUCTOR),
                text(r, Field.LIAISON), union, league, women, text(r, Field.UNIT_NOTES)));
        return p;
    }

    private void unknown(ParsedRow p, Field f, Cell c) {
        issue(p, f, c, Issue.Severity.WARNING, "value.unknown", "import.rule.unknownValue", "import.hint.unknownValue",
                Text.clean(c.text()), f.label());
    }

    private <E extends Enum<E>> E enumValue(ParsedRow p, Row r, Field f, Class<E> type) {
        Cell c = cell(r, f);
        if (c == null || errorCell(p, f, c, false)) {
            return null;
        }
        E e = Values.label(type, c);
        if (e == null) {
            unknown(p, f, c);
        }
        return e;
    }

    private Boolean bool(ParsedRow p, Row r, Field f) {
        Cell c = cell(r, f);
        if (c == null || errorCell(p, f, c, false)) {
            return null;
        }
        Boolean b = Values.bool(c);
        if (b == null) {
            unknown(p, f, c);
        }
        return b;
    }

    private LocalDate date(ParsedRow p, Row r, Field f) {
        Cell c = cell(r, f);
        if (c == null || errorCell(p, f, c, false)) {
            return null;
        }
        LocalDate d = Values.date(c);
        if (d == null) {
            issue(p, f, c, Issue.Severity.WARNING, "date.invalid", "import.rule.dateInvalid", "import.hint.dateInvalid",
                    c.text());
        }
        return d;
    }

    private String mobile(ParsedRow p, Row r, Field f) {
        Cell c = cell(r, f);
        if (c == null || errorCell(p, f, c, false)) {
            return null;
        }
        Checked<Mobile> m = Mobile.check(Values.code(c.text()));
        if (!m.isOk()) {
            problem(p, f, c, Issue.Severity.WARNING, m.problem().get(), "import.hint.mobile");
            return null;
        }
        return m.get().value();
    }

    /** A unit's contact may be a landline: a valid mobile is normalized, other text is kept as typed. */
    private String mobileOrLandline(ParsedRow p, Row r, Field f) {
        Cell c = cell(r, f);
        if (c == null || errorCell(p, f, c, false)) {
            return null;
        }
        String typed = Values.code(c.text());
        Checked<Mobile> m = Mobile.check(typed);
        return m.isOk() ? m.get().value() : typed;
    }

    private String creditCode(ParsedRow p, Row r, Field f) {
        Cell c = cell(r, f);
        if (c == null || errorCell(p, f, c, false)) {
            return null;
        }
        Checked<CreditCode> cc = CreditCode.check(Values.code(c.text()));
        if (!cc.isOk()) {
            problem(p, f, c, Issue.Severity.WARNING, cc.problem().get(), "import.hint.creditCode");
            return null;
        }
        return cc.get().value();
    }
}
