package org.xinye.ledger.ui.people;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.xinye.ledger.domain.Designation;
import org.xinye.ledger.domain.DesignationKind;
import org.xinye.ledger.domain.DoubleReport;
import org.xinye.ledger.domain.Employment;
import org.xinye.ledger.domain.FieldChecks;
import org.xinye.ledger.domain.Membership;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.domain.Occupation;
import org.xinye.ledger.domain.OrgLife;
import org.xinye.ledger.domain.PoliticalStatus;
import org.xinye.ledger.domain.Problem;
import org.xinye.ledger.domain.Text;
import org.xinye.ledger.domain.Worker;
import org.xinye.ledger.domain.WorkerStatus;
import org.xinye.ledger.io.TableExport;
import org.xinye.ledger.store.Aggregate;
import org.xinye.ledger.store.ChangeLog;
import org.xinye.ledger.store.ChangeLog.Key;
import org.xinye.ledger.store.Listings.Choice;
import org.xinye.ledger.store.Listings.DesignationRow;
import org.xinye.ledger.store.Listings.DoubleReportRow;
import org.xinye.ledger.store.Listings.EmploymentRow;
import org.xinye.ledger.store.Listings.OrgLifeRow;
import org.xinye.ledger.store.Privacy;
import org.xinye.ledger.store.Session;
import org.xinye.ledger.store.StoreException;
import org.xinye.ledger.store.WorkerListing;
import org.xinye.ledger.store.WorkerListing.Filter;
import org.xinye.ledger.store.WorkerListing.Relation;
import org.xinye.ledger.store.WorkerListing.Sort;
import org.xinye.ledger.ui.records.EditAction;
import org.xinye.ledger.ui.records.EditStack;
import org.xinye.ledger.ui.records.RecordPageModel;
import org.xinye.ledger.ui.support.ExportAction;
import org.xinye.ledger.ui.support.Workspace;

/**
 * The 人员 page: the roster at any size (counted, filtered and sorted in SQL, read a page at a
 * time), the worker form with masked personal numbers, and a party member's relation,
 * org life, double reports and designations.
 */
public final class PeopleViewModel extends RecordPageModel<Worker, WorkerForm> {
    private static final Texts TEXTS = new Texts("task.loadingPeople", "people.newTitle", "people.unnamed",
            "people.created", "people.updated", "people.deleteTitle", "people.deleted");

    // ---- filters and the table ----
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ObjectProperty<Occupation> occupation = new SimpleObjectProperty<>(this, "occupation");
    private final ObjectProperty<Choice<Long>> employer = new SimpleObjectProperty<>(this, "employer");
    private final ObjectProperty<Choice<String>> township = new SimpleObjectProperty<>(this, "township");
    private final ObjectProperty<PoliticalStatus> political = new SimpleObjectProperty<>(this, "political");
    private final ObjectProperty<Relation> relation = new SimpleObjectProperty<>(this, "relation");
    private final ObjectProperty<WorkerStatus> status = new SimpleObjectProperty<>(this, "status");
    private final ReadOnlyObjectWrapper<PagedRows> rows = new ReadOnlyObjectWrapper<>(this, "rows");
    private final ReadOnlyLongWrapper total = new ReadOnlyLongWrapper(this, "total", -1);
    private final ReadOnlyLongWrapper matching = new ReadOnlyLongWrapper(this, "matching", -1);
    private Sort sort = Sort.DEFAULT;
    private static final int PAGE_READERS = 2;
    private final Deque<PageRequest> pageQueue = new ArrayDeque<>();
    private int pagesInFlight;
    private long queryGeneration;
    private boolean querying;
    private boolean queryPending;

    // ---- the selected worker ----
    private final ObservableList<Choice<Long>> unitChoices = FXCollections.observableArrayList();
    private final ObservableList<Choice<String>> townshipChoices = FXCollections.observableArrayList();
    private final ObservableList<Choice<Long>> orgChoices = FXCollections.observableArrayList();
    private final MembershipForm membership;
    private final ReadOnlyBooleanWrapper partyMember = new ReadOnlyBooleanWrapper(this, "partyMember");
    private final ObservableList<EmploymentRow> employments = FXCollections.observableArrayList();
    private final ObservableList<OrgLifeRow> orgLife = FXCollections.observableArrayList();
    private final ObservableList<DoubleReportRow> doubleReports = FXCollections.observableArrayList();
    private final ObservableList<DesignationRow> designations = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<Long>> orgLifeOrg = new SimpleObjectProperty<>(this, "orgLifeOrg");
    private final ObjectProperty<LocalDate> orgLifeFrom = new SimpleObjectProperty<>(this, "orgLifeFrom");
    private final StringProperty reportCommunity = new SimpleStringProperty(this, "reportCommunity", "");
    private final ObjectProperty<LocalDate> reportDate = new SimpleObjectProperty<>(this, "reportDate");
    private final ObjectProperty<DesignationKind> designationKind = new SimpleObjectProperty<>(this, "designationKind",
            DesignationKind.PIONEER_POST);
    private final StringProperty designationTitle = new SimpleStringProperty(this, "designationTitle", "");
    private final StringProperty designationYear = new SimpleStringProperty(this, "designationYear", "");

