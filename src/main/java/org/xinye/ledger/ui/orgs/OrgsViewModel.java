package org.xinye.ledger.ui.orgs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.xinye.ledger.domain.CoverageRules;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.domain.OrgForm;
import org.xinye.ledger.domain.PartyOrg;
import org.xinye.ledger.domain.Text;
import org.xinye.ledger.io.TableExport;
import org.xinye.ledger.store.Aggregate;
import org.xinye.ledger.store.ChangeLog;
import org.xinye.ledger.store.ChangeLog.Key;
import org.xinye.ledger.store.Listings.Choice;
import org.xinye.ledger.store.Listings.CoveredUnitRow;
import org.xinye.ledger.store.Listings.MemberRow;
import org.xinye.ledger.store.Listings.OrgImpact;
import org.xinye.ledger.store.Listings.OrgRow;
import org.xinye.ledger.store.Privacy;
import org.xinye.ledger.store.Session;
import org.xinye.ledger.store.StoreException;
import org.xinye.ledger.ui.records.EditAction;
import org.xinye.ledger.ui.records.EditStack;
import org.xinye.ledger.ui.records.HistoryModel;
import org.xinye.ledger.ui.records.RecordPageModel;
import org.xinye.ledger.ui.shell.Navigator;
import org.xinye.ledger.ui.shell.PageId;
import org.xinye.ledger.ui.support.ExportAction;
import org.xinye.ledger.ui.support.Workspace;

/**
 * The 党组织 page: the org tree, the form of the selected org, the units it covers (joint orgs
 * over five flagged) and its members.
 */
public final class OrgsViewModel extends RecordPageModel {
    private final Navigator navigator;
    private final ObservableList<OrgRow> orgs = FXCollections.observableArrayList();
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ReadOnlyObjectWrapper<List<OrgTree.Branch>> tree = new ReadOnlyObjectWrapper<>(this, "tree", List.of());
    private final ReadOnlyLongWrapper listLoaded = new ReadOnlyLongWrapper(this, "listLoaded");
    private final PartyOrgForm form;
    private final ReadOnlyBooleanWrapper creating = new ReadOnlyBooleanWrapper(this, "creating");
    private final BooleanProperty hasRecord = new SimpleBooleanProperty(this, "hasRecord");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ObservableList<Choice<Long>> orgChoices = FXCollections.observableArrayList();
    private final ObservableList<Choice<String>> regionChoices = FXCollections.observableArrayList();
    private final ObservableList<Choice<Long>> unitChoices = FXCollections.observableArrayList();
    private final ObservableList<CoveredUnitRow> coveredUnits = FXCollections.observableArrayList();
    private final ObservableList<MemberRow> members = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<Long>> unitToAdd = new SimpleObjectProperty<>(this, "unitToAdd");
    private final StringBinding coverageWarning;

    private record ListData(List<OrgRow> orgs, List<Choice<Long>> orgChoices, List<Choice<String>> regions,
                            List<Choice<Long>> units) {
    }

    private record Detail(PartyOrg org, Choice<Long> parent, Choice<String> region, List<CoveredUnitRow> units,
                          List<MemberRow> members, List<HistoryModel.Line> history, boolean mask) {
    }

    public OrgsViewModel(Workspace workspace, EditStack edits, Navigator navigator) {
        super(workspace, edits);
        this.navigator = navigator;
        this.form = new PartyOrgForm(workspace::today);
        hasRecord.bind(selectedIdProperty().isNotNull().or(creating));
        search.addListener((o, a, b) -> tree.set(OrgTree.build(orgs, b)));
        coverageWarning = Bindings.createStringBinding(() -> CoverageRules.jointOrgOverLimit(form.form.get(),
                coveredUnits.size()) ? Messages.get("orgs.overLimitNote", coveredUnits.size(),
                CoverageRules.JOINT_ORG_UNIT_LIMIT) : null, form.form, coveredUnits);
    }

    /** 导出…: the orgs the tree shows (a search keeps the matches and the path down to them). */
    public void export() {
        List<OrgRow> shown = new ArrayList<>();
        collect(tree.get(), shown);
        Map<String, String> filter = shown.size() == orgs.size() ? Map.of()
                : Map.of("ids", ExportAction.ids(shown, OrgRow::id));
        new ExportAction(workspace, TableExport.Table.ORGS, () -> filter).run();
    }

    private static void collect(List<OrgTree.Branch> branches, List<OrgRow> into) {
        for (OrgTree.Branch b : branches) {
            into.add(b.org());
            collect(b.children(), into);
        }
    }

