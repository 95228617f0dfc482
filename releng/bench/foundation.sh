#!/usr/bin/env bash
# Foundation benchmark, run on demand (not in CI): build times, product size, launch-to-window, ccfw start-up.
#   releng/bench/foundation.sh [--no-cold] [--runs N]
# --no-cold skips the cold build (an empty local Maven repository: everything is downloaded again).
# Needs xvfb and x11-utils (xwininfo) for the launch measurement; starts its own Xvfb.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
# shellcheck source=../tools/java-env.sh
. releng/tools/java-env.sh
cold=1 runs=5
while [ $# -gt 0 ]; do
  case "$1" in
    --no-cold) cold=0 ;;
    --runs) runs=$2; shift ;;
    *) echo "usage: $0 [--no-cold] [--runs N]" >&2; exit 2 ;;
  esac
  shift
done
work=$(mktemp -d)
trap 'kill "${xvfb:-}" 2>/dev/null || true; rm -rf "$work"' EXIT

seconds() { # runs "$@" quietly, prints its wall time in seconds
  local start end
  start=$(date +%s%N)
  "$@" >"$work/last.log" 2>&1 || { tail -20 "$work/last.log" >&2; return 1; }
  end=$(date +%s%N)
  awk -v ns=$((end - start)) 'BEGIN { printf "%.2f", ns / 1e9 }'
}
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

display=120
while [ -e "/tmp/.X11-unix/X$display" ]; do display=$((display + 1)); done
Xvfb ":$display" -screen 0 1280x1024x24 -nolisten tcp >/dev/null 2>&1 & xvfb=$!
export DISPLAY=":$display"
sleep 1

echo "CCF Workbench foundation benchmark ($(nproc) cores, $("$JAVA_HOME/bin/java" -version 2>&1 | head -1))"
if [ "$cold" = 1 ]; then
  t=$(seconds ./mvnw -B -Dmaven.repo.local="$work/m2" clean verify)
  echo "cold ./mvnw -B clean verify (empty local repository): $t s"
fi
t=$(seconds ./mvnw -B clean verify)
echo "warm ./mvnw -B clean verify:                        $t s"
t=$(seconds ./mvnw -B verify)
echo "warm ./mvnw -B verify (no clean):                   $t s"

products=releng/ccf.workbench.repository/target/products
for archive in "$products"/ccf-workbench-*; do
  echo "archive $(basename "$archive"): $(du -m "$archive" | cut -f1) MB"
done

product=$products/ccf.workbench.product/linux/gtk/x86_64/ccf-workbench
launches=()
for i in $(seq 1 "$runs"); do
  data="$work/workspace-$i"
  start=$(date +%s%N)
  CCF_WORKBENCH_DATA=$data "$product/ccf-workbench" >"$work/launch-$i.log" 2>&1 &
  pid=$!
  ms=""
  for _ in $(seq 1 1500); do
    if xwininfo -root -tree 2>/dev/null | grep -q '"CCF Workbench"'; then
      ms=$((($(date +%s%N) - start) / 1000000)); break
    fi
    sleep 0.01
  done
  kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true
  [ -n "$ms" ] || { echo "launch $i: no window within 15 s" >&2; cat "$work/launch-$i.log" >&2; exit 1; }
  launches+=("$ms")
done
echo "launch to window (first start, fresh workspace), ms: ${launches[*]}; median $(printf '%s\n' "${launches[@]}" | median)"

versions=()
for _ in $(seq 1 20); do
  start=$(date +%s%N)
  "$product/ccfw" --version >/dev/null
  versions+=($((($(date +%s%N) - start) / 1000000)))
done
echo "ccfw --version, ms (20 runs): median $(printf '%s\n' "${versions[@]}" | median), max $(printf '%s\n' "${versions[@]}" | sort -n | tail -1)"
