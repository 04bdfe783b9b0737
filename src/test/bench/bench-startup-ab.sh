#!/usr/bin/env bash
# Start-up of two builds side by side (A/B): each on its own demo ledger of the same size (a ledger
# written by the newer build may not open in the older one), runs alternating A, B, A, B … in one
# display, so both see the same load on a shared machine. For each: the app's own --startup-probe
# (process start to the first populated dashboard frame) and the JVM's CPU time (user + system) up
# to that line, median, min and max. Needs both projects built (./mvnw package -DskipTests).
#   src/test/bench/bench-startup-ab.sh A_PROJECT_DIR B_PROJECT_DIR [WORKERS] [RUNS]
set -euo pipefail
if [ -z "${DISPLAY:-}" ] && command -v xvfb-run >/dev/null; then
  exec xvfb-run -a -s "-screen 0 1400x900x24" "$0" "$@"
fi
A=$(cd "${1:?A project dir}" && pwd)
B=$(cd "${2:?B project dir}" && pwd)
WORKERS=${3:-30000}
RUNS=${4:-9}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
for side in A B; do
  dir=$A; [ "$side" = B ] && dir=$B
  mkdir -p "$T/$side/home"
  XINYE_LEDGER_HOME="$T/$side/home" java -jar "$dir/target/xinye-ledger.jar" demo --db "$T/$side/demo.xldb" \
    --workers "$WORKERS" >/dev/null
done
once() { # side dir → "wall_ms cpu_ms"; CPU (user + system) of the JVM up to the probe's line
  local side=$1 dir=$2 pid line ticks
  : >"$T/out"
  XINYE_LEDGER_HOME="$T/$side/home" java -jar "$dir/target/xinye-ledger.jar" --db "$T/$side/demo.xldb" \
    --startup-probe >"$T/out" 2>/dev/null &
  pid=$!
  for _ in $(seq 1800); do
    line=$(grep startup-probe "$T/out" || true)
    [ -n "$line" ] && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  # utime + stime of the JVM (fields 14 and 15 of /proc/PID/stat) when it printed its result.
  ticks=$(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || echo 0)
  # An older build may hang on its way out after the probe (fixed since): end it, it has answered.
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  echo "$(echo "$line" | grep -oE '[0-9]+ ms' | head -1 | grep -oE '[0-9]+') $((ticks * 1000 / $(getconf CLK_TCK)))"
}
# Unmeasured first runs: each takes the day's first backup of its new ledger.
once A "$A" >/dev/null; once B "$B" >/dev/null
for i in $(seq "$RUNS"); do
  once A "$A" >>"$T/A.txt"
  once B "$B" >>"$T/B.txt"
done
stats() { # column of file → median (min–max)
  cut -d' ' -f"$2" "$1" | sort -n | awk '{a[NR]=$1} END {printf "median %d ms (min %d, max %d)", a[int((NR+1)/2)], a[1], a[NR]}'
}
echo "ledgers: $WORKERS demo workers each; $RUNS runs each, alternating; $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
for side in A B; do
  dir=$A; [ "$side" = B ] && dir=$B
  echo "$side ($dir): start-up $(stats "$T/$side.txt" 1); CPU $(stats "$T/$side.txt" 2)"
  echo "   each (wall cpu): $(tr '\n' ';' <"$T/$side.txt")"
done
