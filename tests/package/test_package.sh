#!/usr/bin/env bash
# Builds the .deb and .tar.gz from this build tree with CPack, then checks them as a user gets
# them: metadata and dependencies, every file in place, the desktop file and AppStream metainfo
# valid, and both programs running from the unpacked package. Unpacks with dpkg -x into a
# temporary root (nothing is installed into the machine, so nothing needs removing).
# usage: test_package.sh BUILD_DIR
set -euo pipefail
build=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

cpack --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1 \
    || { cat "$work/cpack.log"; fail "cpack"; }
deb=$(ls "$work"/out/*.deb)
tgz=$(ls "$work"/out/*.tar.gz)
echo "built $(basename "$deb") and $(basename "$tgz")"

info=$(dpkg-deb --info "$deb")
depends=$(dpkg-deb --field "$deb" Depends)
for dep in libsecret-1-0 libqt6sql6-sqlite qt6-qpa-plugins libqt6keychain1 libqt6network6 libc6; do
    grep -q "$dep" <<<"$depends" || fail "Depends lacks $dep: $depends"
done
[ "$(dpkg-deb --field "$deb" Section)" = net ] || fail "section"
[ -n "$(dpkg-deb --field "$deb" Maintainer)" ] || fail "maintainer"
[ -n "$(dpkg-deb --field "$deb" Description)" ] || fail "description"

files=$(dpkg-deb --contents "$deb" | awk '{print $6}')
for path in ./usr/bin/tether ./usr/bin/tether-run \
    ./usr/share/applications/org.tetherhttp.Tether.desktop \
    ./usr/share/metainfo/org.tetherhttp.Tether.metainfo.xml \
    ./usr/share/icons/hicolor/scalable/apps/org.tetherhttp.Tether.svg \
    ./usr/share/icons/hicolor/48x48/apps/org.tetherhttp.Tether.png \
    ./usr/share/icons/hicolor/256x256/apps/org.tetherhttp.Tether.png \
    ./usr/share/man/man1/tether-run.1.gz \
    ./usr/share/doc/tether/copyright ./usr/share/doc/tether/README.md; do
    grep -qx -- "$path" <<<"$files" || fail "the .deb has no $path"
done

root=$work/root
dpkg -x "$deb" "$root"
desktop-file-validate "$root/usr/share/applications/org.tetherhttp.Tether.desktop" || fail "desktop file"
appstreamcli validate --no-net "$root/usr/share/metainfo/org.tetherhttp.Tether.metainfo.xml" \
    || fail "AppStream metainfo"
gzip -t "$root/usr/share/man/man1/tether-run.1.gz" || fail "man page"
# One application id everywhere: desktop file name, Icon=, metainfo id and launchable.
grep -qx 'Icon=org.tetherhttp.Tether' "$root/usr/share/applications/org.tetherhttp.Tether.desktop" \
    || fail "Icon= is not the application id"
grep -q '<id>org.tetherhttp.Tether</id>' "$root/usr/share/metainfo/org.tetherhttp.Tether.metainfo.xml" \
    || fail "metainfo id"

export QT_QPA_PLATFORM=offscreen
version=$("$root/usr/bin/tether" --version)
[ "$version" = "tether $(dpkg-deb --field "$deb" Version)" ] || fail "tether --version said: $version"
"$root/usr/bin/tether-run" --help | grep -q '^Usage: tether-run' || fail "tether-run --help"
"$root/usr/bin/tether-run" --version | grep -q "tether-run" || fail "tether-run --version"
if ldd "$root/usr/bin/tether-run" | grep -E 'libQt6(Widgets|Gui)'; then
    fail "tether-run links Qt Widgets or Gui"
fi
ldd "$root/usr/bin/tether" | grep -q 'not found' && fail "tether has unresolved libraries"

tar -tzf "$tgz" >"$work/tgz.txt"
for path in bin/tether bin/tether-run share/applications/org.tetherhttp.Tether.desktop \
    share/man/man1/tether-run.1.gz; do
    grep -q "/$path\$" "$work/tgz.txt" || fail "the .tar.gz has no $path"
done
echo "package OK: $(wc -l <<<"$files") entries; Depends: $depends"
