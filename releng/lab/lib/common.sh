# shellcheck shell=bash
# Sourced by releng/lab/run.sh: printing, expectations, namespaces and stopping processes by PID.
# Every expectation prints one line; a failed one is counted, and run.sh exits non-zero when any failed.

failures=0

say() { printf '\n### %s\n' "$*"; }
ok() { printf '  [OK]   %s\n' "$*"; }
bad() {
  printf '  [FAIL] %s\n' "$*"
  failures=$((failures + 1))
}
indent() { sed 's/^/         /'; }

# Runs a command inside one of the lab's namespaces.
in_dc() { ip netns exec "$ns_dc" "$@"; }
in_client() { ip netns exec "$ns_client" "$@"; }

# expect_ok DESCRIPTION COMMAND...: the command succeeds; its last lines are shown either way.
expect_ok() {
  local what=$1 out
  shift
  if out=$("$@" 2>&1); then
    ok "$what"
    printf '%s\n' "$out" | tail -n 3 | indent
  else
    bad "$what (exit $?)"
    printf '%s\n' "$out" | tail -n 8 | indent
  fi
}

# expect_fail DESCRIPTION COMMAND...: the command fails.
expect_fail() {
  local what=$1 out
  shift
  if out=$("$@" 2>&1); then
    bad "$what: succeeded, expected a failure"
    printf '%s\n' "$out" | tail -n 3 | indent
  else
    ok "$what (fails as expected)"
    printf '%s\n' "$out" | sed '/^[[:space:]]*$/d' | tail -n 1 | cut -c1-160 | indent
  fi
}

# expect_exit CODE DESCRIPTION COMMAND...: the command exits with CODE; its output is shown.
expect_exit() {
  local code=$1 what=$2 out rc=0
  shift 2
  out=$("$@" 2>&1) || rc=$?
  if [ "$rc" = "$code" ]; then
    ok "$what -> exit $rc"
  else
    bad "$what -> exit $rc, expected $code"
  fi
  printf '%s\n' "$out" | sed '/^[[:space:]]*$/d' | cut -c1-220 | indent
}

# expect_same DESCRIPTION FILE1 FILE2: two snapshots are equal; the difference is shown otherwise.
expect_same() {
  if diff -u "$2" "$3" >/dev/null; then
    ok "$1 ($(wc -l <"$2") lines compared)"
  else
    bad "$1"
    diff -u "$2" "$3" | head -n 20 | indent || true
  fi
}

# expect_differ DESCRIPTION FILE1 FILE2: the snapshots differ; the difference is shown.
expect_differ() {
  if diff -u "$2" "$3" >/dev/null; then
    bad "$1: no difference"
  else
    ok "$1"
    diff "$2" "$3" | grep '^[<>]' | head -n 8 | indent || true
  fi
}

# The descendants of a process, depth first (samba forks some 50 workers).
descendants() {
  local child
  for child in $(ps -o pid= --ppid "$1" 2>/dev/null); do
    echo "$child"
    descendants "$child"
  done
}

# stop_pid PIDFILE NAME: SIGTERM to the recorded PID, then wait up to 10 s for it and its descendants;
# SIGKILL for the ones still there. Only PIDs this lab started are signalled.
stop_pid() {
  local file=$1 name=$2 pid kids alive k
  [ -f "$file" ] || return 0
  pid=$(cat "$file")
  if kill -0 "$pid" 2>/dev/null; then
    kids=$(descendants "$pid" | tr '\n' ' ')
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 40); do
      alive=""
      for k in $pid $kids; do
        if kill -0 "$k" 2>/dev/null; then alive="$alive $k"; fi
      done
      [ -z "$alive" ] && break
      sleep 0.25
    done
    if [ -n "$alive" ]; then
      echo "  $name: SIGKILL to$alive"
      # shellcheck disable=SC2086 # a list of PIDs
      kill -KILL $alive 2>/dev/null || true
    fi
    echo "  stopped $name (PID $pid and $(echo "$kids" | wc -w) descendants)"
  fi
  rm -f "$file"
}

# The seconds since the lab started, for the timings.
elapsed() { awk -v t0="$lab_started" -v t1="$(date +%s.%N)" 'BEGIN { printf "%.1f", t1 - t0 }'; }
