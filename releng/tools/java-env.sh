# Sourced by the project's scripts: exports JAVA_HOME as a JDK 21 or newer.
# Keeps JAVA_HOME when it already names one; else takes the newest JDK 21+ under /usr/lib/jvm
# (this machine kind's default JDK is 17, with a Temurin JDK 25 beside it).

ccf_java_major() { # prints the feature version of the JDK in $1, or nothing
  local release="$1/release"
  [ -r "$release" ] && sed -n 's/^JAVA_VERSION="\(1\.\)\{0,1\}\([0-9]*\).*/\2/p' "$release"
}

ccf_select_jdk() {
  local major
  if [ -n "${JAVA_HOME:-}" ]; then
    major=$(ccf_java_major "$JAVA_HOME")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then return 0; fi
  fi
  local best="" best_major=0 dir
  for dir in /usr/lib/jvm/*/; do
    dir=${dir%/}
    [ -x "$dir/bin/javac" ] || continue
    major=$(ccf_java_major "$dir")
    if [ -n "$major" ] && [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ]; then
      best=$dir best_major=$major
    fi
  done
  if [ -z "$best" ]; then
    echo "No JDK 21 or newer found (JAVA_HOME=${JAVA_HOME:-unset}, /usr/lib/jvm). Install one and set JAVA_HOME." >&2
    return 1
  fi
  export JAVA_HOME=$best
}

ccf_select_jdk
