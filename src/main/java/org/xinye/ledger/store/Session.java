package org.xinye.ledger.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.Map;

/**
 * One connection inside one transaction, and the repositories bound to it. Obtained from
 * {@link Ledger#read} or {@link Ledger#write}; never kept beyond that call.
 */
public final class Session {
    private final Connection c;
    private RegionRepository regions;
    private EnterpriseRepository enterprises;
    private PartyOrgRepository orgs;
    private WorkerRepository workers;
    private MembershipRepository memberships;
    private InstructorRepository instructors;
    private StationRepository stations;
    private SnapshotRepository snapshots;
    private ImportBatches importBatches;
    private AuditRepository audit;
    private SettingsRepository settings;
    private CoverageQueries coverage;
    private FollowUpQueries followUps;
    private ImportStore imports;
    private ChangeLog changes;
    private Listings listings;
    private WorkerListing workerListing;

    Session(Connection c) {
        this.c = c;
    }

    /** The raw connection, for bulk work that needs its own prepared statements. */
    public Connection connection() {
        return c;
    }

    public RegionRepository regions() {
        return regions == null ? regions = new RegionRepository(c) : regions;
    }

    public EnterpriseRepository enterprises() {
        return enterprises == null ? enterprises = new EnterpriseRepository(c) : enterprises;
    }

    public PartyOrgRepository orgs() {
        return orgs == null ? orgs = new PartyOrgRepository(c) : orgs;
    }

    public WorkerRepository workers() {
        return workers == null ? workers = new WorkerRepository(c) : workers;
    }

    public MembershipRepository memberships() {
        return memberships == null ? memberships = new MembershipRepository(c) : memberships;
    }

    public InstructorRepository instructors() {
        return instructors == null ? instructors = new InstructorRepository(c) : instructors;
    }

    public StationRepository stations() {
        return stations == null ? stations = new StationRepository(c) : stations;
    }

    public SnapshotRepository snapshots() {
        return snapshots == null ? snapshots = new SnapshotRepository(c) : snapshots;
    }

    /** The import history (导入批次). */
    public ImportBatches importBatches() {
        return importBatches == null ? importBatches = new ImportBatches(c) : importBatches;
    }

    public AuditRepository audit() {
        return audit == null ? audit = new AuditRepository(c) : audit;
    }

    public SettingsRepository settings() {
        return settings == null ? settings = new SettingsRepository(c) : settings;
    }

    public CoverageQueries coverage() {
        return coverage == null ? coverage = new CoverageQueries(c) : coverage;
    }

    public FollowUpQueries followUps() {
        return followUps == null ? followUps = new FollowUpQueries(c) : followUps;
    }

    public ImportStore imports() {
        return imports == null ? imports = new ImportStore(c) : imports;
    }

    /** A new journal for what the import batch {@code batchId} writes; the caller closes it. */
    public ImportJournal importJournal(long batchId) {
        return new ImportJournal(c, batchId);
    }

    public ImportUndo importUndo() {
        return new ImportUndo(c);
    }

    /** 对账: the sources side by side. */
    public ReconcileQueries reconcile() {
        return new ReconcileQueries(c);
    }

    /**
     * Drops a table's secondary indexes and gives back what re-creates them. For a bulk load
     * into an empty table: building an index once over all keys is several times faster than
     * keeping it up to date row by row. Both steps run in the current transaction, so a crash
     * or a rollback in between leaves the indexes as they were. Unique constraints stay.
     */
    public Runnable withoutSecondaryIndexes(String table) {
        // The definitions come from the app's own migrations, never from the file: SQL stored in a ledger is not run.
        Map<String, String> indexes = LedgerSchema.secondaryIndexes(table);
        for (String name : indexes.keySet()) {
            Sql.update(c, "DROP INDEX \"" + name.replace("\"", "\"\"") + "\"");
        }
        return () -> indexes.values().forEach(sql -> Sql.update(c, sql));
    }

    /**
     * Stops SQLite from evaluating CHECK constraints on this connection until the returned
     * action runs. Only for a bulk load whose values are all produced by the domain's own
     * checks and enums (see the import's load into an empty ledger): SQLite builds a
     * temporary b-tree for an {@code IN (...)} list of a CHECK constraint anew for every row
     * it tests, which made those checks a third of the time of a worker insert. NOT NULL,
     * UNIQUE and foreign keys stay enforced. The setting is per connection and decides how
     * statements are compiled, so statements prepared in between are closed before it ends.
     */
    public Runnable withoutCheckConstraints() {
        Sql.update(c, "PRAGMA ignore_check_constraints = ON");
        return () -> Sql.update(c, "PRAGMA ignore_check_constraints = OFF");
    }

    /** Edits by hand: logged with the whole record before and after, and undoable. */
    public ChangeLog changes() {
        return changes == null ? changes = new ChangeLog(c) : changes;
    }

    public Listings listings() {
        return listings == null ? listings = new Listings(c) : listings;
    }

    /** The rows of each table as its export writes them. */
    public ExportQueries exports() {
        return new ExportQueries(this);
    }

    /** The rules that change a person, for the window and the import alike. */
    public WorkerChanges workerChanges() {
        return new WorkerChanges(this);
    }

    public WorkerListing workerListing() {
        return workerListing == null ? workerListing = new WorkerListing(c) : workerListing;
    }

    public int userVersion() {
        return (int) Sql.count(c, "PRAGMA user_version");
    }

    public int applicationId() {
        return (int) Sql.count(c, "PRAGMA application_id");
    }

    /** Refuses a database that is not a ledger or is newer than this build; gives its schema version. */
    int verifyIdentity(Path path) {
        int version = userVersion();
        int appId = applicationId();
        if (appId != Ledger.APPLICATION_ID) {
            throw new StoreException(StoreException.Kind.NOT_A_LEDGER, "store.notLedger", null, path);
        }
        if (version > Migrations.current()) {
            throw new StoreException(StoreException.Kind.NEWER_VERSION, "store.newerVersion", null, path,
                    version, Migrations.current());
        }
        return version;
    }
}
