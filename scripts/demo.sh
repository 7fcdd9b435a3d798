#!/usr/bin/env bash
# Installs what is missing, builds Chairside and starts it on the built-in demo practice.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release
exec build/release/bin/chairside --demo "$@"
