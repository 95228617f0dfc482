#!/usr/bin/env bash
# Topology diagram benchmark, run on demand (not in CI): in the real workbench under the UI test harness, open a
# synthetic deployment (releng/bench/src/SyntheticDeployment.java, about 500 diagram nodes by default) in the .ccf
# editor, show the Topology view and measure: opening to the first painted diagram; model to topology (parse, check,
# build); ELK layout plus paint; an edit to the repainted diagram, the view's debounce included (medians of 7); the
# longest the UI thread went without running its events while the view opened and during each kind of edit. Prints the figures.
#   releng/bench/diagram.sh [--lines N] [--png FILE]      (needs DISPLAY, e.g. xvfb-run)
# --png FILE writes the laid-out diagram there, to look at what the layout options make of it.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
lines=640 png=""
while [ $# -gt 0 ]; do
  case "$1" in
    --lines) lines=$2; shift ;;
    --png) png=$(realpath -m "$2"); shift ;;
    *) echo "usage: $0 [--lines N] [--png FILE]" >&2; exit 2 ;;
  esac
  shift
done
# shellcheck source=../tools/java-env.sh
. releng/tools/java-env.sh
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
echo "CCF Workbench topology benchmark ($(nproc) cores, $("$JAVA_HOME/bin/java" -version 2>&1 | head -1))"
echo "  model: $("$JAVA_HOME/bin/java" releng/bench/src/SyntheticDeployment.java "$lines" "$work")"
# The whole reactor, with only the benchmark selected: Tycho resolves the test bundle against the bundles it builds.
./mvnw -B verify -Dtest=DiagramBenchmark -DfailIfNoTests=false -Dsurefire.failIfNoSpecifiedTests=false \
  "-Dui.test.vmargs=-Xmx2g -Dorg.eclipse.swt.internal.gtk.disableCanvasCaching=true -Dccf.bench.diagram.model=$work/single/contoso.ccf -Dccf.bench.diagram.png=$png" \
  >"$work/build.log" 2>&1 || {
  tail -40 "$work/build.log" >&2; exit 1; }
figures=$(grep -ho 'BENCH [^<]*' bundles/ccf.workbench.ui.tests/target/surefire-reports/TEST-*DiagramBenchmark.xml \
  "$work/build.log" 2>/dev/null | head -1)
[ -n "$figures" ] || { echo "no figures: see $work/build.log" >&2; tail -40 "$work/build.log" >&2; exit 1; }
echo "  ${figures#BENCH }" | tr ' ' '\n' | sed 's/^/  /; s/=/: /' | sed '/^  $/d'
echo "  goals: layout and first paint of 500 nodes < 1000 ms, update after an edit < 200 ms"
