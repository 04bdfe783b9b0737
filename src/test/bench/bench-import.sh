#!/usr/bin/env bash
# Import benchmark (whole process, indicative on a shared machine): a generated 100,000-row
# workers roster as CSV and as xlsx, imported into an empty ledger, next to sqlite3's own
# ".import --csv" of the same CSV into one plain table. Peak RSS of the xlsx import with
# -Xmx256m comes from /usr/bin/time -v. Run from the project folder: src/test/bench/bench-import.sh [ROWS]
set -euo pipefail
ROWS=${1:-100000}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
./mvnw -q package -DskipTests
./mvnw -q dependency:build-classpath -Dmdep.outputFile="$T/cp.txt" -Dmdep.includeScope=test >/dev/null
./mvnw -q test-compile
CP="target/test-classes:target/classes:$(cat "$T/cp.txt")"
java -cp "$CP" org.xinye.ledger.io.RosterFiles csv "$ROWS" "$T/w.csv"
java -cp "$CP" org.xinye.ledger.io.RosterFiles xlsx "$ROWS" "$T/w.xlsx"
ls -l "$T/w.csv" "$T/w.xlsx"
java -jar target/xinye-ledger.jar init --db "$T/csv.xldb" >/dev/null
java -jar target/xinye-ledger.jar init --db "$T/xlsx.xldb" >/dev/null
secs() { local s=$(date +%s.%N); "$@" >/dev/null; echo "$(date +%s.%N) - $s" | bc; }
echo "sqlite3 .import --csv:      $(secs sqlite3 "$T/plain.db" ".import --csv $T/w.csv w") s"
echo "import CSV (empty ledger):  $(secs java -jar target/xinye-ledger.jar import --db "$T/csv.xldb" --type workers "$T/w.csv") s"
echo "import xlsx (empty ledger, -Xmx256m):"
/usr/bin/time -v java -Xmx256m -jar target/xinye-ledger.jar import --db "$T/xlsx.xldb" --type workers "$T/w.xlsx" \
    2>&1 >/dev/null | grep -E "Elapsed|Maximum resident"
echo "re-import of the same CSV (nothing changes):"
echo "  $(secs java -jar target/xinye-ledger.jar import --db "$T/csv.xldb" --type workers "$T/w.csv") s"
if command -v soffice >/dev/null; then
    echo "soffice --convert-to csv:   $(secs soffice --headless --convert-to csv --outdir "$T/out" "$T/w.xlsx") s"
fi