    private record Choices(List<Choice<Long>> units, List<Choice<String>> townships, List<Choice<Long>> orgs) {
    }

    private record Query(long total, long matching, List<WorkerListing.Row> firstPage) {
    }

    private record PageRequest(long generation, Filter filter, Sort order, int page) {
    }

    private record Detail(Worker worker, Choice<Long> employer, Choice<String> township, Membership membership,
                          Choice<Long> org, List<EmploymentRow> employments, List<OrgLifeRow> orgLife,
                          List<DoubleReportRow> reports, List<DesignationRow> designations, boolean mask) {
    }

    public PeopleViewModel(Workspace workspace, EditStack edits) {
        super(workspace, edits, new WorkerForm(workspace::today), Aggregate.WORKER, TEXTS);
        membership = new MembershipForm(workspace::today);
        InvalidationListener filterChanged = o -> requery();
        for (Observable p : List.<Observable>of(text, occupation, employer, township, political,
                relation, status)) {
            p.addListener(filterChanged);
        }
        orgLifeFrom.set(workspace.today());
        reportDate.set(workspace.today());
        designationYear.set(String.valueOf(workspace.today().getYear()));
    }

    // ---- the table ----

    @Override
    protected void loadList(BooleanSupplier current) {
        readList(current, s -> new Choices(s.listings().unitChoices(), s.listings().townshipChoices(),
                s.listings().orgChoices()), c -> {
                    replaceIfChanged(unitChoices, c.units());
                    replaceIfChanged(townshipChoices, c.townships());
                    replaceIfChanged(orgChoices, c.orgs());
                });
        requery();
    }

    public Filter filter() {
        return Filter.of(Text.trimmedOrNull(text.get()), occupation.get(), employer.get() == null ? null : employer.get().key(),
                township.get() == null ? null : township.get().key(), political.get(), relation.get(), status.get());
    }

    /**
     * Counts and reads the first page for the current filter and order. While a query runs,
     * further changes (typing) wait and then run once, with the latest filter.
     */
    public void requery() {
        if (workspace.ledger() == null) {
            return;
        }
        if (querying) {
            queryPending = true;
            return;
        }
        querying = true;
        long generation = ++queryGeneration;
        Filter f = filter();
        Sort order = sort;
        workspace.background().submit(Messages.get("task.loadingPeople"), p -> workspace.ledger().read(s -> new Query(
                s.workers().count(), s.workerListing().count(f), s.workerListing().page(f, order, 0, PagedRows.PAGE))),
                q -> {
                    querying = false;
                    if (queryPending) {
                        queryPending = false;
                        requery();
                        return;
                    }
                    show(generation, f, order, q);
                }, e -> {
                    querying = false;
                    queryPending = false;
                    workspace.fail(e);
                });
    }

    private void show(long generation, Filter f, Sort order, Query q) {
        pageQueue.clear();
        total.set(q.total());
        matching.set(q.matching());
        PagedRows list = new PagedRows(q.matching(), page -> loadPage(generation, f, order, page));
        list.fill(0, q.firstPage());
        rows.set(list);
    }

    /**
     * Queues a page; the newest request is read first (dragging the scroll bar asks for many
     * pages, and the one in view now is the one that matters), two at a time.
     */
    private void loadPage(long generation, Filter f, Sort order, int page) {
        pageQueue.push(new PageRequest(generation, f, order, page));
        nextPages();
    }

