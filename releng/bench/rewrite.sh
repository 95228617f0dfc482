#!/usr/bin/env bash
# Config rewrite benchmark, run on demand (not in CI): `ccfw rewrite` of ~1,000 configuration files (copies and
# variations of the test corpus, several MB), the whole process with JVM start, side by side with the same job done
# by `xmlstarlet ed` in a shell loop, by one `sed -i` pass over all files (not XML-aware: the practical floor) and by
# `cp -r` (the I/O floor). Each tool works on a fresh copy of the same files; medians of N runs; ratios printed.
#   releng/bench/rewrite.sh [--runs N] [--files N] [--keep DIR]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
runs=5 count=1000 keep=""
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs=$2; shift ;;
    --files) count=$2; shift ;;
    --keep) keep=$2; shift ;;
    *) echo "usage: $0 [--runs N] [--files N] [--keep DIR]" >&2; exit 2 ;;
  esac
  shift
done
if ! command -v xmlstarlet >/dev/null; then
  echo "xmlstarlet is missing; installing the Debian package." >&2
  apt-get install -y -qq xmlstarlet >/dev/null || { apt-get update -qq && apt-get install -y -qq xmlstarlet >/dev/null; }
fi
# shellcheck source=../tools/product.sh
. releng/tools/product.sh
if [ -n "$keep" ]; then
  work=$keep; rm -rf "${work:?}"/*; mkdir -p "$work"
else
  work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
fi
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# The data set: every well-formed fixture, its third-party hosts turned into the CCF server's names (short and FQDN,
# in several cases), copied round-robin into folders of 50 files.
fixtures=bundles/ccf.workbench.configs.tests/fixtures
mapfile -t sources < <(find "$fixtures" -type f -name '*.config' ! -name '33-*' ! -name '34-*' \
  ! -path '*/Administration/*' | sort)
# The corpus's 89 KB IIS Express applicationHost.config ends with <configuration> for </configuration>; repaired, it is
# the big file of the set, as applicationHost.config files are on real servers.
sed '$ s#^<configuration>$#</configuration>#' "$fixtures/corpus/odd/33-original2_missing_closing.config" \
  >"$work/33-applicationHost.config"
sources+=("$work/33-applicationHost.config")
set_dir="$work/set"
mkdir -p "$set_dir"
for i in $(seq 0 $((count - 1))); do
  src=${sources[$((i % ${#sources[@]}))]}
  dir="$set_dir/site$((i / 50))"
  mkdir -p "$dir"
  case $((i % 3)) in
    0) host=CCFIIS ;;
    1) host=ccfiis ;;
    *) host=ccfiis.fabrikam.com ;;
  esac
  sed -e "s#//motion10/#//$host/#g; s#//omaralzabir-pc/#//$host/#g; s#//simedarbygroup.sharepoint.com/#//$host/#g" \
    "$src" >"$dir/$i-$(basename "$src")"
done
files=$(find "$set_dir" -type f | wc -l)
bytes=$(du -sb "$set_dir" | cut -f1)
echo "CCF Workbench config rewrite benchmark ($(nproc) cores, $("$JAVA_HOME/bin/java" -version 2>&1 | head -1))"
echo "  data set: $files files, $(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1048576 }') MB, $(grep -rlo '//CCFIIS[/:]\|//ccfiis[/:.]' "$set_dir" | wc -l) naming the server"

# Each tool gets a fresh copy; only the tool is timed.
time_ms() { # name command...
  local name=$1; shift
  local samples=()
  for _ in $(seq 1 "$runs"); do
    rm -rf "$work/run" "$work/copy"; cp -r "$set_dir" "$work/run"; sync
    local start end
    start=$(date +%s%N)
    "$@" >"$work/$name.out" 2>&1 || { echo "$name failed:" >&2; tail -5 "$work/$name.out" >&2; exit 1; }
    end=$(date +%s%N)
    samples+=($(((end - start) / 1000000)))
  done
  printf '%s\n' "${samples[@]}" | median
}
ccfw_job() { "$CCF_PRODUCT/ccfw" rewrite --server CCFIIS --fqdn ccfiis.fabrikam.com --alias CCFIISAlias "$work/run"; }
# The same job with xmlstarlet: every attribute and text that holds a URL to the server gets the alias, per file.
xmlstarlet_job() {
  local file
  while IFS= read -r -d '' file; do
    xmlstarlet ed -L \
      -u "//@*[contains(., '//CCFIIS/')]" -x "concat(substring-before(., '//CCFIIS/'), '//CCFIISAlias/', substring-after(., '//CCFIIS/'))" \
      -u "//@*[contains(., '//ccfiis/')]" -x "concat(substring-before(., '//ccfiis/'), '//CCFIISAlias/', substring-after(., '//ccfiis/'))" \
      -u "//@*[contains(., '//ccfiis.fabrikam.com/')]" -x "concat(substring-before(., '//ccfiis.fabrikam.com/'), '//ccfiisalias.fabrikam.com/', substring-after(., '//ccfiis.fabrikam.com/'))" \
      -u "//text()[contains(., '//CCFIIS/')]" -x "concat(substring-before(., '//CCFIIS/'), '//CCFIISAlias/', substring-after(., '//CCFIIS/'))" \
      "$file" 2>/dev/null || true
  done < <(find "$work/run" -type f -print0)
}
sed_job() { find "$work/run" -type f -exec sed -i -e 's#//CCFIIS/#//CCFIISAlias/#g; s#//ccfiis/#//CCFIISAlias/#g; s#//ccfiis\.fabrikam\.com/#//ccfiisalias.fabrikam.com/#g' {} +; }
cp_job() { cp -r "$work/run" "$work/copy"; }

ccfw_ms=$(time_ms ccfw ccfw_job)
summary=$(tail -1 "$work/ccfw.out")
xml_ms=$(time_ms xmlstarlet xmlstarlet_job)
sed_ms=$(time_ms sed sed_job)
cp_ms=$(time_ms cp cp_job)
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
echo "  ccfw rewrite (whole process, JVM start included): $ccfw_ms ms   [$summary]"
echo "  xmlstarlet ed, one process per file:             $xml_ms ms"
echo "  sed -i, one pass (not XML-aware):                 $sed_ms ms"
echo "  cp -r (I/O floor):                                $cp_ms ms"
echo "  xmlstarlet / ccfw = $(ratio "$xml_ms" "$ccfw_ms")x faster (goal >= 3)"
echo "  ccfw / sed        = $(ratio "$ccfw_ms" "$sed_ms")x the sed pass (goal <= 2)"
echo "  ccfw / cp         = $(ratio "$ccfw_ms" "$cp_ms")x the copy"
