#!/usr/bin/env bash
# Opening a big (city) ledger in two builds side by side (A/B): each build gets its own copy of
# CITY (a ledger the older build can open: bench-rollup.sh leaves one; the newer build upgrades its
# copy once, unmeasured), with today's backup taken so no run starts the daily backup. Then, alternating
# A, B, A, B … so both see the same load on a shared machine: the window's --startup-probe (process
# start to the first frame of the populated dashboard; under Xvfb without a display) and `coverage
# --format json` (whole process, with the command launcher's JVM options), each with the whole process's
# wall and CPU time (user + system) from /usr/bin/time. Beside them, B's window on an empty city ledger
# (the start-up floor on the same load). Medians, min and max come last. Needs both
# projects built (./mvnw package -DskipTests) and room for two copies of CITY in $TMPDIR.
#   src/test/bench/bench-city-open-ab.sh A_PROJECT_DIR B_PROJECT_DIR CITY.xldb [RUNS]
set -euo pipefail
if [ -z "${DISPLAY:-}" ] && command -v xvfb-run >/dev/null; then
  exec xvfb-run -a -s "-screen 0 1400x900x24" "$0" "$@"
fi
A=$(cd "${1:?A project dir}" && pwd)
B=$(cd "${2:?B project dir}" && pwd)
CITY=${3:?city ledger}
RUNS=${4:-5}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
read -r -a OPTS <<< "$(sed -n 's/^java-options=//p' "$B/installer/cli-launcher.properties")"
for side in A B; do
  dir=$A; [ "$side" = B ] && dir=$B
  mkdir -p "$T/$side/home"
  cp "$CITY" "$T/$side/city.xldb"
  XINYE_LEDGER_HOME="$T/$side/home" java -jar "$dir/target/xinye-ledger.jar" backup --db "$T/$side/city.xldb" >/dev/null
done
XINYE_LEDGER_HOME="$T/B/home" java -jar "$B/target/xinye-ledger.jar" init --db "$T/B/empty.xldb" --city >/dev/null
XINYE_LEDGER_HOME="$T/B/home" java -jar "$B/target/xinye-ledger.jar" --db "$T/B/empty.xldb" --startup-probe >/dev/null 2>&1 || true
run() { # name side dir command...
  local name=$1 side=$2 dir=$3
  shift 3
  XINYE_LEDGER_HOME="$T/$side/home" /usr/bin/time -f "%e %U %S" -o "$T/time" "$@" >"$T/out" 2>/dev/null || true
  local ms
  ms=$(grep -oE '[0-9]+ ms' "$T/out" | head -1 | grep -oE '[0-9]+' || echo 0)
  awk -v n="$name $side" -v ms="$ms" '{ p = ""; if (ms > 0) p = sprintf("  probe %d ms", ms)
    printf "%-14s wall %6.2f  cpu %5.2f%s\n", n, $1, $2 + $3, p }' "$T/time"
  awk -v ms="$ms" '{ print $1, $2 + $3, ms / 1000 }' "$T/time" >>"$T/$name.$side"
}
echo "$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
for i in $(seq "$RUNS"); do
  for side in A B; do
    dir=$A; [ "$side" = B ] && dir=$B
    run dashboard "$side" "$dir" java -jar "$dir/target/xinye-ledger.jar" --db "$T/$side/city.xldb" --startup-probe
  done
  run floor B "$B" java -jar "$B/target/xinye-ledger.jar" --db "$T/B/empty.xldb" --startup-probe
done
for i in $(seq "$RUNS"); do
  for side in A B; do
    dir=$A; [ "$side" = B ] && dir=$B
    run coverage "$side" "$dir" java "${OPTS[@]}" -jar "$dir/target/xinye-ledger.jar" coverage --db "$T/$side/city.xldb" --format json
  done
done
stats() { # file column → "median (min–max)"
  sort -n -k"$2" "$1" | awk -v c="$2" '{ v[NR] = $c } END { printf "%.2f (%.2f–%.2f)", v[int((NR + 1) / 2)], v[1], v[NR] }'
}
echo
echo "medians of $RUNS runs, load average now $(cut -d' ' -f1-3 /proc/loadavg):"
for side in A B; do
  echo "$side dashboard: probe $(stats "$T/dashboard.$side" 3) s, process wall $(stats "$T/dashboard.$side" 1) s, CPU $(stats "$T/dashboard.$side" 2) s"
done
echo "B on an empty ledger: probe $(stats "$T/floor.B" 3) s, process wall $(stats "$T/floor.B" 1) s, CPU $(stats "$T/floor.B" 2) s"
for side in A B; do
  echo "$side coverage:  wall $(stats "$T/coverage.$side" 1) s, CPU $(stats "$T/coverage.$side" 2) s"
done
