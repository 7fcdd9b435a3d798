#!/usr/bin/env bash
# Builds the Debian package from a build directory, checks its metadata and contents with
# dpkg-deb, unpacks it into a temporary root and runs the programs from there.
set -euo pipefail
build="$1"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/pkg" >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; fail "cpack"; }
deb="$(ls "$work"/pkg/*.deb)"
echo "built $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"

info="$(dpkg-deb --info "$deb")"
for field in "Package: chairside" "Version: 0.1.0" "Architecture: $(dpkg --print-architecture)" "Section: misc" \
             "Maintainer: Chairside support" "Recommends: gnome-keyring | kwalletmanager, qt6-translations-l10n"; do
  grep -q "$field" <<<"$info" || fail "control has no \"$field\""
done
depends="$(dpkg-deb --field "$deb" Depends)"
# Computed from the binaries by dpkg-shlibdeps: Qt, SQLCipher, QtKeychain, OpenSSL's libcrypto.
for lib in libqt6widgets6 libqt6sql6 libsqlcipher0 libqt6keychain1 libssl3 libc6; do
  grep -q "$lib" <<<"$depends" || fail "Depends lacks $lib: $depends"
done

contents="$(dpkg-deb --contents "$deb")"
for path in ./usr/bin/chairside ./usr/bin/chairside-cli ./usr/share/applications/chairside.desktop \
            ./usr/share/metainfo/org.chairside.Chairside.metainfo.xml \
            ./usr/share/icons/hicolor/scalable/apps/chairside.svg \
            ./usr/share/icons/hicolor/48x48/apps/chairside.png ./usr/share/icons/hicolor/256x256/apps/chairside.png \
            ./usr/share/man/man1/chairside-cli.1.gz ./usr/share/doc/chairside/copyright \
            ./usr/lib/systemd/user/chairside-worker.service; do
  grep -q " $path\$" <<<"$contents" || fail "the package has no $path"
done
if grep -qE "tst_|bench|pms-sim|msg-sim|fuzz" <<<"$contents"; then fail "test or benchmark programs in the package"; fi

dpkg-deb -x "$deb" "$work/root"
grep -q "^ExecStart=/usr/bin/chairside-cli worker --data-dir " "$work/root/usr/lib/systemd/user/chairside-worker.service" \
  || fail "the worker unit does not start chairside-cli worker"
grep -q "^Exec=chairside$" "$work/root/usr/share/applications/chairside.desktop" || fail ".desktop Exec"
# Read whole before matching: with pipefail, `grep -q` leaving early would kill the writer
# with SIGPIPE and fail the pipeline at random.
man="$(gzip -dc "$work/root/usr/share/man/man1/chairside-cli.1.gz")"
grep -q "^.TH CHAIRSIDE-CLI 1" <<<"$man" || fail "man page"
file_png="$work/root/usr/share/icons/hicolor/48x48/apps/chairside.png"
[ "$(head -c 8 "$file_png" | od -An -tx1 | tr -d ' \n')" = "89504e470d0a1a0a" ] || fail "48x48 icon is not a PNG"

version="$("$work/root/usr/bin/chairside-cli" --version)"
[ "$version" = "chairside-cli 0.1.0" ] || fail "chairside-cli --version said: $version"
selftest="$(QT_QPA_PLATFORM=offscreen "$work/root/usr/bin/chairside" --self-test)" || fail "chairside --self-test"
echo "$selftest"
grep -q "catalogues en, es" <<<"$selftest" || fail "the self-test did not load both catalogues"
# The installed programs speak Spanish from their embedded catalogue.
help_es="$("$work/root/usr/bin/chairside-cli" --lang es --help)" || fail "chairside-cli --lang es --help"
grep -q "^Uso: chairside-cli" <<<"$help_es" || fail "chairside-cli --lang es"
echo "deb package: ok"
