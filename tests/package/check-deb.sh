#!/usr/bin/env bash
# The Debian package as a user gets it: made by CPack from the build tree, unpacked with
# dpkg-deb -x into a temporary root, its programs run from there, its desktop entry, file type,
# AppStream metadata, icons, manual pages and copyright checked, and lintian run on it.
#   check-deb.sh BUILD_DIR VERSION
# Fails, saying what is missing, when a tool it needs is not installed (scripts/deps installs them).
set -euo pipefail
build=$1
version=$2
app_id=org.osiedle.Osiedle

fail() { echo "FAIL: $*" >&2; exit 1; }
for tool in dpkg-deb dpkg-shlibdeps cpack desktop-file-validate appstreamcli update-mime-database lintian file gzip; do
  command -v "$tool" >/dev/null || fail "$tool is not installed (scripts/deps installs it)"
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "== cpack -G DEB"
cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; fail "cpack failed"; }
deb="$work/out/osiedle_${version}_amd64.deb"
[ -f "$deb" ] || { ls "$work/out"; fail "no $(basename "$deb")"; }

echo "== control"
dpkg-deb -f "$deb" Package Version Architecture Depends Section Maintainer Description | tee "$work/control"
[ "$(dpkg-deb -f "$deb" Package)" = osiedle ] || fail "package name"
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail "package version is not $version"
depends=$(dpkg-deb -f "$deb" Depends)
# Computed from the binaries (shlibdeps) and the run-time plugins listed by hand.
for needed in libqt6core6 libqt6widgets6 libqt6charts6 libqt6printsupport6 libsqlite3-0 libxlsxwriter libzip4 qt6-qpa-plugins qt6-translations-l10n; do
  grep -q "$needed" <<<"$depends" || fail "Depends lacks $needed: $depends"
done

echo "== unpacked"
root="$work/root"
dpkg-deb -x "$deb" "$root"
for f in usr/bin/osiedle usr/bin/osiedle-cli \
         usr/share/applications/$app_id.desktop usr/share/mime/packages/$app_id.xml \
         usr/share/metainfo/$app_id.metainfo.xml usr/share/icons/hicolor/scalable/apps/$app_id.svg \
         usr/share/man/man1/osiedle.1.gz usr/share/man/man1/osiedle-cli.1.gz \
         usr/share/doc/osiedle/copyright usr/share/doc/osiedle/changelog.gz; do
  [ -e "$root/$f" ] || fail "the package lacks /$f"
done
for size in 16 22 24 32 48 64 128 256 512; do
  png="$root/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
  file "$png" | grep -q "PNG image data, $size x $size, 8-bit/color RGBA" || fail "icon $size: $(file "$png")"
done

echo "== the unpacked programs"
# As from a menu on a machine without the build: no build paths, no display for the console program.
out=$(env -u QT_QPA_PLATFORM -u DISPLAY -u WAYLAND_DISPLAY OSIEDLE_LANG=en "$root/usr/bin/osiedle-cli" --version)
echo "$out"
[[ "$out" =~ ^osiedle-cli\ ${version//./\\.}(\ \(commit\ [0-9a-f]{10}(-dirty)?\))?$ ]] || fail "osiedle-cli --version printed: $out"
out=$(QT_QPA_PLATFORM=offscreen OSIEDLE_LANG=en "$root/usr/bin/osiedle" --version)
[[ "$out" =~ ^osiedle\ ${version//./\\.} ]] || fail "osiedle --version printed: $out"
env -u QT_QPA_PLATFORM -u DISPLAY -u WAYLAND_DISPLAY OSIEDLE_LANG=en "$root/usr/bin/osiedle-cli" demo "$work/demo.osiedle" \
  || fail "osiedle-cli demo failed"
check=$(env -u QT_QPA_PLATFORM -u DISPLAY -u WAYLAND_DISPLAY OSIEDLE_LANG=en "$root/usr/bin/osiedle-cli" check "$work/demo.osiedle") \
  || fail "osiedle-cli check of the demo failed"
grep -q "Integrity: ok" <<<"$check" || fail "check of the demo: $check"
if readelf -d "$root/usr/bin/osiedle-cli" | grep -qE 'R(UN)?PATH'; then fail "osiedle-cli keeps a build RPATH"; fi

echo "== desktop entry"
desktop="$root/usr/share/applications/$app_id.desktop"
desktop-file-validate "$desktop" || fail "desktop-file-validate"
grep -qx "Exec=osiedle %f" "$desktop" || fail "Exec"
grep -qx "Icon=$app_id" "$desktop" || fail "Icon"
grep -qx "MimeType=application/x-osiedle-project;" "$desktop" || fail "MimeType"
grep -q "^Name\[pl\]\|^Comment\[pl\]=" "$desktop" || fail "no Polish comment"
grep -q "^Categories=.*Office;" "$desktop" || fail "not in Office"

echo "== file type"
mime="$work/share/mime"
mkdir -p "$mime/packages"
cp "$root/usr/share/mime/packages/$app_id.xml" "$mime/packages/"
XDG_DATA_DIRS="$work/share" update-mime-database "$mime" 2>&1 | tee "$work/mime.log"
[ ! -s "$work/mime.log" ] || fail "update-mime-database complained"
grep -qx "50:application/x-osiedle-project:\*.osiedle" "$mime/globs2" || fail "*.osiedle is not application/x-osiedle-project: $(cat "$mime/globs2")"
grep -q "application/x-osiedle-project application/vnd.sqlite3" "$mime/subclasses" || fail "not a kind of SQLite file"

echo "== AppStream"
metainfo="$root/usr/share/metainfo/$app_id.metainfo.xml"
appstreamcli validate --no-net "$metainfo" || fail "appstreamcli validate"
grep -q "<release version=\"$version\" date=\"[0-9-]*\">" "$metainfo" || fail "the release list lacks $version"
grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo" || fail "launchable"

echo "== manual pages and changelog"
for page in osiedle osiedle-cli; do
  zcat "$root/usr/share/man/man1/$page.1.gz" | grep -q "^\.TH .* \"Osiedle $version\"" || fail "$page.1 does not name $version"
done
zcat "$root/usr/share/doc/osiedle/changelog.gz" | head -1 | grep -qx "osiedle ($version) unstable; urgency=medium" \
  || fail "changelog.gz does not start with $version"

echo "== lintian"
lintian --fail-on error --tag-display-limit 0 "$deb" | tee "$work/lintian.log" || fail "lintian found errors"
echo "OK: $(basename "$deb"), $(stat -c %s "$deb") bytes"