    private void nextPages() {
        while (pagesInFlight < PAGE_READERS && !pageQueue.isEmpty()) {
            PageRequest r = pageQueue.pop();
            if (r.generation() != queryGeneration) {
                continue;
            }
            pagesInFlight++;
            workspace.background().submit(Messages.get("task.loadingPeople"), p -> workspace.ledger().read(
                    s -> s.workerListing().page(r.filter(), r.order(), (long) r.page() * PagedRows.PAGE, PagedRows.PAGE)),
                    rowsRead -> {
                        pagesInFlight--;
                        PagedRows list = rows.get();
                        if (r.generation() == queryGeneration && list != null) {
                            list.fill(r.page(), rowsRead);
                        }
                        nextPages();
                    }, e -> {
                        pagesInFlight--;
                        PagedRows list = rows.get();
                        if (list != null) {
                            list.forget(r.page());
                        }
                        workspace.fail(e);
                        nextPages();
                    });
        }
    }

    /** The order the table asked for (null: the default, by name). */
    public void sortBy(WorkerListing.SortKey key, boolean ascending) {
        Sort wanted = key == null ? Sort.DEFAULT : new Sort(key, ascending);
        if (!wanted.equals(sort)) {
            sort = wanted;
            requery();
        }
    }

    public Sort sort() {
        return sort;
    }

    /** 导出…: the rows the table lists now (the same filter), masked unless the user chooses full values. */
    public void export() {
        new ExportAction(workspace, TableExport.Table.WORKERS, this::filter).run();
    }

    public void clearFilters() {
        text.set("");
        occupation.set(null);
        employer.set(null);
        township.set(null);
        political.set(null);
        relation.set(null);
        status.set(null);
    }

    // ---- the selected worker ----

    @Override
    protected void loadDetail(long id, boolean intoForm) {
        readDetail(id, intoForm, s -> s.workers().get(id).map(w -> {
            Membership m = s.memberships().get(id).orElse(null);
            return new Detail(w, s.listings().unitChoice(w.employerId()).orElse(null),
                    s.listings().regionChoice(w.townshipCode()).orElse(null), m,
                    m == null ? null : s.listings().orgChoice(m.orgId()).orElse(null), s.listings().employments(id),
                    s.listings().orgLife(id), s.listings().doubleReports(id), s.listings().designations(id),
                    Privacy.masking(s));
        }).orElse(null), d -> {
            if (intoForm) {
                form.load(d.worker(), d.employer(), d.township(), d.mask());
                membership.load(id, d.membership(), d.org());
            }
            showTitle(d.worker().name());
            partyMember.set(d.worker().isPartyMember());
            employments.setAll(d.employments());
            orgLife.setAll(d.orgLife());
            doubleReports.setAll(d.reports());
            designations.setAll(d.designations());
        });
    }

    @Override
    protected void clearSections() {
        membership.load(0, null, null);
        partyMember.set(false);
        employments.clear();
        orgLife.clear();
        doubleReports.clear();
        designations.clear();
    }

    @Override
    protected void relocalize() {
        membership.relocalize();
    }

    /** Saves the worker; an employer change closes the old employment and opens one from today. */
    @Override
    protected Function<Session, long[]> saving(Long id, Worker typed) {
        boolean personalShown = form.personalShownProperty().get();
        LocalDate today = workspace.today();
        return s -> {
            if (id == null) {
                refuseDuplicateId(s, typed);
                ChangeLog.Created c = s.changes().create(Aggregate.WORKER, () -> {
                    long newId = s.workers().insert(typed);
                    if (typed.employerId() != null || typed.employerText() != null) {
                        s.workers().addEmployment(new Employment(null, newId, typed.employerId(), typed.employerText(),
                                today, null));
                    }
                    return newId;
                });
                return new long[] {c.id(), c.changeId()};
            }
            Worker stored = s.workers().get(id).orElseThrow(
                    () -> new StoreException(StoreException.Kind.NOT_FOUND, "store.recordGone", null, id));
            Worker w = personalShown ? typed : withPersonal(typed, stored);
            refuseDuplicateId(s, w);
            long change = s.changes().edit(ChangeLog.UPDATE, Key.of(Aggregate.WORKER, id), () -> {
                s.workers().update(w);
                if (!Objects.equals(stored.employerId(), w.employerId()) && w.employerId() != null) {
                    moveEmployer(s, id, w, today);
                }
            });
            return new long[] {id, change};
        };
    }

    private static Worker withPersonal(Worker w, Worker stored) {
        return new Worker(w.id(), stored.idNumber(), w.name(), stored.gender(), stored.birthDate(), stored.mobile(),
                w.occupation(), w.employerId(), w.employerText(), w.townshipCode(), w.townshipText(),
                w.politicalStatus(), w.status(), w.notes());
    }

