#!/usr/bin/env bash
# Import benchmark (whole process, indicative on a shared machine): a generated 100,000-row
# workers roster as CSV and as xlsx, imported into an empty ledger, next to its yardsticks:
# sqlite3's own ".import --csv" of the same CSV into a table with the worker table's indexes
# (the bar: the CSV import within 1.6 times of it; also into one plain table, for scale), and
# LibreOffice's conversion of the same xlsx to CSV (the bar: the xlsx import at least twice as
# fast; and its peak memory under 300 MB with -Xmx256m). The imports run with the JVM options of the installed
# command launcher, as installer/Package.java gives them to it (the shared ones, with the SQLite
# library loaded from a folder as the image ships it, then the java-options line of
# installer/cli-launcher.properties), the xlsx import also with -Xmx256m (its peak RSS is one of the bars). Every measurement runs RUNS
# times, taking turns with its yardstick, after an unmeasured warm-up; the medians and their
# ratios come last. Seconds (wall, user, sys) and peak RSS are from /usr/bin/time.
# One more line shows how much of the CSV bar SQLite's own work takes: sqlite3 writing exactly the rows
# the import wrote (people, their first stint, the source record; copied from an imported ledger, with
# the import's settings: foreign keys and CHECKs off, secondary indexes built at the end, a 64 MiB cache)
# into a fresh copy of the empty ledger, row by row as an import inserts them (the WHERE clauses keep
# SQLite from copying the tables' pages wholesale, which it does for a bare INSERT … SELECT * into an
# empty table of the same shape). Whatever that takes, the import cannot take less.
# With IMAGE set to a packaged app image (./mvnw -Pinstaller package; with JDK 25 it carries the command
# launcher's own AOT class cache, trained on an import), the imports run with that image's command
# launcher itself, the xlsx import's -Xmx256m given through JAVA_TOOL_OPTIONS.
# Run from the project folder: [IMAGE=target/installer/image/XinyeLedger] src/test/bench/bench-import.sh [ROWS] [RUNS]
set -euo pipefail
ROWS=${1:-100000}
RUNS=${2:-5}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
./mvnw -q package -DskipTests
./mvnw -q dependency:build-classpath -Dmdep.outputFile="$T/cp.txt" -Dmdep.includeScope=test >/dev/null
./mvnw -q test-compile
CP="target/test-classes:target/classes:$(cat "$T/cp.txt")"
JAR=target/xinye-ledger.jar
# The image ships the driver's native library in a folder (the driver would otherwise unpack it on every start).
mkdir "$T/native"
unzip -q -j -d "$T/native" "$(tr ':' '\n' < "$T/cp.txt" | grep '/sqlite-jdbc-[^/]*\.jar$')" "org/sqlite/native/Linux/$(uname -m | sed 's/arm64/aarch64/')/libsqlitejdbc.so"
mapfile -t OPTS < <(java installer/Package.java --print-cli-options "$T/native")
java -cp "$CP" org.xinye.ledger.io.RosterFiles csv "$ROWS" "$T/w.csv"
java -cp "$CP" org.xinye.ledger.io.RosterFiles xlsx "$ROWS" "$T/w.xlsx"
java -jar "$JAR" init --db "$T/empty.xldb" >/dev/null
ls -l "$T/w.csv" "$T/w.xlsx"
echo "$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); $(java -version 2>&1 | head -1)"
# The command as the installed command launcher runs it (LEDGER), and with -Xmx256m (SMALL).
if [ -n "${IMAGE:-}" ]; then
    launcher=$(cd "$IMAGE" && pwd)/bin/xinye-ledger-cli
    LEDGER=("$launcher")
    SMALL=(env JAVA_TOOL_OPTIONS=-Xmx256m "$launcher")
    echo "import: $launcher import --db L --type workers FILE ($(grep -h AOTCache "$IMAGE"/lib/app/xinye-ledger-cli.cfg \
        2>/dev/null || echo 'no AOT cache'))"
else
    LEDGER=(java "${OPTS[@]}" -jar "$JAR")
    SMALL=(java "${OPTS[@]}" -Xmx256m -jar "$JAR")
    echo "import: java ${OPTS[*]} -jar $JAR import --db L --type workers FILE"
fi

# measure, median, cpu, peak, ratio, cpu_ratio
. "$(dirname "$0")/bench-measure.sh"
# The ledger an import writes: a fresh copy of an empty one.
fresh() {
    rm -rf "$T/run"
    mkdir "$T/run"
    cp "$T/empty.xldb" "$T/run/l.xldb"
}

# The worker table's indexes on the CSV's columns: the unique ID number, employer with political status,
# township (schema 9 dropped the indexes on name, political status and occupation).
INDEXED="CREATE TABLE w(name TEXT, id_number TEXT UNIQUE, mobile TEXT, employer TEXT, township TEXT, political TEXT,
  occupation TEXT); CREATE INDEX w_employer ON w(employer, political); CREATE INDEX w_township ON w(township);"
