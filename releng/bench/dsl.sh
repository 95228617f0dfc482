#!/usr/bin/env bash
# .ccf language benchmark, run on demand (not in CI): parse, link and validate times, heap, and `ccfw validate`
# wall time for synthetic deployments of about 1k, 10k, 100k and 300k lines, each as one file and split over files.
#   releng/bench/dsl.sh [--runs N] [--sizes "1000 10000 100000 300000"] [--no-cold] [--keep DIR]
# Warm: one JVM with the workbench's options, a fresh resource set per iteration, medians after a warm-up
# (releng/bench/src/DslBenchmark.java). Cold: the whole `ccfw validate FILE...` process, median of N runs.
# Deployments come from releng/bench/src/SyntheticDeployment.java; --keep DIR keeps them (and the raw figures).
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

echo "CCF Workbench .ccf benchmark ($(nproc) cores, $("$java" -version 2>&1 | head -1))"
folders=()
for size in $sizes; do
  rm -rf "${work:?}/$size"
  echo "  $size: $("$java" releng/bench/src/SyntheticDeployment.java "$size" "$work/$size")"
  folders+=("$work/$size/single" "$work/$size/split")
done

# Warm, in the JVM the workbench runs in (its launcher's options); compiled first, so that no compiler shares the heap.
opts=(-Xms128m -Xmx2g -XX:+UseSerialGC)
if [ "$(ccf_java_major "$JAVA_HOME")" -ge 23 ]; then opts+=(--sun-misc-unsafe-memory-access=allow); fi
mkdir -p "$work/classes"
"$JAVA_HOME/bin/javac" -nowarn -d "$work/classes" -cp "$CCF_PRODUCT/plugins/*" releng/bench/src/DslBenchmark.java
"$java" "${opts[@]}" -cp "$work/classes:$CCF_PRODUCT/plugins/*" DslBenchmark --runs "$runs" "${folders[@]}" \
  | tail -n +2 >"$work/warm.txt"

# Cold: the whole process, as a user runs it. Exit 1 (findings) is expected; 2 or a crash is not.
: >"$work/cold.txt"
if [ "$cold" = 1 ]; then
  for folder in "${folders[@]}"; do
    walls=() rss=()
    for _ in $(seq 1 "$runs"); do
      start=$(date +%s%N)
      rc=0
      /usr/bin/time -f %M -o "$work/rss" "$CCF_PRODUCT/ccfw" validate "$folder"/*.ccf >"$work/validate.out" 2>&1 || rc=$?
      end=$(date +%s%N)
      if [ "$rc" -gt 1 ]; then
        echo "ccfw validate $folder failed ($rc):" >&2; tail -20 "$work/validate.out" >&2; exit 1
      fi
      walls+=("$(awk -v ns=$((end - start)) 'BEGIN { printf "%.3f", ns / 1e9 }')")
      rss+=("$(tail -1 "$work/rss")")
    done
    echo "$folder $(printf '%s\n' "${walls[@]}" | median) $(printf '%s\n' "${rss[@]}" | median)" >>"$work/cold.txt"
  done
fi

echo
echo "Warm: ms, median of $runs iterations after warm-up, fresh resource set each, JVM ${opts[*]:0:3}."
echo "Live heap: after a full GC with the model loaded (the JVM alone: 'base'). Peak: most heap in use in one iteration."
echo "Cold: ccfw validate FILE..., whole process, median of $runs runs; RSS: its peak resident memory."
awk -v work="$work/" -v coldfile="$work/cold.txt" '
  BEGIN { while ((getline l < coldfile) > 0) { split(l, a, " "); cold[a[1]] = a[2]; rss[a[1]] = a[3] } }
  {
    folder = $1; sub(work, "", folder); split(folder, p, "/")
    cmd = "cat " $1 "/*.ccf | wc -l"; cmd | getline lines; close(cmd)
    key = p[1] " " p[2]; keys[++n] = key
    L[key] = lines; P[key] = $3; K[key] = $4; V[key] = $5; T[key] = $6; G[key] = $7
    live[key] = $8; peak[key] = $9; base[key] = $10; findings[key] = $11
    C[key] = ($1 in cold) ? cold[$1] : ""; R[key] = ($1 in rss) ? rss[$1] / 1024 : ""
  }
  END {
    printf "%-7s %-6s %7s %5s | %6s %6s %8s %7s %6s | %6s %6s | %6s %5s %6s %7s | %8s\n", "size", "layout", "lines", "files",
      "parse", "link", "validate", "total", "(GC)", "cold s", "RSS MB", "live", "base", "model", "peak MB", "findings"
    for (i = 1; i <= n; i++) {
      k = keys[i]; split(k, q, " ")
      cmd = "ls " work q[1] "/" q[2] "/*.ccf | wc -l"; cmd | getline files; close(cmd)
      printf "%-7s %-6s %7d %5d | %6d %6d %8d %7d %6d | %6s %6s | %6.1f %5.1f %6.1f %7.1f | %8d\n", q[1], q[2], L[k], files,
        P[k], K[k], V[k], T[k], G[k], C[k], (R[k] == "" ? "" : sprintf("%.0f", R[k])), live[k], base[k], live[k] - base[k],
        peak[k], findings[k]
    }
    print ""
    print "Growth (time ratio / input ratio; linear when at most 1.00, i.e. 10x input within 10x time;"
    print "'warm-GC': the warm total without garbage collection):"
    for (i = 1; i <= n; i++) {
      k = keys[i]; split(k, q, " ")
      for (j = i - 1; j >= 1; j--) { split(keys[j], r, " "); if (r[2] == q[2]) break }
      if (j < 1) continue
      prev = keys[j]; x = L[k] / L[prev]
      cpu = (T[prev] - G[prev] > 0) ? (T[k] - G[k]) / (T[prev] - G[prev]) / x : 0
      line = sprintf("  %-6s %7s -> %-7s input x%5.1f: parse %.2f  link %.2f  validate %.2f  warm %.2f  warm-GC %.2f", q[2], r[1], q[1],
        x, P[k] / P[prev] / x, K[k] / K[prev] / x, V[k] / V[prev] / x, T[k] / T[prev] / x, cpu)
      if (C[k] != "") line = line sprintf("  cold %.2f", C[k] / C[prev] / x)
      worst = 0
      split(P[k] / P[prev] / x " " K[k] / K[prev] / x " " V[k] / V[prev] / x " " T[k] / T[prev] / x, g, " ")
      for (m in g) if (g[m] > worst) worst = g[m]
      print line (worst <= 1.0 ? "  linear" : cpu <= 1.0 ? "  linear without GC" : "  SUPERLINEAR")
    }
    print ""
    print "Goals at 100k lines: warm total <= 800 ms, cold <= 2.5 s, live heap < 120 MB:"
    for (i = 1; i <= n; i++) {
      k = keys[i]; split(k, q, " ")
      if (q[1] != 100000) continue
      printf "  %-6s warm %d ms %s, cold %s s %s, live heap %.1f MB %s\n", q[2], T[k], (T[k] <= 800 ? "ok" : "MISSED"),
        (C[k] == "" ? "-" : C[k]), (C[k] == "" ? "" : (C[k] <= 2.5 ? "ok" : "MISSED")), live[k], (live[k] < 120 ? "ok" : "MISSED")
    }
  }' "$work/warm.txt"