    private static void refuseDuplicateId(Session s, Worker w) {
        s.workers().byIdNumber(w.idNumber()).filter(other -> !Objects.equals(other.id(), w.id())).ifPresent(other -> {
            throw new StoreException(StoreException.Kind.CONSTRAINT, "people.duplicateId", null, other.name());
        });
    }

    /** Riders change platforms often: the old stint ends today and a new one starts, so the move is kept. */
    private static void moveEmployer(Session s, long workerId, Worker w, LocalDate today) {
        for (Employment e : s.workers().employments(workerId)) {
            if (e.to() == null) {
                LocalDate end = e.from() != null && e.from().isAfter(today) ? e.from() : today;
                s.workers().updateEmployment(new Employment(e.id(), e.workerId(), e.enterpriseId(), e.employerText(),
                        e.from(), end));
            }
        }
        s.workers().addEmployment(new Employment(null, workerId, w.employerId(), null, today, null));
    }

    @Override
    protected void askDelete(long id, String name, Consumer<String> ask) {
        read(s -> s.listings().workerImpact(id), i -> ask.accept(Messages.get("people.deleteQuestion", name,
                i.employments(), i.membership() ? 1 : 0, i.orgLife(), i.doubleReports(), i.designations())));
    }

    /**
     * The removed person's rows are zeroed in the file (secure delete), but their old pages
     * stay in the WAL until it is merged and emptied. The audit log keeps the record for undo
     * until this window lets go of the ledger.
     */
    @Override
    protected void afterDelete() {
        var ledger = workspace.ledger();
        workspace.background().submit(Messages.get("task.scrub"), p -> {
            ledger.scrub();
            return ledger;
        }, l -> { }, workspace::fail);
    }

    /**
     * Shows this worker's full ID number and mobile, and notes in the audit log that this user
     * looked. Only the one record; the next record opens masked again.
     */
    public void reveal() {
        Long id = selectedId();
        if (id == null || form.personalShownProperty().get()) {
            return;
        }
        revealSelected(s -> s.workers().get(id).orElseThrow(), w -> form.reveal(w.idNumber(), w.mobile()));
    }

    // ---- a party member's sections ----

    public void saveMembership() {
        Long id = selectedId();
        if (id == null || !membership.valid()) {
            return;
        }
        Membership m = membership.toMembership();
        edit(EditAction.MEMBERSHIP, keys(id), s -> s.memberships().save(m), Messages.get("people.membershipSaved", title()),
                () -> loadDetail(id, true));
    }

    public void addOrgLife() {
        Long id = selectedId();
        Choice<Long> org = orgLifeOrg.get();
        if (id == null || org == null) {
            return;
        }
        LocalDate from = orgLifeFrom.get();
        edit(EditAction.ADD_ORG_LIFE, keys(id, Key.of(Aggregate.PARTY_ORG, org.key())),
                s -> s.memberships().addOrgLife(new OrgLife(null, id, org.key(), from, null)),
                Messages.get("people.orgLifeAdded", title(), org.label()), () -> orgLifeOrg.set(null));
    }

    public void removeOrgLife(OrgLifeRow row) {
        Long id = selectedId();
        if (id == null || row == null || !confirm("people.removeTitle", Messages.get("people.removeOrgLife", row.org()))) {
            return;
        }
        edit(EditAction.REMOVE_ORG_LIFE, keys(id, Key.of(Aggregate.PARTY_ORG, row.orgId())),
                s -> s.memberships().deleteOrgLife(row.id()), Messages.get("people.orgLifeRemoved", title(), row.org()));
    }

    /** The problem with the double-report inputs, or null. */
    public String reportProblem() {
        if (Text.isBlank(reportCommunity.get())) {
            return Messages.get("people.communityRequired");
        }
        return FieldChecks.notFuture(reportDate.get(), workspace.today()).map(Problem::message).orElse(null);
    }

    public void addDoubleReport() {
        Long id = selectedId();
        String problem = reportProblem();
        if (id == null || problem != null) {
            notice(problem == null ? "" : problem);
            return;
        }
        String community = Text.trimmedOrNull(reportCommunity.get());
        LocalDate date = reportDate.get();
        edit(EditAction.ADD_DOUBLE_REPORT, keys(id),
                s -> s.memberships().addDoubleReport(new DoubleReport(null, id, null, null, community, date)),
                Messages.get("people.reportAdded", title(), community), () -> reportCommunity.set(""));
    }

