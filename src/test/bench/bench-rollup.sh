#!/usr/bin/env bash
# Roll-up benchmark (whole process, indicative on a shared machine): DISTRICTS county submissions of
# WORKERS people each (default 10 × 100,000: 1,000,000 people in the city, every 20th person of a
# county also listed by the previous county), rolled up into an empty city ledger, next to its
# yardstick: sqlite3's own ".import --csv" of the same people rows into a table indexed on the ID
# number. Then the city's coverage (coverage --format json) and the dashboard's start-up probe on the
# city ledger. The commands run with the JVM options of the installed command launcher
# (installer/cli-launcher.properties). Each measurement runs RUNS times, taking turns with its
# yardstick, after an unmeasured warm-up; medians and ratios come last. Seconds (wall), CPU seconds
# (user + system, fairer than wall on a loaded machine) and peak RSS are from /usr/bin/time. Setting up the districts takes a few minutes and is not measured.
# Run from the project folder: src/test/bench/bench-rollup.sh [DISTRICTS] [WORKERS] [RUNS]
set -euo pipefail
DISTRICTS=${1:-10}
WORKERS=${2:-100000}
RUNS=${3:-3}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
export XINYE_LEDGER_HOME="$T/home"
./mvnw -q package -DskipTests
./mvnw -q dependency:build-classpath -Dmdep.outputFile="$T/cp.txt" -Dmdep.includeScope=test >/dev/null
./mvnw -q test-compile
CP="target/test-classes:target/classes:$(cat "$T/cp.txt")"
JAR=target/xinye-ledger.jar
read -r -a OPTS <<< "$(sed -n 's/^java-options=//p' installer/cli-launcher.properties)"
echo "setting up $DISTRICTS districts of $WORKERS people..."
java -cp "$CP" org.xinye.ledger.store.rollup.BenchDistricts "$T" "$DISTRICTS" "$WORKERS" | tail -3
du -ch "$T"/subs/*.xlsub | tail -1
echo "$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); $(java -version 2>&1 | head -1); $(sqlite3 --version | cut -d' ' -f1)"
echo "rollup: java ${OPTS[*]} -jar $JAR rollup --db CITY SUBMISSION..."

# measure, timed, median, cpu, peak, ratio, cpu_ratio
. "$(dirname "$0")/bench-measure.sh"
reference() {
    rm -f "$T/ref.db"
    sqlite3 "$T/ref.db" "CREATE TABLE worker(id_number TEXT, name TEXT, gender TEXT, birth_date TEXT, mobile TEXT,
        occupation TEXT, employer_id INTEGER, township_code TEXT, political_status TEXT, status TEXT);
        CREATE INDEX worker_id_number ON worker(id_number);" ".import --csv $T/workers.csv worker"
}
rollup() {
    rm -rf "$T/city"
    mkdir "$T/city"
    java "${OPTS[@]}" -jar "$JAR" rollup --db "$T/city/city.xldb" "$T"/subs/*.xlsub
}
export -f reference rollup
export T JAR
export OPTS_LINE="${OPTS[*]}"

reference >/dev/null
rollup | tail -2
for i in $(seq "$RUNS"); do
    measure "sqlite3 .import (indexed)" bash -c reference
    measure "rollup" bash -c 'read -r -a OPTS <<< "$OPTS_LINE"; rm -rf "$T/city"; mkdir "$T/city"; java "${OPTS[@]}" -jar "$JAR" rollup --db "$T/city/city.xldb" "$T"/subs/*.xlsub'
done
for i in $(seq "$RUNS"); do
    measure "coverage (city)" java "${OPTS[@]}" -jar "$JAR" coverage --db "$T/city/city.xldb" --format json
done
ls -l "$T/city/city.xldb" | awk '{ printf "city ledger: %d MB\n", $5 / 1048576 }'

X=""
if [ -z "${DISPLAY:-}" ] && command -v xvfb-run >/dev/null; then X="xvfb-run -a -s -screen\ 0\ 1400x900x24"; fi
eval $X java -jar "$JAR" --db "$T/city/city.xldb" --startup-probe >/dev/null 2>&1 || true
ms=()
for i in $(seq "$RUNS"); do
    out=$(eval $X /usr/bin/time -f '"%e %U %S %M"' -o "$T/time" java -jar "$JAR" --db "$T/city/city.xldb" --startup-probe 2>/dev/null | grep startup-probe || true)
    ms+=("$(echo "$out" | grep -oE '[0-9]+ ms' | head -1 | grep -oE '[0-9]+' || echo 0)")
    timed dashboard " (whole process, to exit)"
done

echo
echo "medians of $RUNS runs:"
ref=$(median "sqlite3 .import (indexed)")
run=$(median "rollup")
refc=$(cpu "sqlite3 .import (indexed)")
runc=$(cpu "rollup")
echo "sqlite3 .import of the $((DISTRICTS * WORKERS)) rows: ${ref} s wall, ${refc} s CPU"
echo "rollup of the $DISTRICTS submissions:         ${run} s wall, ${runc} s CPU, peak RSS $(peak rollup) MB"
echo "ratio rollup / sqlite3:                wall $(ratio rollup "sqlite3 .import (indexed)"), CPU $(cpu_ratio rollup "sqlite3 .import (indexed)")"
echo "coverage of the city ledger:           $(median "coverage (city)") s wall, $(cpu "coverage (city)") s CPU, peak RSS $(peak "coverage (city)") MB"
echo "dashboard process (start to exit):     $(median dashboard) s wall, $(cpu dashboard) s CPU"
printf '%s\n' "${ms[@]}" | sort -n | awk '{a[NR]=$1} END {printf "dashboard on the city ledger (start-up probe): median %d ms (min %d, max %d)\n", a[int((NR+1)/2)], a[1], a[NR]}'
