#!/usr/bin/env bash
# Runs the whole test suite (ctest, not the benchmarks) with the system clock moved, through
# libfaketime, to instants where a test that depends on the day or the time it runs would
# fail. Each instant is in the fixture practices' time zone (America/Chicago); the clock runs
# on from it, the same for every process of the run, and the monotonic clock is left alone so
# timers and time-outs behave.
#   bash scripts/test-dates.sh           # install what is missing, build, run at every instant
#   bash scripts/test-dates.sh --built   # the dev build is already there
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" != --built ]; then
  bash scripts/install-deps.sh
  cmake --preset dev >/dev/null
  cmake --build --preset dev
fi
zone=America/Chicago
now=$(date +%s)
# The next Saturday from today, at 23:50 in the office.
saturday=$(TZ=$zone date -d "$(TZ=$zone date -d "@$now" +%F) +$(( (6 - $(TZ=$zone date -d "@$now" +%u) + 7) % 7 )) days 23:50" +%s)
instants=(
  "now + 400 days|$((now + 400 * 86400))"
  "US DST starts (2027-03-14 03:30)|$(TZ=$zone date -d '2027-03-14 03:30' +%s)"
  "US DST ends (2027-11-07 01:30, first pass)|$(TZ=$zone date -d '2027-11-07 01:30 CDT' +%s)"
  "a Saturday at 23:50|$saturday"
)
status=0
summary=()
for entry in "${instants[@]}"; do
  name="${entry%%|*}"; at="${entry##*|}"
  offset=$((at - $(date +%s)))
  echo "=== $name: $(TZ=$zone date -d "@$at" '+%a %F %H:%M %Z') ==="
  started=$(date +%s)
  result=passed
  # FAKETIME_FORCE_MONOTONIC_FIX=0: with the monotonic clock left alone, libfaketime must not
  # shift the deadlines of waits on it either (QThread::wait would return at once).
  FAKETIME="+${offset}" FAKETIME_DONT_FAKE_MONOTONIC=1 FAKETIME_FORCE_MONOTONIC_FIX=0 \
    LD_PRELOAD="/usr/lib/$(dpkg-architecture -qDEB_HOST_MULTIARCH 2>/dev/null || gcc -print-multiarch)/faketime/libfaketimeMT.so.1" \
    bash scripts/test-session.sh ctest --test-dir build/dev --output-on-failure || { result=FAILED; status=1; }
  summary+=("$result  $name ($(( $(date +%s) - started )) s)")
done
echo "=== the suite at other dates ==="
printf '%s\n' "${summary[@]}"
exit $status
