package org.xinye.ledger.ui.people;

import java.time.LocalDate;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.xinye.ledger.domain.Membership;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.domain.Worker;
import org.xinye.ledger.store.Aggregate;
import org.xinye.ledger.store.Listings.Choice;
import org.xinye.ledger.store.Listings.DesignationRow;
import org.xinye.ledger.store.Listings.DoubleReportRow;
import org.xinye.ledger.store.Listings.EmploymentRow;
import org.xinye.ledger.store.Listings.OrgLifeRow;
import org.xinye.ledger.store.Privacy;
import org.xinye.ledger.store.Session;
import org.xinye.ledger.store.StoreException;
import org.xinye.ledger.store.WorkerChanges;
import org.xinye.ledger.ui.records.Choices;
import org.xinye.ledger.ui.records.EditStack;
import org.xinye.ledger.ui.records.RecordPageModel;
import org.xinye.ledger.ui.support.Formats;
import org.xinye.ledger.ui.support.Workspace;

/**
 * The 人员 page: the roster at any size ({@link PeopleRoster}), the worker form with masked
 * personal numbers and the employment history, and a party member's relation, org life,
 * double reports and designations ({@link MemberSections}).
 */
public final class PeopleViewModel extends RecordPageModel<Worker, WorkerForm> {
    private static final Texts TEXTS = new Texts("task.loadingPeople", "people.newTitle", "people.unnamed",
            "people.created", "people.updated", "people.deleteTitle", "people.deleted");

    private final PeopleRoster roster;
    private final MemberSections members;
    private final ObservableList<EmploymentRow> employments = FXCollections.observableArrayList();

    private record Detail(Worker worker, Choice<Long> employer, Choice<String> township, Membership membership,
                          Choice<Long> org, List<EmploymentRow> employments, List<OrgLifeRow> orgLife,
                          List<DoubleReportRow> reports, List<DesignationRow> designations, boolean mask) {
    }

    public PeopleViewModel(Workspace workspace, EditStack edits) {
        super(workspace, edits, new WorkerForm(workspace::today), Aggregate.WORKER, TEXTS,
                new Choices(Choices.Kind.UNITS, Choices.Kind.TOWNSHIPS, Choices.Kind.ORGS));
        roster = new PeopleRoster(workspace);
        members = new MemberSections(changes, this::selectedId, this::title, id -> loadDetail(id, true),
                workspace::today);
    }

    // ---- the table ----

    @Override
    protected void loadList(BooleanSupplier current) {
        // The roster reads its own rows, a page at a time; the list read here brings only the pickers' choices.
        readList(current, s -> List.of(), none -> { });
        roster.requery();
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
            }
            showTitle(d.worker().name());
            employments.setAll(d.employments());
            members.show(id, d.worker().isPartyMember(), d.membership(), d.org(), d.orgLife(), d.reports(),
                    d.designations(), intoForm);
        });
    }

    @Override
    protected void clearSections() {
        members.clear();
        employments.clear();
    }

    @Override
    protected void relocalize() {
        members.membership().relocalize();
    }

    /** Saves the worker by the store's rules for a person ({@link WorkerChanges}: ID number, employment). */
    @Override
    protected Function<Session, long[]> saving(Long id, Worker typed) {
        boolean personalShown = form.personalShownProperty().get();
        LocalDate today = workspace.today();
        return s -> {
            Worker w = typed;
            if (id != null && !personalShown) {
                Worker stored = s.workers().get(id).orElseThrow(
                        () -> new StoreException(StoreException.Kind.NOT_FOUND, "store.recordGone", null, id));
                w = withPersonal(typed, stored);
            }
            WorkerChanges.Outcome outcome = s.workerChanges().save(id, w, today);
            if (outcome instanceof WorkerChanges.DuplicateId d) {
                // Refused inside the write, so nothing of it is kept; the page shows the reason.
                throw new StoreException(StoreException.Kind.CONSTRAINT, "people.duplicateId", null, d.holder().name());
            }
            WorkerChanges.Saved saved = (WorkerChanges.Saved) outcome;
            return new long[] {saved.id(), saved.changeId()};
        };
    }

    private static Worker withPersonal(Worker w, Worker stored) {
        return new Worker(w.id(), stored.idNumber(), w.name(), stored.gender(), stored.birthDate(), stored.mobile(),
                w.occupation(), w.employerId(), w.employerText(), w.townshipCode(), w.townshipText(),
                w.politicalStatus(), w.status(), w.notes());
    }

    @Override
    protected void askDelete(long id, String name, Consumer<String> ask) {
        changes.read(s -> s.listings().workerImpact(id), i -> ask.accept(Formats.counted("people.deleteQuestion", name,
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
        workspace.background().submitWrite(Messages.get("task.scrub"), p -> {
            p.commitOrStop();
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

    /** Today by the workspace clock (ages in the table). */
    public LocalDate today() {
        return workspace.today();
    }

    /** The table: its filters, rows and export. */
    public PeopleRoster roster() {
        return roster;
    }

    /** A party member's sections. */
    public MemberSections members() {
        return members;
    }

    public ObservableList<EmploymentRow> employments() {
        return employments;
    }
}
