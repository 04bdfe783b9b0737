#!/usr/bin/env bash
# Start-up benchmark: time from process start to the first frame of the populated dashboard
# (the app's own --startup-probe), on a demo ledger, N runs, median. Runs the jar and, when it
# has been built (./mvnw -Pinstaller package), the installed-style app image. Needs a display:
# under Linux without one it uses xvfb-run. Run from the project folder:
#   src/test/bench/bench-startup.sh [WORKERS] [RUNS]
set -euo pipefail
WORKERS=${1:-30000}
RUNS=${2:-7}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
export XINYE_LEDGER_HOME="$T/home"
[ -f target/xinye-ledger.jar ] || ./mvnw -q package -DskipTests
java -jar target/xinye-ledger.jar demo --db "$T/demo.xldb" --workers "$WORKERS" >/dev/null
X=""
if [ -z "${DISPLAY:-}" ] && command -v xvfb-run >/dev/null; then X="xvfb-run -a -s -screen\ 0\ 1400x900x24"; fi
probe() {
  local ms=()
  # Unmeasured first run: it takes the day's first backup of the new ledger.
  eval $X "$@" --db "$T/demo.xldb" --startup-probe >/dev/null 2>&1
  for _ in $(seq "$RUNS"); do
    out=$(eval $X "$@" --db "$T/demo.xldb" --startup-probe 2>/dev/null | grep startup-probe)
    ms+=("$(echo "$out" | grep -oE '[0-9]+ ms' | head -1 | grep -oE '[0-9]+')")
  done
  printf '%s\n' "${ms[@]}" | sort -n | awk '{a[NR]=$1} END {printf "median %d ms (min %d, max %d, %d runs)\n", a[int((NR+1)/2)], a[1], a[NR], NR}'
}
echo "ledger: $WORKERS workers; time from process start to the first populated dashboard frame"
echo "java -jar target/xinye-ledger.jar:  $(probe java -jar target/xinye-ledger.jar)"
IMAGE=target/installer/image/XinyeLedger/bin/XinyeLedger
if [ -x "$IMAGE" ]; then
  echo "app image ($IMAGE): $(probe "$IMAGE")"
fi
