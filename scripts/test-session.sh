#!/usr/bin/env bash
# Runs a command the way the tests expect to run: in a private D-Bus session with a real,
# unlocked gnome-keyring, a throw-away HOME and offscreen widgets. Nothing touches the
# caller's profile or keychain.
#   bash scripts/test-session.sh COMMAND [ARGS...]
set -euo pipefail
if [ "${CHAIRSIDE_IN_TEST_SESSION:-}" != 1 ]; then
  exec env CHAIRSIDE_IN_TEST_SESSION=1 dbus-run-session -- bash "$0" "$@"
fi
export HOME; HOME="$(mktemp -d)"
trap 'rm -rf "$HOME"' EXIT
export XDG_RUNTIME_DIR="$HOME/run"; mkdir -p -m 700 "$XDG_RUNTIME_DIR"
export QT_QPA_PLATFORM=offscreen LANG=C.UTF-8
eval "$(echo -n chairside-test | gnome-keyring-daemon --unlock --components=secrets)" >/dev/null
export GNOME_KEYRING_CONTROL
"$@"
