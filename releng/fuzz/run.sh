#!/usr/bin/env bash
# Coverage-guided fuzzing of the parsers and readers with Jazzer (https://github.com/CodeIntelligenceTesting/jazzer,
# from Maven Central), on a plain JVM against the built product's plugins. Four targets (src/ccf/workbench/fuzz/):
#   ccf-model         .ccf text: parse, link, validate, and generate when nothing blocks it
#   config-reader     a .NET configuration file: decode, parse, find URLs, rewrite them, rewrite again
#   application-host  applicationHost.config: read pools, applications and authentication, rewrite, rewrite again
#   import            ccfw import of one file in the places of Agent Desktop, a CCF service and IIS; read the model back
# Each target starts from the seed corpus of the fixtures and examples plus the committed regressions, runs for
# --seconds (CI: 60) and stops at its first finding, which it saves under releng/fuzz/target/findings/TARGET/.
# Turn a finding into a regression: copy it into the fuzz-regressions folder of the test bundle named in the summary
# (the JUnit test there replays every file of it), then fix the code.
#   releng/fuzz/run.sh [--seconds N] [--target NAME]...
# Exit code: 0 no finding, 1 findings, 2 the harness could not run.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
seconds=60 targets=()
while [ $# -gt 0 ]; do
  case "$1" in
    --seconds) seconds=$2; shift ;;
    --target) targets+=("$2"); shift ;;
    *) echo "usage: $0 [--seconds N] [--target ccf-model|config-reader|application-host|import]..." >&2; exit 2 ;;
  esac
  shift
done
[ ${#targets[@]} -gt 0 ] || targets=(ccf-model config-reader application-host import)

# shellcheck source=../tools/product.sh
. releng/tools/product.sh
work=releng/fuzz/target
mkdir -p "$work"

# Jazzer's jars: resolved offline from the local repository when they are there, else from Maven Central.
cp_file=$work/jazzer.classpath
if [ ! -s "$cp_file" ] || ! tr ':' '\n' <"$cp_file" | xargs -r ls >/dev/null 2>&1; then
  resolve() { ./mvnw -B -q "$@" -f releng/fuzz/pom.xml dependency:build-classpath -Dmdep.outputFile="$root/$cp_file" >"$work/resolve.log" 2>&1; }
  resolve -o || resolve || { echo "fuzz: cannot resolve Jazzer from Maven Central; see $work/resolve.log" >&2; exit 2; }
fi
jazzer_cp=$(cat "$cp_file")

classes=$work/classes
rm -rf "$classes"
mkdir -p "$classes"
mapfile -t sources < <(find releng/fuzz/src -name '*.java')
"$JAVA_HOME/bin/javac" -nowarn -d "$classes" -cp "$jazzer_cp:$CCF_PRODUCT/plugins/*" "${sources[@]}"

configs=bundles/ccf.workbench.configs.tests/fixtures
regressions=bundles/ccf.workbench.configs.tests/fixtures/fuzz-regressions
seeds() { # target -> seed folder, filled from the fixtures
  local target=$1 dir=$work/seeds/$1
  rm -rf "$dir"; mkdir -p "$dir"
  case "$target" in
    ccf-model)
      find examples bundles/ccf.workbench.dsl.tests bundles/ccf.workbench.cli.tests -path '*/target' -prune -o -name '*.ccf' -type f -print
      find bundles/ccf.workbench.dsl.tests/fixtures/fuzz-regressions -type f 2>/dev/null || true ;;
    application-host)
      find "$configs" -type f -iname 'applicationHost*.config' -not -path '*/fuzz-regressions/*'
      find "$configs/corpus/odd" -type f -name '33-*'
      find "$regressions/application-host" -type f 2>/dev/null || true ;;
    config-reader|import)
      find "$configs" -type f \( -iname '*.config' -o -iname '*.xdt' \) -not -path '*/fuzz-regressions/*'
      find "$regressions/$target" -type f 2>/dev/null || true ;;
  esac | sort | while IFS= read -r f; do cp "$f" "$dir/$(printf '%s' "$f" | md5sum | cut -c1-12)-$(basename "$f")"; done
  echo "$dir"
}
class_of() {
  case "$1" in
    ccf-model) echo ccf.workbench.fuzz.CcfModelFuzzer ;;
    config-reader) echo ccf.workbench.fuzz.ConfigReaderFuzzer ;;
    application-host) echo ccf.workbench.fuzz.ApplicationHostFuzzer ;;
    import) echo ccf.workbench.fuzz.ImportFuzzer ;;
    *) echo "fuzz: unknown target $1" >&2; exit 2 ;;
  esac
}
regression_folder() {
  case "$1" in
    ccf-model) echo bundles/ccf.workbench.dsl.tests/fixtures/fuzz-regressions ;;
    *) echo "$regressions/$1" ;;
  esac
}

opts=(-Xss8m -Xmx1g)
if [ "$(ccf_java_major "$JAVA_HOME")" -ge 23 ]; then opts+=(--sun-misc-unsafe-memory-access=allow); fi
jvm_args=$(IFS=:; echo "${opts[*]}")
status=0
summary=()
for target in "${targets[@]}"; do
  class=$(class_of "$target")
  seed_dir=$(seeds "$target")
  corpus=$work/corpus/$target findings=$work/findings/$target
  mkdir -p "$corpus" "$findings"
  log=$work/$target.log
  echo "fuzz: $target for ${seconds}s ($(find "$seed_dir" -type f | wc -l) seeds)"
  rc=0
  "$JAVA_HOME/bin/java" "${opts[@]}" -cp "$classes:$jazzer_cp:$CCF_PRODUCT/plugins/*" com.code_intelligence.jazzer.Jazzer \
    --target_class="$class" --instrumentation_includes='ccf.workbench.**' --jvm_args="$jvm_args" \
    --reproducer_path="$findings" -artifact_prefix="$findings/" -max_total_time="$seconds" -timeout=30 \
    -rss_limit_mb=3072 -max_len=262144 -print_final_stats=1 \
    "$corpus" "$seed_dir" >"$log" 2>&1 || rc=$?
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | awk '{ s += $1 } END { print s + 0 }')
  if [ "$rc" -ne 0 ]; then
    status=1
    summary+=("$target: FINDING after $runs inputs (exit $rc); see $log and $findings/; add the input to $(regression_folder "$target")/")
    grep -m1 -A12 'Uncaught exception\|FuzzerSecurityIssue\|ERROR: libFuzzer' "$log" >&2 || tail -20 "$log" >&2
  else
    summary+=("$target: $runs inputs, no finding ($(find "$corpus" -type f | wc -l) in the corpus)")
  fi
done
printf 'fuzz: %s\n' "${summary[@]}"
exit "$status"