    @Override
    protected void loadList(BooleanSupplier current) {
        workspace.read(Messages.get("task.loadingOrgs"), s -> new ListData(s.listings().orgs(), s.listings().orgChoices(),
                s.listings().regionChoices(), s.listings().unitChoices()), d -> {
                    if (!current.getAsBoolean()) {
                        return;
                    }
                    orgs.setAll(d.orgs());
                    replaceIfChanged(orgChoices, d.orgChoices());
                    replaceIfChanged(regionChoices, d.regions());
                    replaceIfChanged(unitChoices, d.units());
                    tree.set(OrgTree.build(orgs, search.get()));
                    listLoaded.set(listLoaded.get() + 1);
                });
    }

    @Override
    protected void loadDetail(long id, boolean intoForm) {
        long token = nextDetail();
        var zone = workspace.clock().getZone();
        workspace.read(Messages.get("task.loadingOrgs"), s -> s.orgs().get(id).map(o -> new Detail(o,
                s.listings().orgChoice(o.parentId()).orElse(null), s.listings().regionChoice(o.regionCode()).orElse(null),
                s.listings().coveredUnits(id), s.listings().members(id),
                HistoryModel.read(s, Key.of(Aggregate.PARTY_ORG, id), zone), Privacy.masking(s))).orElse(null), d -> {
                    if (!isCurrentDetail(token)) {
                        return;
                    }
                    if (d == null) {
                        selectedIdProperty().set(null);
                        clearDetail();
                        return;
                    }
                    if (intoForm) {
                        form.load(d.org(), d.parent(), d.region(), d.mask());
                        creating.set(false);
                    }
                    title.set(d.org().name());
                    coveredUnits.setAll(d.units());
                    members.setAll(d.members());
                    history.show(d.history());
                });
    }

    @Override
    protected void clearDetail() {
        form.clear();
        creating.set(false);
        title.set("");
        coveredUnits.clear();
        members.clear();
        history.clear();
    }

    @Override
    protected void relocalize() {
        if (creating.get()) {
            title.set(Messages.get("orgs.newTitle"));
        }
        form.relocalize();
        coverageWarning.invalidate();
    }

    @Override
    protected void prepareNew() {
        creating.set(true);
        title.set(Messages.get("orgs.newTitle"));
    }

    @Override
    protected void onOpened(long id) {
        if (!search.get().isEmpty()) {
            search.set("");
        }
    }

    @Override
    public boolean isDirty() {
        return (selectedId() != null || creating.get()) && form.isDirty();
    }

    @Override
    public boolean isNew() {
        return creating.get();
    }

    @Override
    protected String currentName() {
        String n = Text.trimmedOrNull(form.name.get());
        return n == null ? Messages.get("orgs.unnamed") : n;
    }

    @Override
    protected Aggregate aggregate() {
        return Aggregate.PARTY_ORG;
    }

    // ---- commands ----

    /** 显示: the secretary's whole contact number, noted in the audit log. */
    public void revealContact() {
        if (!form.contact.shownProperty().get()) {
            revealSelected(form.contact::reveal);
        }
    }

    public void save() {
        Long id = selectedId();
        if (id == null && !creating.get()) {
            return;
        }
        if (!form.validate()) {
            notice(Messages.get("records.fixErrors"));
            return;
        }
        if (id != null && !form.isDirty()) {
            notice(Messages.get("records.unchanged"));
            return;
        }
        PartyOrg o = form.toOrg(id);
        String description = Messages.get(id == null ? "orgs.created" : "orgs.updated", o.name());
        workspace.write(Messages.get("task.saving"), s -> {
            refuseParentCycle(s, o);
            if (id == null) {
                ChangeLog.Created c = s.changes().create(Aggregate.PARTY_ORG, () -> s.orgs().insert(o));
                return new long[] {c.id(), c.changeId()};
            }
            return new long[] {id, s.changes().edit(ChangeLog.UPDATE, Key.of(Aggregate.PARTY_ORG, id),
                    () -> s.orgs().update(o))};
        }, r -> {
            creating.set(false);
            edited(r[1], description);
            selectedIdProperty().set(r[0]);
            loadDetail(r[0], true);
        });
    }

    private static void refuseParentCycle(Session s, PartyOrg o) {
        Long p = o.parentId();
        for (int depth = 0; p != null && depth < 100; depth++) {
            if (p.equals(o.id())) {
                throw new StoreException(StoreException.Kind.CONSTRAINT, "orgs.parentCycle", null);
            }
            p = s.orgs().get(p).map(PartyOrg::parentId).orElse(null);
        }
    }

    public void cancel() {
        if (creating.get()) {
            creating.set(false);
            clearDetail();
            notice("");
            return;
        }
        Long id = selectedId();
        if (id != null && form.isDirty()) {
            loadDetail(id, true);
            notice(Messages.get("records.reverted"));
        }
    }

