# The measuring the bench-*.sh scripts share: source it once $T (the run's temporary folder) is set.
# Figures are from /usr/bin/time: seconds wall, user and system, and peak RSS; each measurement of
# NAME keeps one line "wall peak-MB cpu" in $T/NAME (cpu: user + system seconds, fairer than wall
# on a loaded machine).

# measure NAME COMMAND...: runs the command, prints its figures and keeps them; a failing command
# stops the script with its output.
measure() {
    local name=$1
    shift
    if ! /usr/bin/time -f "%e %U %S %M" -o "$T/time" "$@" >"$T/out" 2>&1; then
        echo "$name failed:" >&2
        cat "$T/out" >&2
        exit 1
    fi
    timed "$name"
}
# timed NAME [NOTE]: prints and keeps, as measure does, the figures /usr/bin/time wrote to $T/time.
timed() {
    awk -v n="$1" -v note="${2:-}" \
        '{ printf "%-28s wall %6.2f  user %5.2f  sys %5.2f  peak %4d MB%s\n", n, $1, $2, $3, $4 / 1024, note }' "$T/time"
    awk '{ print $1, $4 / 1024, $2 + $3 }' "$T/time" >>"$T/$1"
}
# median NAME, cpu NAME: the median wall or CPU seconds of NAME's runs; peak NAME: its highest peak RSS (MB).
median() {
    sort -n "$T/$1" | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'
}
cpu() {
    sort -k3 -n "$T/$1" | awk '{ v[NR] = $3 } END { print v[int((NR + 1) / 2)] }'
}
peak() {
    sort -k2 -n "$T/$1" | awk '{ v = $2 } END { printf "%d", v }'
}
# ratio A B [FORMAT], cpu_ratio A B: the median wall (CPU) seconds of A over those of B.
ratio() {
    awk -v a="$(median "$1")" -v b="$(median "$2")" -v f="${3:-%.2f}" 'BEGIN { printf f, a / b }'
}
cpu_ratio() {
    awk -v a="$(cpu "$1")" -v b="$(cpu "$2")" 'BEGIN { printf "%.2f", a / b }'
}
