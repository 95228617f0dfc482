# Sourced by releng/workbench.sh and releng/ccfw.sh: selects a JDK 21+ and makes sure the Linux product
# is built and not older than the sources; sets CCF_PRODUCT to its folder.
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
# shellcheck source=java-env.sh
. "$root/releng/tools/java-env.sh"
CCF_PRODUCT="$root/releng/ccf.workbench.repository/target/products/ccf.workbench.product/linux/gtk/x86_64/ccf-workbench"
# Written by every build; the launchers keep their sources' time, rounded down, so they looked older than a fresh clone.
stamp="$CCF_PRODUCT/configuration/config.ini"
if [ ! -x "$CCF_PRODUCT/ccf-workbench" ] || [ ! -e "$stamp" ] || [ -n "$(find "$root/pom.xml" "$root/bundles" \
     "$root/features" "$root/releng" "$root/targetplatform" -path '*/target' -prune -o -path "$root/releng/bench" -prune -o -path "$root/releng/lab" -prune \
     -o -path "$root/releng/fuzz" -prune \
     -o -type f -newer "$stamp" -print -quit)" ]; then
  echo "Building CCF Workbench (./mvnw -B -DskipTests verify); the first build downloads its dependencies." >&2
  (cd "$root" && ./mvnw -B -q -DskipTests verify) >&2
fi
export CCF_PRODUCT