    public void delete() {
        Long id = selectedId();
        if (id == null) {
            return;
        }
        String name = currentName();
        workspace.read(Messages.get("task.loadingOrgs"), s -> s.listings().orgImpact(id), impact -> {
            if (!workspace.dialogs().confirm(Messages.get("orgs.deleteTitle"), deleteQuestion(name, impact))) {
                return;
            }
            workspace.write(Messages.get("task.saving"), s -> s.changes().delete(Key.of(Aggregate.PARTY_ORG, id)),
                    change -> {
                        edited(change, Messages.get("orgs.deleted", name));
                        selectedIdProperty().set(null);
                        nextDetail();
                        clearDetail();
                    });
        });
    }

    private static String deleteQuestion(String name, OrgImpact i) {
        return Messages.get("orgs.deleteQuestion", name, i.coveredUnits(), i.orgLife(), i.members(), i.childOrgs());
    }

    /** Adds a unit to the org's coverage; a joint org going over five units is confirmed first. */
    public void addUnit() {
        Long id = selectedId();
        Choice<Long> unit = unitToAdd.get();
        if (id == null || unit == null) {
            return;
        }
        if (coveredUnits.stream().anyMatch(u -> u.id() == unit.key())) {
            notice(Messages.get("orgs.alreadyCovers", unit.label()));
            return;
        }
        String orgName = title.get();
        OrgForm storedForm = form.isDirty() ? null : form.form.get();
        workspace.read(Messages.get("task.loadingOrgs"), s -> s.orgs().get(id).orElseThrow(), o -> {
            int after = coveredUnits.size() + 1;
            OrgForm kind = storedForm != null ? storedForm : o.form();
            if (CoverageRules.jointOrgOverLimit(kind, after) && !workspace.dialogs().confirm(
                    Messages.get("orgs.overLimitTitle"), Messages.get("orgs.overLimit", o.name(), after,
                            CoverageRules.JOINT_ORG_UNIT_LIMIT))) {
                return;
            }
            workspace.write(Messages.get("task.saving"), s -> s.changes().edit(EditAction.COVER_UNIT.name(),
                    List.of(Key.of(Aggregate.PARTY_ORG, id), Key.of(Aggregate.ENTERPRISE, unit.key())),
                    () -> s.orgs().cover(id, unit.key())), change -> {
                        edited(change, Messages.get("orgs.covered", orgName, unit.label()));
                        unitToAdd.set(null);
                    });
        });
    }

    public void removeUnit(CoveredUnitRow row) {
        Long id = selectedId();
        if (id == null || row == null) {
            return;
        }
        String orgName = title.get();
        if (!workspace.dialogs().confirm(Messages.get("units.unlinkTitle"), Messages.get("units.unlinkQuestion",
                orgName, row.name()))) {
            return;
        }
        workspace.write(Messages.get("task.saving"), s -> s.changes().edit(EditAction.UNCOVER_UNIT.name(),
                List.of(Key.of(Aggregate.PARTY_ORG, id), Key.of(Aggregate.ENTERPRISE, row.id())),
                () -> s.orgs().uncover(id, row.id())),
                change -> edited(change, Messages.get("units.unlinked", row.name(), orgName)));
    }

    /** Opens a covered unit on the 企业 page. */
    public void openUnit(CoveredUnitRow row) {
        if (row != null) {
            navigator.go(PageId.UNITS, row.id());
        }
    }

    /** Opens a member on the 人员 page. */
    public void openMember(MemberRow row) {
        if (row != null) {
            navigator.go(PageId.PEOPLE, row.workerId());
        }
    }

    // ---- properties ----

    public StringProperty searchProperty() {
        return search;
    }

    /** The tree to show, rebuilt after each load and each change of the search. */
    public ReadOnlyObjectProperty<List<OrgTree.Branch>> treeProperty() {
        return tree.getReadOnlyProperty();
    }

    public ObservableList<OrgRow> orgs() {
        return orgs;
    }

    public ReadOnlyLongProperty listLoadedProperty() {
        return listLoaded.getReadOnlyProperty();
    }

    public PartyOrgForm form() {
        return form;
    }

    public BooleanProperty hasRecordProperty() {
        return hasRecord;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ObservableList<Choice<Long>> orgChoices() {
        return orgChoices;
    }

    public ObservableList<Choice<String>> regionChoices() {
        return regionChoices;
    }

    public ObservableList<Choice<Long>> unitChoices() {
        return unitChoices;
    }

    public ObservableList<CoveredUnitRow> coveredUnits() {
        return coveredUnits;
    }

    public ObservableList<MemberRow> members() {
        return members;
    }

    public ObjectProperty<Choice<Long>> unitToAddProperty() {
        return unitToAdd;
    }

    /** Whether an org of this form covering this many units is on the follow-up list. */
    public static boolean overLimit(OrgForm form, int units) {
        return CoverageRules.jointOrgOverLimit(form, units);
    }

    /** Says so when a joint org covers more than five units (null otherwise). */
    public StringBinding coverageWarning() {
        return coverageWarning;
    }
}