fresh
"${LEDGER[@]}" import --db "$T/run/l.xldb" --type workers "$T/w.csv" >/dev/null
cp "$T/run/l.xldb" "$T/full.xldb"
sqlite3 "$T/plain.db" ".import --csv $T/w.csv w"
# The secondary indexes of the tables the import fills, dropped before and built after, as the import does.
INDEXES=$(sqlite3 "$T/empty.xldb" "SELECT 'DROP INDEX ' || name || ';' FROM sqlite_master WHERE type = 'index'
  AND sql IS NOT NULL AND tbl_name IN ('worker', 'employment')")
REBUILD=$(sqlite3 "$T/empty.xldb" "SELECT sql || ';' FROM sqlite_master WHERE type = 'index'
  AND sql IS NOT NULL AND tbl_name IN ('worker', 'employment')")
ROWS_ONLY="PRAGMA foreign_keys = OFF; PRAGMA ignore_check_constraints = ON; PRAGMA cache_size = -65536;
  ATTACH '$T/full.xldb' AS done; $INDEXES BEGIN; INSERT INTO main.worker SELECT * FROM done.worker WHERE id > 0;
  INSERT INTO main.employment SELECT * FROM done.employment WHERE id > 0;
  INSERT INTO main.worker_source SELECT * FROM done.worker_source WHERE worker_id > 0; $REBUILD COMMIT;"
for i in $(seq "$RUNS"); do
    rm -f "$T/plain.db" "$T/indexed.db"
    measure "sqlite3 .import --csv" sqlite3 "$T/plain.db" ".import --csv $T/w.csv w"
    sqlite3 "$T/indexed.db" "$INDEXED"
    measure "sqlite3 .import, indexed" sqlite3 "$T/indexed.db" ".import --csv --skip 1 $T/w.csv w"
    fresh
    measure "sqlite3, the import's rows" sqlite3 "$T/run/l.xldb" "$ROWS_ONLY"
    fresh
    measure "import CSV" "${LEDGER[@]}" import --db "$T/run/l.xldb" --type workers "$T/w.csv"
done
soffice=$(command -v soffice || true)
[ -z "$soffice" ] || "$soffice" --headless --convert-to csv --outdir "$T/out" "$T/w.xlsx" >/dev/null 2>&1
for i in $(seq "$RUNS"); do
    if [ -n "$soffice" ]; then
        rm -rf "$T/out"
        measure "soffice --convert-to csv" "$soffice" --headless --convert-to csv --outdir "$T/out" "$T/w.xlsx"
    fi
    fresh
    measure "import xlsx -Xmx256m" "${SMALL[@]}" import --db "$T/run/l.xldb" \
        --type workers "$T/w.xlsx"
done
for i in $(seq "$RUNS"); do
    cp "$T/full.xldb" "$T/run/l.xldb"
    rm -rf "$T/run/backups"
    measure "re-import CSV (no change)" "${LEDGER[@]}" import --db "$T/run/l.xldb" \
        --type workers "$T/w.csv"
done

echo "medians of $RUNS runs (wall s):"
for name in "sqlite3 .import --csv" "sqlite3 .import, indexed" "sqlite3, the import's rows" "import CSV" \
        "soffice --convert-to csv" \
        "import xlsx -Xmx256m" "re-import CSV (no change)"; do
    if [ -f "$T/$name" ]; then
        printf '  %-28s %6.2f\n' "$name" "$(median "$name")"
    fi
done
echo "medians of $RUNS runs (CPU s, user + sys; less swayed by other work on a shared machine):"
for name in "sqlite3 .import, indexed" "sqlite3, the import's rows" "import CSV" "soffice --convert-to csv" \
        "import xlsx -Xmx256m"; do
    if [ -f "$T/$name" ]; then
        printf '  %-28s %6.2f\n' "$name" "$(cpu "$name")"
    fi
done
echo "  import CSV / sqlite3 .import into the indexed table: $(ratio "import CSV" "sqlite3 .import, indexed") times" \
    "(CPU: $(cpu_ratio "import CSV" "sqlite3 .import, indexed")) (bar: at most 1.6)"
echo "  import CSV / sqlite3 .import into a plain table: $(ratio "import CSV" "sqlite3 .import --csv" %.1f) times"
echo "  sqlite3 writing the import's rows / sqlite3 .import into the indexed table:" \
    "$(ratio "sqlite3, the import's rows" "sqlite3 .import, indexed") times (SQLite's own part of the CSV bar)"
if [ -n "$soffice" ]; then
    echo "  soffice / import xlsx: $(ratio "soffice --convert-to csv" "import xlsx -Xmx256m") times" \
        "(CPU: $(cpu_ratio "soffice --convert-to csv" "import xlsx -Xmx256m")) (bar: at least 2)"
fi
echo "  import xlsx -Xmx256m peak RSS: $(peak "import xlsx -Xmx256m") MB (bar: under 300)"
