package org.xinye.ledger.ui.orgs;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.xinye.ledger.domain.CoverageRules;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.domain.OrgForm;
import org.xinye.ledger.domain.PartyOrg;
import org.xinye.ledger.io.TableExport;
import org.xinye.ledger.store.Aggregate;
import org.xinye.ledger.store.ChangeLog.Key;
import org.xinye.ledger.store.Listings.Choice;
import org.xinye.ledger.store.Listings.CoveredUnitRow;
import org.xinye.ledger.store.Listings.MemberRow;
import org.xinye.ledger.store.Listings.OrgRow;
import org.xinye.ledger.store.Privacy;
import org.xinye.ledger.store.Session;
import org.xinye.ledger.ui.records.EditAction;
import org.xinye.ledger.ui.records.Choices;
import org.xinye.ledger.ui.records.EditStack;
import org.xinye.ledger.ui.records.RecordEdits;
import org.xinye.ledger.ui.records.RecordPageModel;
import org.xinye.ledger.ui.shell.Navigator;
import org.xinye.ledger.ui.shell.PageId;
import org.xinye.ledger.ui.support.ExportAction;
import org.xinye.ledger.ui.support.Formats;
import org.xinye.ledger.ui.support.Workspace;

/**
 * The 党组织 page: the org tree, the form of the selected org, the units it covers (joint orgs
 * over five flagged) and its members.
 */
public final class OrgsViewModel extends RecordPageModel<PartyOrg, PartyOrgForm> {
    private static final Texts TEXTS = new Texts("task.loadingOrgs", "orgs.newTitle", "orgs.unnamed", "orgs.created",
            "orgs.updated", "orgs.deleteTitle", "orgs.deleted");

    private final Navigator navigator;
    private final ObservableList<OrgRow> orgs = FXCollections.observableArrayList();
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ReadOnlyObjectWrapper<List<OrgTree.Branch>> tree = new ReadOnlyObjectWrapper<>(this, "tree", List.of());
    private final ObservableList<CoveredUnitRow> coveredUnits = FXCollections.observableArrayList();
    private final ObservableList<MemberRow> members = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<Long>> unitToAdd = new SimpleObjectProperty<>(this, "unitToAdd");
    private final StringBinding coverageWarning;

    private record Detail(PartyOrg org, Choice<Long> parent, Choice<String> region, List<CoveredUnitRow> units,
                          List<MemberRow> members, boolean mask) {
    }

    public OrgsViewModel(Workspace workspace, EditStack edits, Navigator navigator) {
        super(workspace, edits, new PartyOrgForm(workspace::today), Aggregate.PARTY_ORG, TEXTS,
                new Choices(Choices.Kind.ORGS, Choices.Kind.REGIONS, Choices.Kind.UNITS));
        this.navigator = navigator;
        search.addListener((o, a, b) -> tree.set(OrgTree.build(orgs, b)));
        coverageWarning = Bindings.createStringBinding(() -> CoverageRules.jointOrgOverLimit(form.form.get(),
                coveredUnits.size()) ? Formats.counted("orgs.overLimitNote", coveredUnits.size(),
                CoverageRules.JOINT_ORG_UNIT_LIMIT) : null, form.form, coveredUnits);
    }

    /** 导出…: the orgs the tree shows (a search keeps the matches and the path down to them). */
    public void export() {
        List<OrgRow> shown = new ArrayList<>();
        collect(tree.get(), shown);
        ExportAction.shown(workspace, TableExport.Table.ORGS, shown, orgs.size(), OrgRow::id);
    }

    private static void collect(List<OrgTree.Branch> branches, List<OrgRow> into) {
        for (OrgTree.Branch b : branches) {
            into.add(b.org());
            collect(b.children(), into);
        }
    }

    @Override
    protected void loadList(BooleanSupplier current) {
        readList(current, s -> s.listings().orgs(), rows -> {
            orgs.setAll(rows);
            tree.set(OrgTree.build(orgs, search.get()));
        });
    }

    @Override
    protected void loadDetail(long id, boolean intoForm) {
        readDetail(id, intoForm, s -> s.orgs().get(id).map(o -> new Detail(o,
                s.listings().orgChoice(o.parentId()).orElse(null), s.listings().regionChoice(o.regionCode()).orElse(null),
                s.listings().coveredUnits(id), s.listings().members(id), Privacy.masking(s))).orElse(null), d -> {
                    if (intoForm) {
                        form.load(d.org(), d.parent(), d.region(), d.mask());
                    }
                    showTitle(d.org().name());
                    coveredUnits.setAll(d.units());
                    members.setAll(d.members());
                });
    }

    @Override
    protected void clearSections() {
        coveredUnits.clear();
        members.clear();
    }

    @Override
    protected void relocalize() {
        coverageWarning.invalidate();
    }

    @Override
    protected void onOpened(long id) {
        if (!search.get().isEmpty()) {
            search.set("");
        }
    }

    // ---- commands ----

    /** 显示: the secretary's whole contact number, noted in the audit log. */
    public void revealContact() {
        if (!form.contact.shownProperty().get()) {
            revealSelected(form.contact::reveal);
        }
    }

    @Override
    protected Function<Session, long[]> saving(Long id, PartyOrg o) {
        return s -> {
            RecordEdits.refuseParentCycle(o.id(), o.parentId(), p -> s.orgs().get(p).map(PartyOrg::parentId).orElse(null),
                    "orgs.parentCycle");
            return changes.createOrUpdate(s, id, () -> s.orgs().insert(o), () -> s.orgs().update(o));
        };
    }

    @Override
    protected void askDelete(long id, String name, Consumer<String> ask) {
        changes.read(s -> s.listings().orgImpact(id), i -> ask.accept(Formats.counted("orgs.deleteQuestion", name,
                i.coveredUnits(), i.orgLife(), i.members(), i.childOrgs())));
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
        String orgName = title();
        OrgForm storedForm = form.isDirty() ? null : form.form.get();
        changes.read(s -> s.orgs().get(id).orElseThrow(), o -> {
            int after = coveredUnits.size() + 1;
            OrgForm kind = storedForm != null ? storedForm : o.form();
            if (CoverageRules.jointOrgOverLimit(kind, after) && !changes.confirm("orgs.overLimitTitle",
                    Formats.counted("orgs.overLimit", o.name(), after, CoverageRules.JOINT_ORG_UNIT_LIMIT))) {
                return;
            }
            changes.edit(EditAction.COVER_UNIT, changes.keys(id, Key.of(Aggregate.ENTERPRISE, unit.key())),
                    s -> s.orgs().cover(id, unit.key()), Messages.get("orgs.covered", orgName, unit.label()),
                    () -> unitToAdd.set(null));
        });
    }

    public void removeUnit(CoveredUnitRow row) {
        Long id = selectedId();
        if (id == null || row == null) {
            return;
        }
        String orgName = title();
        if (!changes.confirm("units.unlinkTitle", Messages.get("units.unlinkQuestion", orgName, row.name()))) {
            return;
        }
        changes.edit(EditAction.UNCOVER_UNIT, changes.keys(id, Key.of(Aggregate.ENTERPRISE, row.id())),
                s -> s.orgs().uncover(id, row.id()), Messages.get("units.unlinked", row.name(), orgName));
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
