#!/usr/bin/env bash
# Runs the end-to-end suite N times (default 10) while every core is kept busy, to flush out
# tests that only pass on an idle machine. Needs a build (npm run build) and Chromium.
#
#   scripts/e2e-under-load.sh [N]        E2E_LOAD_WORKERS=4 scripts/e2e-under-load.sh 3
#
# Load: stress-ng --cpu W when installed, otherwise one `node -e 'for(;;){}'` per worker;
# W is E2E_LOAD_WORKERS, by default the number of cores. The load stops when the script ends,
# also on Ctrl+C. Each round's vitest output is kept in .cache/e2e-under-load/round-<i>.log.
# Exit code: 0 when every round passed, 1 when one failed, 2 on wrong use.
set -uo pipefail
cd "$(dirname "$0")/.."

rounds="${1:-10}"
workers="${E2E_LOAD_WORKERS:-$(nproc)}"
if ! [[ "$rounds" =~ ^[1-9][0-9]*$ && "$workers" =~ ^[0-9]+$ ]]; then
  echo "Gebruik: scripts/e2e-under-load.sh [AANTAL_RONDEN]   (E2E_LOAD_WORKERS=W voor de belasting)" >&2
  exit 2
fi
if [ ! -f out/renderer/index.html ]; then
  echo "Geen build gevonden: draai eerst \"npm run build\"." >&2
  exit 2
fi

logs=.cache/e2e-under-load
mkdir -p "$logs"

# The load processes and each round's vitest lead process groups of their own (setsid), so
# stopping one stops its children too (stress-ng's workers, vitest's forks and browsers) and
# nothing else on the machine is touched. A round runs in the background and is waited for,
# because bash runs a trap only after a foreground command has finished.
load_pids=()
test_pid=
stop_group() { kill -TERM -- "-$1" 2>/dev/null || kill -TERM "$1" 2>/dev/null; }
stop_load() {
  for pid in "${load_pids[@]}"; do stop_group "$pid"; done
  for pid in "${load_pids[@]}"; do wait "$pid" 2>/dev/null; done
  load_pids=()
}
stop_all() {
  if [ -n "$test_pid" ]; then
    stop_group "$test_pid"
    wait "$test_pid" 2>/dev/null
  fi
  stop_load
}
trap stop_all EXIT
trap 'echo "Afgebroken." >&2; exit 130' INT TERM

if [ "$workers" -gt 0 ]; then
  if command -v stress-ng >/dev/null 2>&1; then
    setsid stress-ng --cpu "$workers" --quiet &
    load_pids+=("$!")
    echo "Belasting: stress-ng --cpu $workers"
  else
    for _ in $(seq "$workers"); do
      setsid node -e 'for (;;) {}' &
      load_pids+=("$!")
    done
    echo "Belasting: $workers keer node -e 'for(;;){}'"
  fi
fi

failed=0
results=()
for i in $(seq "$rounds"); do
  log="$logs/round-$i.log"
  started=$(date +%s)
  CI=true setsid npx vitest run test/e2e/ >"$log" 2>&1 </dev/null &
  test_pid=$!
  wait "$test_pid"
  rc=$?
  test_pid=
  seconds=$(($(date +%s) - started))
  summary=$(sed 's/\x1b\[[0-9;]*m//g' "$log" | grep -E '^ +Tests ' | tail -1 | sed 's/^ *//')
  if [ "$rc" -eq 0 ]; then
    line="Ronde $i/$rounds: geslaagd in ${seconds} s (${summary:-geen samenvatting})"
  else
    failed=$((failed + 1))
    line="Ronde $i/$rounds: MISLUKT in ${seconds} s (${summary:-geen samenvatting}), zie $log"
  fi
  echo "$line"
  results+=("$line")
  if [ "$rc" -ne 0 ]; then
    # The names of the failed tests, so the cause can be looked up in the log.
    sed 's/\x1b\[[0-9;]*m//g' "$log" | grep -E '^ *(×|FAIL) ' | sed 's/^/    /' | sort -u | head -20
  fi
done

stop_load
echo
printf '%s\n' "${results[@]}"
echo "$((rounds - failed)) van $rounds ronden geslaagd."
[ "$failed" -eq 0 ]
