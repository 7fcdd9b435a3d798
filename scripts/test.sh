#!/usr/bin/env bash
# Installs what is missing, builds Chairside and runs every test against real parts: a real
# gnome-keyring in a private D-Bus session, a throw-away HOME, offscreen widgets.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake --preset dev >/dev/null
cmake --build --preset dev
if [ "${CHAIRSIDE_IN_TEST_SESSION:-}" != 1 ]; then
  exec env CHAIRSIDE_IN_TEST_SESSION=1 dbus-run-session -- bash "$0" "$@"
fi
export HOME; HOME="$(mktemp -d)"
export XDG_RUNTIME_DIR="$HOME/run"; mkdir -p -m 700 "$XDG_RUNTIME_DIR"
export QT_QPA_PLATFORM=offscreen LANG=C.UTF-8
eval "$(echo -n chairside-test | gnome-keyring-daemon --unlock --components=secrets)" >/dev/null
export GNOME_KEYRING_CONTROL
status=0
ctest --test-dir build/dev --output-on-failure "$@" || status=$?
# The benchmarks build with the project; run them for a few seconds so they cannot rot.
build/dev/bin/chairside-bench-cache --smoke || status=$?
build/dev/bin/chairside-bench-scheduling --smoke || status=$?
build/dev/bin/chairside-bench-schedule --smoke || status=$?
build/dev/bin/chairside-bench-sync --smoke || status=$?
build/dev/bin/chairside-bench-audit --smoke || status=$?
exit $status
