#!/usr/bin/env bash
# .ccf editor benchmark, run on demand (not in CI): in the real workbench under the UI test harness, open a synthetic
# model of N lines (releng/bench/src/SyntheticDeployment.java) until its problems show, then type into it and measure
# keystroke to updated problem annotations (median of the keystrokes). Prints the figures.
#   releng/bench/editor.sh [--lines N] [--keystrokes K]      (needs DISPLAY, e.g. xvfb-run)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
lines=20000 keystrokes=31
while [ $# -gt 0 ]; do
  case "$1" in
    --lines) lines=$2; shift ;;
    --keystrokes) keystrokes=$2; shift ;;
    *) echo "usage: $0 [--lines N] [--keystrokes K]" >&2; exit 2 ;;
  esac
  shift
done
# shellcheck source=../tools/java-env.sh
. releng/tools/java-env.sh
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
echo "CCF Workbench editor benchmark ($(nproc) cores, $("$JAVA_HOME/bin/java" -version 2>&1 | head -1))"
echo "  model: $("$JAVA_HOME/bin/java" releng/bench/src/SyntheticDeployment.java "$lines" "$work")"
# The whole reactor, with only the benchmark selected: Tycho resolves the test bundle against the bundles it builds.
./mvnw -B verify -Dtest=EditorBenchmark -DfailIfNoTests=false -Dsurefire.failIfNoSpecifiedTests=false \
  "-Dui.test.vmargs=-Xmx2g -Dorg.eclipse.swt.internal.gtk.disableCanvasCaching=true -Dccf.bench.model=$work/single/contoso.ccf -Dccf.bench.keystrokes=$keystrokes" \
  >"$work/build.log" 2>&1 || {
  tail -40 "$work/build.log" >&2; exit 1; }
figures=$(grep -ho 'BENCH [^<]*' bundles/ccf.workbench.ui.tests/target/surefire-reports/TEST-*EditorBenchmark.xml \
  "$work/build.log" 2>/dev/null | head -1)
[ -n "$figures" ] || { echo "no figures: see $work/build.log" >&2; tail -40 "$work/build.log" >&2; exit 1; }
echo "  ${figures#BENCH }" | tr ' ' '\n' | sed 's/^/  /; s/=/: /' | sed '/^  $/d'
echo "  goals: keystroke median < 150 ms, opening < 2000 ms"
