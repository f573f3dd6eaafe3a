#!/usr/bin/env bash
# The Debian package, end to end. Builds it (preset `package`: Release, no tests, in
# build/package), checks what it holds and that it validates (lintian, desktop-file-validate,
# appstreamcli), that apt could install it, unpacks it into a scratch root (dpkg -x) and runs
# the installed binaries from there: --version, the packaged sample imported, staged, given a
# goal and exported as PDF and PNG without a display, and the application opening the
# project under Xvfb. Every shared object those processes load must come from a package the
# Depends line pulls in. Exits non-zero at the first failed check.
#
#   tests/installer/run.sh            # the scratch root only; changes nothing on the machine
#   tests/installer/run.sh --system   # also `apt-get install ./journeyscope_*.deb` (root or
#                                     # sudo), the same checks on /usr/bin, then removal
set -euo pipefail
cd "$(dirname "$0")/../.."
source_dir=$PWD
system_install=false
[ "${1:-}" = "--system" ] && system_install=true

installer/debian/install-build-deps.sh

echo "== build the package"
cmake --preset package >/dev/null
cmake --build --preset package
rm -f build/package/journeyscope_*.deb
cpack --preset package >/dev/null
debs=(build/package/journeyscope_*.deb)
[ ${#debs[@]} -eq 1 ] || { echo "FAIL: expected one package, found ${debs[*]}"; exit 1; }
deb=$source_dir/${debs[0]}
work=$source_dir/build/package/installer-test # kept after a run, for a look at what failed
rm -rf "$work"
mkdir -p "$work"

failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
set -E # the ERR trap in functions too
trap 'echo "FAIL: tests/installer/run.sh:$LINENO: $BASH_COMMAND"' ERR
ok() { echo "ok: $*"; }

app_id=app.journeyscope.Journeyscope
echo "== $(basename "$deb"): $(du -k "$deb" | cut -f1) KiB, installed $(dpkg-deb -f "$deb" Installed-Size) KiB"
dpkg-deb -f "$deb" Depends Recommends

echo "== contents"
dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' >"$work/contents"
expected=(
  /usr/bin/journeyscope /usr/bin/journeyscope-cli
  "/usr/share/applications/$app_id.desktop"
  "/usr/share/metainfo/$app_id.metainfo.xml"
  "/usr/share/mime/packages/$app_id.xml"
  "/usr/share/icons/hicolor/scalable/apps/$app_id.svg"
  /usr/share/man/man1/journeyscope.1.gz /usr/share/man/man1/journeyscope-cli.1.gz
  /usr/share/doc/journeyscope/changelog.gz
  /usr/share/journeyscope/sample/clickstream-sample.csv /usr/share/journeyscope/sample/stages.csv
)
for size in 16 32 48 64 128 256; do
  expected+=("/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done
for path in "${expected[@]}"; do
  grep -qxF "$path" "$work/contents" || fail "the package lacks $path"
done
ok "the package holds the ${#expected[@]} files expected"

echo "== control fields"
depends=$(dpkg-deb -f "$deb" Depends)
recommends=$(dpkg-deb -f "$deb" Recommends)
for package in fonts-dejavu-core libqt6svg6 libqt6gui6 libgvc6 libxgboost0 libsqlite3-0; do
  grep -qE "(^|, )$package( |,|$)" <<<"$depends" || fail "Depends lacks $package"
done
grep -q "qt6-translations-l10n" <<<"$recommends" || fail "Recommends lacks qt6-translations-l10n"
for field in Maintainer Description Homepage Section; do
  [ -n "$(dpkg-deb -f "$deb" "$field")" ] || fail "no $field field"
done
ok "Depends, Recommends, Maintainer, Description, Homepage, Section"

echo "== lintian"
# no-copyright-file is expected while the project has no LICENSE (installer/README.md).
lintian --pedantic "$deb" 2>/dev/null | tee "$work/lintian" || true
allowed='^(I|P): |^E: journeyscope: no-copyright-file$'
[ -f LICENSE ] && allowed='^(I|P): '
if grep -E '^[EW]: ' "$work/lintian" | grep -vqE "$allowed"; then
  fail "lintian has errors or warnings"
else
  ok "lintian: no errors or warnings beyond the ones expected"
fi

echo "== apt could install it (simulated)"
if apt-get install -s -q "$deb" >"$work/apt-simulate" 2>&1; then
  ok "apt-get install -s ./$(basename "$deb") resolves"
else
  cat "$work/apt-simulate"
  fail "apt cannot resolve the package's dependencies"
fi

# Checks run against an installed tree: ROOT is the scratch root, or / after a real install.
check_installed() {
  local root=$1 label=$2
  local cli="$root/usr/bin/journeyscope-cli" gui="$root/usr/bin/journeyscope"
  local out="$work/$label"
  mkdir -p "$out/home"
  chmod 700 "$out/home"
  echo "== [$label] desktop integration"
  if desktop-file-validate "$root/usr/share/applications/$app_id.desktop"; then
    ok "desktop-file-validate"
  else
    fail "desktop-file-validate"
  fi
  grep -q "^MimeType=application/x-journeyscope-project;" \
    "$root/usr/share/applications/$app_id.desktop" || fail "the desktop entry lacks its MimeType"
  grep -qx "Exec=journeyscope %F" "$root/usr/share/applications/$app_id.desktop" ||
    fail "the desktop entry does not pass the files to journeyscope"
  if appstreamcli validate --no-net "$root/usr/share/metainfo/$app_id.metainfo.xml"; then
    ok "appstreamcli validate"
  else
    fail "appstreamcli validate"
  fi
  for size in 16 32 48 64 128 256; do
    local png="$root/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
    [ "$(identify -format '%m %wx%h' "$png")" = "PNG ${size}x${size}" ] ||
      fail "$png is not a ${size}x${size} PNG"
  done
  ok "icons: the SVG and PNGs of 16 to 256 pixels"

  echo "== [$label] the installed binaries"
  for binary in "$cli" "$gui"; do
    if readelf -d "$binary" | grep -qE 'RPATH|RUNPATH'; then
      fail "$binary has a library search path"
    fi
  done
  local version
  version=$(env -u DISPLAY -u WAYLAND_DISPLAY "$cli" --version)
  echo "$version"
  grep -q "^journeyscope-cli [0-9]" <<<"$version" || fail "journeyscope-cli --version"
  version=$(env -u DISPLAY -u WAYLAND_DISPLAY QT_QPA_PLATFORM=offscreen HOME="$out/home" \
    XDG_RUNTIME_DIR="$out/home" "$gui" --version)
  echo "$version"
  grep -q "^Journeyscope [0-9]" <<<"$version" || fail "journeyscope --version"

  echo "== [$label] the sample, without a display, from the installed journeyscope-cli"
  local project="$out/sample.journey"
  local cli_env=(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM HOME="$out/home"
    LD_DEBUG=files LD_DEBUG_OUTPUT="$out/ld")
  local sample="$root/usr/share/journeyscope/sample" # the package's own copy
  "${cli_env[@]}" "$cli" import "$project" "$sample/clickstream-sample.csv" >"$out/import.log"
  "${cli_env[@]}" "$cli" stages "$project" --load "$sample/stages.csv" >/dev/null
  "${cli_env[@]}" "$cli" goal "$project" --set "Order confirmation,Store purchase" >/dev/null
  "${cli_env[@]}" "$cli" export "$project" --view map --format pdf -o "$out/map.pdf"
  "${cli_env[@]}" "$cli" export "$project" --view map --format png --dpi 150 -o "$out/map.png"
  # The journey graph too, for Graphviz's plugins in the trace below.
  "${cli_env[@]}" "$cli" export "$project" --view graph --nodes 0.6 --edges 0.4 --format svg \
    -o "$out/graph.svg"
  grep -q "<svg" "$out/graph.svg" || fail "graph.svg is not an SVG drawing"
  local pages
  pages=$(pdfinfo "$out/map.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')
  if [ "${pages:-0}" -ge 1 ] && pdftotext "$out/map.pdf" - | grep -q "Awareness"; then
    ok "map.pdf: $pages page(s), $(stat -c %s "$out/map.pdf") bytes, the stages as text"
  else
    fail "map.pdf is not a journey map (pages: ${pages:-none})"
  fi
  if [ "$(head -c 8 "$out/map.png" | od -An -tx1 | tr -d ' \n')" = "89504e470d0a1a0a" ] &&
    [ "$(stat -c %s "$out/map.png")" -gt 20000 ] &&
    [ "$(identify -format '%k' "$out/map.png")" -gt 16 ]; then
    ok "map.png: $(identify -format '%wx%h' "$out/map.png"), $(stat -c %s "$out/map.png") bytes"
  else
    fail "map.png is not a drawn PNG"
  fi

  echo "== [$label] the application opens the project (Xvfb)"
  # shellcheck disable=SC2016 # expanded by the inner shell
  if env -u QT_QPA_PLATFORM -u WAYLAND_DISPLAY HOME="$out/home" XDG_RUNTIME_DIR="$out/home" \
    xvfb-run -a -s "-screen 0 1440x900x24" bash -c '
      "$1" "$2" 2>"$3/gui.log" & pid=$!
      sleep 10
      if kill -0 $pid 2>/dev/null; then
        cat /proc/$pid/maps >"$3/gui.maps"
        import -window root "$3/gui.png" 2>/dev/null || true
        kill $pid; wait $pid 2>/dev/null || true
      else
        wait $pid; echo "exit code $?" >>"$3/gui.log"; exit 1
      fi' gui "$gui" "$project" "$out"; then
    ok "journeyscope ran 10 s with the project open (screenshot $out/gui.png)"
  else
    cat "$out/gui.log"
    fail "journeyscope did not stay up with the project"
  fi

  echo "== [$label] what the installed binaries loaded comes from the Depends"
  # The objects loaded by the command line (ld.so's trace) and the window (its mappings)
  # and the packages they belong to.
  {
    sed -n 's/.*calling init: //p' "$out"/ld.* 2>/dev/null
    [ -f "$out/gui.maps" ] && awk '$6 ~ /\.so/ {print $6}' "$out/gui.maps"
  } | sort -u | grep -v "^$root/usr/bin/" >"$out/loaded" || true
  # Everything the Depends line pulls in: its packages and, recursively, their Depends.
  local names closure
  names=$(sed 's/(.*//; s/ //g' <<<"${depends//[,|]/$'\n'}" | grep -v '^$')
  # shellcheck disable=SC2086
  closure=$(apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts \
    --no-breaks --no-replaces --no-enhances $names | grep -v '^ ' | sort -u)
  # Loaded when present, never required: Qt's xcb plugin dlopens libXcursor for themed
  # cursors and falls back to X's own cursors without it.
  local optional='/libXcursor\.so'
  local object package missing=0 count=0
  while read -r object; do
    count=$((count + 1))
    if grep -qE "$optional" <<<"$object"; then
      echo "  $object: optional, not checked"
      continue
    fi
    # Debian 12 has merged /usr, but dpkg knows some libraries by their /lib path.
    package=$(dpkg -S "*${object#/usr}" 2>/dev/null | sed -n 1p || true)
    package=${package%%[:,]*}
    if [ -z "$package" ]; then
      echo "  $object: no package"
      missing=$((missing + 1))
    elif ! grep -qxF "$package" <<<"$closure"; then
      echo "  $object: $package, not pulled in by the Depends"
      missing=$((missing + 1))
    fi
  done <"$out/loaded"
  local plugins
  plugins=$(grep -o 'qt6/plugins/.*\.so' "$out/loaded" | sed 's|qt6/plugins/||' | tr '\n' ' ' || true)
  echo "  Qt plugins loaded: $plugins"
  echo "  Graphviz plugins loaded: $(grep -o 'libgvplugin_[a-z_]*' "$out/loaded" | sort -u | tr '\n' ' ')"
  if [ "$count" -lt 20 ]; then
    fail "only $count shared objects were seen loaded; the trace did not work"
  elif [ "$missing" -eq 0 ]; then
    ok "all $count shared objects loaded come from packages the Depends pull in"
  else
    fail "$missing of $count shared objects loaded are not covered by the Depends"
  fi
  grep -q "platforms/libqxcb.so" "$out/loaded" || fail "the window did not load the xcb platform plugin"
  grep -q "iconengines/libqsvgicon.so" "$out/loaded" || fail "the SVG icon engine was not loaded"

  echo "== [$label] *.journey opens in Journeyscope"
  local failures_before=$failures
  local data="$out/share"
  if [ "$label" = scratch ]; then
    # A private copy of the shared MIME database and desktop-entry cache, with the package's.
    mkdir -p "$data/mime/packages" "$data/applications"
    cp /usr/share/mime/packages/*.xml "$root/usr/share/mime/packages/$app_id.xml" "$data/mime/packages/"
    cp "$root/usr/share/applications/$app_id.desktop" "$data/applications/"
    update-mime-database "$data/mime" >/dev/null
    update-desktop-database "$data/applications" 2>/dev/null
  fi
  # The desktop entry counts only when its TryExec, journeyscope, is on the PATH.
  local lookup=(env XDG_DATA_HOME="$out/no-home-data" XDG_DATA_DIRS="$data:/usr/share"
    PATH="$root/usr/bin:$PATH")
  [ "$label" = scratch ] || lookup=(env XDG_DATA_HOME="$out/no-home-data" XDG_DATA_DIRS=/usr/share)
  cp "$project" "$out/no-extension"
  local by_name by_content default_app
  by_name=$("${lookup[@]}" gio info -a standard::content-type "$project" | sed -n 's/.*content-type: //p')
  by_content=$("${lookup[@]}" gio info -a standard::content-type "$out/no-extension" |
    sed -n 's/.*content-type: //p')
  default_app=$("${lookup[@]}" gio mime application/x-journeyscope-project | sed -n 1p)
  echo "  sample.journey: $by_name; the same file without extension: $by_content"
  echo "  $default_app"
  [ "$by_name" = application/x-journeyscope-project ] || fail "*.journey is not recognised by name"
  [ "$by_content" = application/x-journeyscope-project ] || fail "a project is not recognised by content"
  grep -q "$app_id.desktop" <<<"$default_app" || fail "Journeyscope is not the project's default application"
  [ "$failures" -eq "$failures_before" ] && ok "the project's type, by name and content, opens in Journeyscope"
  return 0
}

echo "== unpack into a scratch root"
dpkg -x "$deb" "$work/root"
check_installed "$work/root" scratch

if $system_install; then
  sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  if dpkg-query -W -f='${Status}' journeyscope 2>/dev/null | grep -q "install ok installed"; then
    fail "journeyscope is installed already; --system leaves it alone"
  else
    remove_package() {
      echo "== apt-get remove journeyscope"
      DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get remove -y -q journeyscope >/dev/null
    }
    trap remove_package EXIT
    echo "== apt-get install ./$(basename "$deb")"
    # Without the Recommends, so that removing the package leaves the machine as it was.
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends \
      "$deb" >"$work/apt-install.log"
    check_installed "" system
    remove_package
    trap - EXIT
    if dpkg-query -W -f='${Status}' journeyscope 2>/dev/null | grep -q "install ok installed"; then
      fail "journeyscope is still installed"
    fi
  fi
fi

echo
if [ "$failures" -eq 0 ]; then
  echo "installer test: all checks passed"
else
  echo "installer test: $failures check(s) failed (see above; files in $work)"
  exit 1
fi