    public void removeDoubleReport(DoubleReportRow row) {
        Long id = selectedId();
        if (id == null || row == null || !confirm("people.removeTitle",
                Messages.get("people.removeReport", row.community()))) {
            return;
        }
        edit(EditAction.REMOVE_DOUBLE_REPORT, keys(id), s -> s.memberships().deleteDoubleReport(row.id()),
                Messages.get("people.reportRemoved", title(), row.community()));
    }

    /** The problem with the designation inputs, or null. */
    public String designationProblem() {
        if (Text.isBlank(designationTitle.get())) {
            return Messages.get("people.titleRequired");
        }
        return FieldChecks.year(designationYear.get(), workspace.today()).map(Problem::message).orElse(null);
    }

    public void addDesignation() {
        Long id = selectedId();
        String problem = designationProblem();
        if (id == null || problem != null) {
            notice(problem == null ? "" : problem);
            return;
        }
        DesignationKind kind = designationKind.get();
        String titleText = Text.trimmedOrNull(designationTitle.get());
        String y = Text.compact(designationYear.get());
        Integer year = y.isEmpty() ? null : Integer.valueOf(y);
        edit(EditAction.ADD_DESIGNATION, keys(id),
                s -> s.memberships().addDesignation(new Designation(null, id, kind, titleText, year, null, null)),
                Messages.get("people.designationAdded", title(), titleText), () -> designationTitle.set(""));
    }

    public void removeDesignation(DesignationRow row) {
        Long id = selectedId();
        if (id == null || row == null || !confirm("people.removeTitle",
                Messages.get("people.removeDesignation", row.title()))) {
            return;
        }
        edit(EditAction.REMOVE_DESIGNATION, keys(id), s -> s.memberships().deleteDesignation(row.id()),
                Messages.get("people.designationRemoved", title(), row.title()));
    }

    /** The line of the worker with this id among the rows in memory, or -1 (for putting the selection back). */
    public int indexOf(long workerId) {
        PagedRows list = rows.get();
        return list == null ? -1 : list.indexOf(workerId);
    }

    /** Today by the workspace clock (ages in the table). */
    public LocalDate today() {
        return workspace.today();
    }

    // ---- properties ----

    public StringProperty textProperty() {
        return text;
    }

    public ObjectProperty<Occupation> occupationProperty() {
        return occupation;
    }

    public ObjectProperty<Choice<Long>> employerProperty() {
        return employer;
    }

    public ObjectProperty<Choice<String>> townshipProperty() {
        return township;
    }

    public ObjectProperty<PoliticalStatus> politicalProperty() {
        return political;
    }

    public ObjectProperty<Relation> relationProperty() {
        return relation;
    }

    public ObjectProperty<WorkerStatus> statusProperty() {
        return status;
    }

    /** The rows of the current query; replaced by a new list when the filter or order changes. */
    public ReadOnlyObjectProperty<PagedRows> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty matchingProperty() {
        return matching.getReadOnlyProperty();
    }

    public ObservableList<Choice<Long>> unitChoices() {
        return unitChoices;
    }

    public ObservableList<Choice<String>> townshipChoices() {
        return townshipChoices;
    }

    public ObservableList<Choice<Long>> orgChoices() {
        return orgChoices;
    }

    public MembershipForm membership() {
        return membership;
    }

    /** The stored worker is a party member (the member sections apply). */
    public ReadOnlyBooleanProperty partyMemberProperty() {
        return partyMember.getReadOnlyProperty();
    }

    public ObservableList<EmploymentRow> employments() {
        return employments;
    }

    public ObservableList<OrgLifeRow> orgLife() {
        return orgLife;
    }

    public ObservableList<DoubleReportRow> doubleReports() {
        return doubleReports;
    }

    public ObservableList<DesignationRow> designations() {
        return designations;
    }

    public ObjectProperty<Choice<Long>> orgLifeOrgProperty() {
        return orgLifeOrg;
    }

    public ObjectProperty<LocalDate> orgLifeFromProperty() {
        return orgLifeFrom;
    }

    public StringProperty reportCommunityProperty() {
        return reportCommunity;
    }

    public ObjectProperty<LocalDate> reportDateProperty() {
        return reportDate;
    }

    public ObjectProperty<DesignationKind> designationKindProperty() {
        return designationKind;
    }

    public StringProperty designationTitleProperty() {
        return designationTitle;
    }

    public StringProperty designationYearProperty() {
        return designationYear;
    }
}
