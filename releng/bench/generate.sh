#!/usr/bin/env bash
# Generation benchmark, run on demand (not in CI): every artifact of `ccfw generate` (all dialects) for synthetic
# deployments of about 1k, 10k, 100k and 300k lines (releng/bench/src/SyntheticDeployment.java, one file each),
# compared with validating the same model.
#   releng/bench/generate.sh [--runs N] [--sizes "1000 10000 100000"] [--no-cold] [--keep DIR]
# Warm: one JVM, the model parsed once, medians of N iterations after two warm-ups (releng/bench/src/GenerateBenchmark.java).
# Cold: the whole `ccfw generate FILE -o DIR` process next to `ccfw validate FILE`, median of N runs, with peak RSS.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
runs=5 sizes="1000 10000 100000 300000" cold=1 keep=""
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs=$2; shift ;;
    --sizes) sizes=$2; shift ;;
    --no-cold) cold=0 ;;
    --keep) keep=$2; shift ;;
    *) echo "usage: $0 [--runs N] [--sizes \"1000 10000 ...\"] [--no-cold] [--keep DIR]" >&2; exit 2 ;;
  esac
  shift
done
# shellcheck source=../tools/product.sh
. releng/tools/product.sh
java="$JAVA_HOME/bin/java"
if [ -n "$keep" ]; then
  work=$keep; mkdir -p "$work"
else
  work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
fi
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

echo "CCF Workbench generation benchmark ($(nproc) cores, $("$java" -version 2>&1 | head -1))"
models=()
for size in $sizes; do
  rm -rf "${work:?}/$size"
  echo "  $size: $("$java" releng/bench/src/SyntheticDeployment.java "$size" "$work/$size")"
  models+=("$work/$size/single/contoso.ccf")
done

opts=(-Xms128m -Xmx2g -XX:+UseSerialGC)
if [ "$(ccf_java_major "$JAVA_HOME")" -ge 23 ]; then opts+=(--sun-misc-unsafe-memory-access=allow); fi
mkdir -p "$work/classes"
"$JAVA_HOME/bin/javac" -nowarn -d "$work/classes" -cp "$CCF_PRODUCT/plugins/*" releng/bench/src/GenerateBenchmark.java
"$java" "${opts[@]}" -cp "$work/classes:$CCF_PRODUCT/plugins/*" GenerateBenchmark --runs "$runs" "${models[@]}" >"$work/warm.txt"

# Cold: whole processes. validate exits 1 on findings (expected); generate must exit 0.
: >"$work/cold.txt"
if [ "$cold" = 1 ]; then
  for model in "${models[@]}"; do
    line="$model"
    for verb in validate generate; do
      walls=() rss=()
      for _ in $(seq 1 "$runs"); do
        rm -rf "$work/out"
        args=("$verb" "$model")
        if [ "$verb" = generate ]; then args+=(-o "$work/out"); fi
        start=$(date +%s%N)
        rc=0
        /usr/bin/time -f %M -o "$work/rss" "$CCF_PRODUCT/ccfw" "${args[@]}" >"$work/$verb.out" 2>&1 || rc=$?
        end=$(date +%s%N)
        if [ "$rc" -gt 1 ] || { [ "$verb" = generate ] && [ "$rc" -ne 0 ]; }; then
          echo "ccfw $verb $model failed ($rc):" >&2; tail -20 "$work/$verb.out" >&2; exit 1
        fi
        walls+=("$(awk -v ns=$((end - start)) 'BEGIN { printf "%.3f", ns / 1e9 }')")
        rss+=("$(tail -1 "$work/rss")")
      done
      line="$line $(printf '%s\n' "${walls[@]}" | median) $(printf '%s\n' "${rss[@]}" | median)"
    done
    echo "$line" >>"$work/cold.txt"
  done
fi

echo
echo "Warm: ms, median of $runs iterations after two warm-ups, model parsed and linked once, JVM ${opts[*]:0:3}."
echo "validate: the language's validator (CheckMode.ALL) as ccfw validate runs it; generate: every artifact of every dialect,"
echo "in memory; write: into an empty folder, once. Peak: most heap in use during one generation above the loaded model."
echo "Cold: whole ccfw processes, median of $runs runs; RSS: their peak resident memory."
awk -v coldfile="$work/cold.txt" '
  BEGIN { while ((getline l < coldfile) > 0) { split(l, a, " "); cv[a[1]] = a[2]; cvr[a[1]] = a[3]; cg[a[1]] = a[4]; cgr[a[1]] = a[5] } }
  { n++; F[n] = $1; L[n] = $2; V[n] = $3; G[n] = $4; W[n] = $5; A[n] = $6; M[n] = $7; P[n] = $8 }
  END {
    printf "%8s | %8s %8s %6s %6s | %9s %8s %7s | %10s %7s %10s %7s\n", "lines", "validate", "generate", "ratio", "write", "artifacts",
      "out MB", "peak MB", "validate s", "RSS MB", "generate s", "RSS MB"
    for (i = 1; i <= n; i++) {
      f = F[i]
      printf "%8d | %8d %8d %6.2f %6d | %9d %8.1f %7.1f | %10s %7s %10s %7s\n", L[i], V[i], G[i], (V[i] > 0 ? G[i] / V[i] : 0), W[i],
        A[i], M[i], P[i], (f in cv ? cv[f] : "-"), (f in cv ? sprintf("%.0f", cvr[f] / 1024) : "-"), (f in cg ? cg[f] : "-"),
        (f in cg ? sprintf("%.0f", cgr[f] / 1024) : "-")
    }
    print ""
    print "Growth (time ratio / input ratio; linear when at most about 1.00):"
    for (i = 2; i <= n; i++) {
      x = L[i] / L[i - 1]
      printf "  %7d -> %-7d input x%5.1f: validate %.2f  generate %.2f  artifacts %.2f\n", L[i - 1], L[i], x,
        (V[i - 1] > 0 ? V[i] / V[i - 1] / x : 0), (G[i - 1] > 0 ? G[i] / G[i - 1] / x : 0), A[i] / A[i - 1] / x
    }
    print ""
    print "Goal: generating costs no more than validating the same model (warm generate <= validate):"
    for (i = 1; i <= n; i++) printf "  %7d lines: generate %d ms, validate %d ms: %s\n", L[i], G[i], V[i], (G[i] <= V[i] ? "ok" : "MISSED")
  }' "$work/warm.txt"
