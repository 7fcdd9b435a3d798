#!/usr/bin/env bash
# Installs what is missing, builds Chairside and runs every test against real parts: a real
# gnome-keyring in a private D-Bus session, a throw-away HOME, offscreen widgets. Then runs
# the whole suite again at other dates (scripts/test-dates.sh), since no test may depend on
# the day or the time it runs.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake --preset dev >/dev/null
cmake --build --preset dev
status=0
bash scripts/test-session.sh bash -c '
  status=0
  ctest --test-dir build/dev --output-on-failure "$@" || status=$?
  # The benchmarks build with the project; run them for a few seconds so they cannot rot.
  for bench in cache scheduling schedule sync audit patients messaging recall; do
    build/dev/bin/chairside-bench-$bench --smoke || status=$?
  done
  exit $status' test-session "$@" || status=$?
bash scripts/test-dates.sh --built || status=$?
exit $status
