package org.xinye.ledger.io.imports;

import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import org.xinye.ledger.domain.ImportSource;
import org.xinye.ledger.domain.WorkerStatus;

/**
 * What to import and how; built with {@link #builder}. Unset options mean: the first visible
 * sheet with a header, columns found from the headers, not one unit's roster, abort on the
 * first rejected row, write (not a dry run), keep every row with an issue for the report.
 */
public final class ImportRequest {
    /** In {@link #employerChoices}: create a new unit of that name. */
    public static final long CREATE = -1L;

    private final Path file;
    private final ImportType type;
    private final ImportSource source;
    private final String sheet;
    private final Map<String, String> mapByHeader;
    private final Map<Integer, Field> mapByColumn;
    private final String enterprise;
    private final boolean reconcile;
    private final String area;
    private final WorkerStatus markMissing;
    private final boolean abortOnError;
    private final boolean dryRun;
    private final Map<String, Long> employerChoices;
    private final Map<String, Long> orgChoices;
    private final Map<String, String> newUnitStreets;
    private final boolean keepProblemRows;

    private ImportRequest(Builder b) {
        this.file = b.file;
        this.type = b.type;
        this.source = b.source;
        this.sheet = b.sheet;
        this.mapByHeader = Map.copyOf(b.mapByHeader);
        // A null field means "not imported", which Map.copyOf cannot hold.
        this.mapByColumn = Collections.unmodifiableMap(new HashMap<>(b.mapByColumn));
        this.enterprise = b.enterprise;
        this.reconcile = b.reconcile;
        this.area = b.area;
        this.markMissing = b.markMissing;
        this.abortOnError = b.abortOnError;
        this.dryRun = b.dryRun;
        this.employerChoices = Map.copyOf(b.employerChoices);
        this.orgChoices = Map.copyOf(b.orgChoices);
        this.newUnitStreets = Map.copyOf(b.newUnitStreets);
        this.keepProblemRows = b.keepProblemRows;
    }

    public static Builder builder(Path file, ImportType type, ImportSource source) {
        return new Builder(file, type, source);
    }

    public Path file() {
        return file;
    }

    public ImportType type() {
        return type;
    }

    public ImportSource source() {
        return source;
    }

    /** The sheet's name, or null for the first visible sheet with a header. */
    public String sheet() {
        return sheet;
    }

    /** Header → field key (or {@code ignore}), as {@code --map} gives them. */
    public Map<String, String> mapByHeader() {
        return mapByHeader;
    }

    /** Column index → field (null: not imported), as the wizard gives them. */
    public Map<Integer, Field> mapByColumn() {
        return mapByColumn;
    }

    /** Roster mode: the unit (name or credit code) whose roster this is; null otherwise. */
    public String enterprise() {
        return enterprise;
    }

    /** Whether to list the unit's workers missing from the roster. */
    public boolean reconcile() {
        return reconcile;
    }

    /**
     * An area roster (属地摸排): the region (county or township) whose people the file is reconciled
     * against; null for the ledger's own county, or one unit's roster.
     */
    public String area() {
        return area;
    }

    /** What to set on the workers missing from the roster (LEFT or TO_VERIFY), or null to leave them. */
    public WorkerStatus markMissing() {
        return markMissing;
    }

    public boolean abortOnError() {
        return abortOnError;
    }

    public boolean dryRun() {
        return dryRun;
    }

    /** Employer text as typed → existing unit id, or {@link #CREATE} to create the unit. */
    public Map<String, Long> employerChoices() {
        return employerChoices;
    }

    /** 党组织 text as typed → existing org id, or {@link #CREATE} to create the org. */
    public Map<String, Long> orgChoices() {
        return orgChoices;
    }

    /** For each unit the wizard creates (by name): the township code of its street. */
    public Map<String, String> newUnitStreets() {
        return newUnitStreets;
    }

    /**
     * Whether every row with an issue is kept for the report (the command line without
     * {@code --report} keeps only the rejected ones, so memory stays flat).
     */
    public boolean keepProblemRows() {
        return keepProblemRows;
    }

    /** Collects the options of a request; every setter returns the builder. */
    public static final class Builder {
        private final Path file;
        private final ImportType type;
        private final ImportSource source;
        private String sheet;
        private Map<String, String> mapByHeader = Map.of();
        private Map<Integer, Field> mapByColumn = Map.of();
        private String enterprise;
        private boolean reconcile;
        private String area;
        private WorkerStatus markMissing;
        private boolean abortOnError = true;
        private boolean dryRun;
        private Map<String, Long> employerChoices = Map.of();
        private Map<String, Long> orgChoices = Map.of();
        private Map<String, String> newUnitStreets = Map.of();
        private boolean keepProblemRows = true;

        private Builder(Path file, ImportType type, ImportSource source) {
            this.file = file;
            this.type = type;
            this.source = source;
        }

        public Builder sheet(String name) {
            this.sheet = name;
            return this;
        }

        public Builder mapByHeader(Map<String, String> headerToField) {
            this.mapByHeader = headerToField;
            return this;
        }

        public Builder mapByColumn(Map<Integer, Field> columnToField) {
            this.mapByColumn = columnToField;
            return this;
        }

        /** One unit's roster: its name or credit code; null for a file of many units. */
        public Builder rosterOf(String unit) {
            this.enterprise = unit;
            return this;
        }

        public Builder reconcile(boolean listMissing) {
            this.reconcile = listMissing;
            return this;
        }

        /** Reconcile against everyone serving in this region (a county or township code). */
        public Builder area(String regionCode) {
            this.area = regionCode;
            return this;
        }

        public Builder markMissing(WorkerStatus status) {
            this.markMissing = status;
            return this;
        }

        public Builder abortOnError(boolean abort) {
            this.abortOnError = abort;
            return this;
        }

        public Builder dryRun(boolean dry) {
            this.dryRun = dry;
            return this;
        }

        public Builder employerChoices(Map<String, Long> choices) {
            this.employerChoices = choices;
            return this;
        }

        public Builder orgChoices(Map<String, Long> choices) {
            this.orgChoices = choices;
            return this;
        }

        public Builder newUnitStreets(Map<String, String> streets) {
            this.newUnitStreets = streets;
            return this;
        }

        public Builder keepProblemRows(boolean keep) {
            this.keepProblemRows = keep;
            return this;
        }

        public ImportRequest build() {
            return new ImportRequest(this);
        }
    }
}
