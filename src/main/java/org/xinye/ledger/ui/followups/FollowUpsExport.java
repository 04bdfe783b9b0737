package org.xinye.ledger.ui.followups;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.io.TableWriter;
import org.xinye.ledger.io.TableWriter.Column;
import org.xinye.ledger.store.FollowUpQueries.AnnualCheckDue;
import org.xinye.ledger.store.FollowUpQueries.JointOverLimit;
import org.xinye.ledger.store.FollowUpQueries.MissingRelation;
import org.xinye.ledger.store.FollowUpQueries.OverdueVisit;
import org.xinye.ledger.store.FollowUpQueries.ShouldBuild;
import org.xinye.ledger.ui.support.DialogService;
import org.xinye.ledger.ui.support.Formats;

/**
 * 导出… on the 待办 page: the list on screen, with the columns the page shows, as xlsx or CSV.
 * The lists hold names and dates, no ID number or mobile, so there is nothing to mask.
 */
final class FollowUpsExport {
    /** The five lists, in the order of the page's tabs. */
    enum Kind {
        SHOULD_BUILD("followups.shouldBuild"), JOINT("followups.joint"), VISITS("followups.visits"),
        CHECKS("followups.checks"), MISSING("followups.missing");

        private final String titleKey;

        Kind(String titleKey) {
            this.titleKey = titleKey;
        }

        /** The list's name without its count, for the sheet and the file. */
        String title() {
            return Messages.get(titleKey, 0).replaceAll("[（(].*$", "").trim();
        }
    }

    private record Table(List<Column> columns, List<List<?>> rows) {
    }

    private FollowUpsExport() {
    }

    static List<DialogService.FileType> fileTypes() {
        return List.of(new DialogService.FileType(Messages.get("file.xlsxType"), "*.xlsx"),
                new DialogService.FileType(Messages.get("file.csvType"), "*.csv"));
    }

    /** Writes the list {@code kind} of {@code vm} to {@code file}; answers the number of rows. */
    static int write(Kind kind, FollowUpsViewModel vm, Path file) throws java.io.IOException {
        Table t = table(kind, vm);
        TableWriter.write(file, TableWriter.Format.of(file), kind.title(), t.columns(), t.rows());
        return t.rows().size();
    }

    private static Table table(Kind kind, FollowUpsViewModel vm) {
        List<List<?>> rows = new ArrayList<>();
        return switch (kind) {
            case SHOULD_BUILD -> {
                for (ShouldBuild r : vm.shouldBuild()) {
                    rows.add(List.of(r.name(), nz(r.townshipName()), r.formalMembers(), Messages.label(r.status())));
                }
                yield new Table(List.of(text("units.col.name", 40), text("units.col.township", 16),
                        value("followups.col.formalMembers"), text("units.col.coverage", 18)), rows);
            }
            case JOINT -> {
                for (JointOverLimit r : vm.jointOverLimit()) {
                    rows.add(List.of(r.name(), r.units()));
                }
                yield new Table(List.of(text("orgs.col.name", 40), value("orgs.col.units")), rows);
            }
            case VISITS -> {
                for (OverdueVisit r : vm.overdueVisits()) {
                    long days = vm.daysWithoutVisit(r);
                    rows.add(java.util.Arrays.asList(r.instructorName(), r.enterpriseName(), Formats.date(r.assignedFrom()),
                            Formats.date(r.lastVisit()), days < 0 ? null : days));
                }
                yield new Table(List.of(text("instructors.col.name", 12), text("units.col.name", 40),
                        text("followups.col.assignedFrom", 12), text("instructors.col.lastVisit", 12),
                        value("followups.col.days")), rows);
            }
            case CHECKS -> {
                for (AnnualCheckDue r : vm.annualChecks()) {
                    rows.add(List.of(r.name(), nz(r.certNo()), Formats.date(r.certDate()), Formats.date(r.dueDate())));
                }
                yield new Table(List.of(text("people.col.name", 12), text("people.form.certNo", 20),
                        text("people.form.certDate", 12), text("followups.col.due", 12)), rows);
            }
            case MISSING -> {
                for (MissingRelation r : vm.missingRelations()) {
                    rows.add(List.of(r.name(), nz(r.employerName())));
                }
                yield new Table(List.of(text("people.col.name", 12), text("field.employer_id", 40)), rows);
            }
        };
    }

    private static Column text(String key, double width) {
        return Column.text(Messages.get(key), width);
    }

    private static Column value(String key) {
        return Column.value(Messages.get(key), 12);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
