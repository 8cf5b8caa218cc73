#!/usr/bin/env bash
# Smoke test of what `mvn -Ppackage package` built on Linux (CI runs it after the build):
#   1. the .deb, unpacked without installing (dpkg-deb): launcher, icon, desktop entry with its
#      categories, the postinst that registers it, the GTK dependency, the runtime's TLS module;
#   2. the trimmed sqlite-jdbc jar of the app image still loads its native library here;
#   2b. the headless launcher coach-desk-sync: --help, and --check against the stand-in (LocalSupabase from
#      the build's test classes over embedded PostgreSQL);
#   3. the app image's own launcher, started under Xvfb with --smoke-test (opens the demo workspace,
#      renders the roster, exits 0), must exit 0 within the timeout and must not write a single
#      file next to its binaries (data goes to the XDG folders, pointed at a temp dir here).
# Usage: packaging/smoke-test.sh [target/jpackage]   env: SMOKE_TIMEOUT (seconds, default 180)
set -euo pipefail
cd "$(dirname "$0")/.."

out="${1:-target/jpackage}"
[ -d "$out" ] || { echo "smoke test FAILED: no $out; build first: mvn -Ppackage package" >&2; exit 1; }
out="$(cd "$out" && pwd)"
image="$out/image/Coach Desk"
launcher="$image/bin/Coach Desk"
timeout_s="${SMOKE_TIMEOUT:-180}"
work="$(mktemp -d)"
trap '[ -n "${SMOKE_KEEP:-}" ] || rm -rf "$work"' EXIT

fail() { echo "smoke test FAILED: $*" >&2; exit 1; }
ok() { echo "  ok   $*"; }
# "WIDTHxHEIGHT" of a PNG file, empty when it is not one (no dependency on file(1))
png_size() {
  [ "$(head -c 8 "$1" 2>/dev/null | od -An -tx1 | tr -d ' \n')" = "89504e470d0a1a0a" ] || return 0
  local w h
  w=$((16#$(od -An -tx1 -j16 -N4 "$1" | tr -d ' \n')))
  h=$((16#$(od -An -tx1 -j20 -N4 "$1" | tr -d ' \n')))
  echo "${w}x${h}"
}

echo "== installer contents"
shopt -s nullglob
debs=("$out"/installers/*.deb)
[ ${#debs[@]} -eq 1 ] || fail "expected one .deb in $out/installers, found ${#debs[@]}; run: mvn -Ppackage package"
deb="${debs[0]}"
root="$work/deb"
dpkg-deb -x "$deb" "$root"
dpkg-deb -e "$deb" "$root/DEBIAN"
dpkg-deb --contents "$deb" > "$work/contents.txt"

opt="$root/opt/coach-desk"
[ -x "$opt/bin/Coach Desk" ] || fail "no executable launcher at /opt/coach-desk/bin/Coach Desk"
ok "launcher /opt/coach-desk/bin/Coach Desk"
[ "$(png_size "$opt/lib/Coach Desk.png")" = "256x256" ] \
  || fail "no 256 px PNG icon at /opt/coach-desk/lib/Coach Desk.png"
ok "icon /opt/coach-desk/lib/Coach Desk.png"

# jpackage (17) writes an entry for every launcher; the headless one's (resources/coach-desk-sync.desktop)
# stays out of menus (NoDisplay=true), so the app has the one visible entry
desktops=()
for f in "$opt"/lib/*.desktop; do
  grep -qx 'NoDisplay=true' "$f" || desktops+=("$f")
done
[ ${#desktops[@]} -eq 1 ] || fail "expected one visible desktop entry under /opt/coach-desk/lib, found ${#desktops[@]}"
desktop="${desktops[0]}"
sync_desktop="$opt/lib/coach-desk-coach-desk-sync.desktop"
[ ! -f "$sync_desktop" ] || grep -qx 'NoDisplay=true' "$sync_desktop" \
  || fail "the coach-desk-sync desktop entry would show in menus"
entry() { sed -n "s/^$1=//p" "$desktop"; }
[ "$(entry Name)" = "Coach Desk" ] || fail "desktop entry Name is '$(entry Name)'"
[ "$(entry Type)" = "Application" ] || fail "desktop entry Type is '$(entry Type)'"
[ "$(entry Exec)" = '"/opt/coach-desk/bin/Coach Desk"' ] || fail "desktop entry Exec is '$(entry Exec)'"
for category in Office Education; do
  [[ ";$(entry Categories)" == *";$category;"* ]] || fail "desktop entry Categories '$(entry Categories)' lacks $category"
done
icon="$(entry Icon)"
[ -f "$root$icon" ] || fail "desktop entry Icon=$icon is not in the package"
[ -n "$(png_size "$root$icon")" ] || fail "desktop entry icon $icon is not a PNG"
if command -v desktop-file-validate >/dev/null; then desktop-file-validate "$desktop"; fi
ok "desktop entry ${desktop#"$root"} (Categories=$(entry Categories), Icon=$icon)"
grep -q "xdg-desktop-menu install ${desktop#"$root"}" "$root/DEBIAN/postinst" \
  || fail "postinst does not register ${desktop#"$root"} with xdg-desktop-menu"
grep -q "xdg-desktop-menu uninstall ${desktop#"$root"}" "$root/DEBIAN/prerm" \
  || fail "prerm does not unregister the desktop entry"
ok "postinst/prerm register and unregister it (lands in /usr/share/applications)"
depends="$(sed -n 's/^Depends: //p' "$root/DEBIAN/control")"
[[ "$depends" == *libgtk-3-0* ]] || fail "the .deb does not depend on libgtk-3-0: $depends"
[[ "$depends" == *xdg-utils* ]] || fail "the .deb does not depend on xdg-utils: $depends"
ok "Depends has libgtk-3-0 and xdg-utils"
modules="$(sed -n 's/^MODULES="\(.*\)"/\1/p' "$opt/lib/runtime/release")"
for module in java.base java.desktop java.sql java.naming jdk.crypto.ec jdk.unsupported; do
  [[ " $modules " == *" $module "* ]] || fail "runtime lacks module $module (has: $modules)"
done
ok "runtime modules: $modules"
if grep -qE '(^|/)(\.coach-desk|data|logs)/' "$work/contents.txt"; then
  fail "the package ships a data or log folder next to the binaries"
fi

rpms=("$out"/installers/*.rpm)
if [ ${#rpms[@]} -eq 1 ] && command -v rpm >/dev/null; then
  rpm -qpl "${rpms[0]}" 2>/dev/null > "$work/rpm-files.txt"
  for f in "/opt/coach-desk/bin/Coach Desk" "/opt/coach-desk/lib/Coach Desk.png" "${desktop#"$root"}"; do
    grep -qxF "$f" "$work/rpm-files.txt" || fail "the .rpm lacks $f"
  done
  rpm -qp --requires "${rpms[0]}" 2>/dev/null | grep -qx gtk3 || fail "the .rpm does not require gtk3"
  rpm -qp --scripts "${rpms[0]}" 2>/dev/null | grep -q "xdg-desktop-menu install" || fail "the .rpm does not register its desktop entry"
  ok "the .rpm has the same launcher, icon and desktop entry, requires gtk3"
fi

echo "== SQLite native library of the app image"
if command -v java >/dev/null; then
  cat > "$work/SqliteLoads.java" <<'EOF'
public class SqliteLoads {
    public static void main(String[] args) throws Exception {
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite::memory:");
             var r = c.createStatement().executeQuery("select sqlite_version()")) {
            r.next();
            System.out.println("sqlite " + r.getString(1));
        }
    }
}
EOF
  sqlite_jar=("$image"/lib/app/sqlite-jdbc-*.jar)
  version="$(java -cp "${sqlite_jar[0]}" "$work/SqliteLoads.java")" || fail "sqlite-jdbc of the app image cannot load its native library"
  ok "$version loads from ${sqlite_jar[0]##*/}"
else
  echo "  skip (no java on PATH)"
fi

echo "== headless launcher: coach-desk-sync --help, then --check against the stand-in"
sync_launcher="$image/bin/coach-desk-sync"
[ -x "$sync_launcher" ] || fail "no headless launcher at $sync_launcher (jpackage --add-launcher coach-desk-sync)"
[ -x "$opt/bin/coach-desk-sync" ] || fail "the .deb lacks /opt/coach-desk/bin/coach-desk-sync"
help="$(timeout 60 "$sync_launcher" --help 2>&1)" || fail "'coach-desk-sync --help' failed: $help"
[[ "$help" == *"Usage: coach-desk-sync"* && "$help" == *"--check"* ]] || fail "'coach-desk-sync --help' says: $help"
ok "coach-desk-sync --help (in the app image and the .deb)"
# The stand-in (test code: LocalSupabase over embedded PostgreSQL) runs from the build's test classes.
if [ -d target/test-classes ] && command -v java >/dev/null; then
  mvn -q -B -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$work/test-classpath.txt" >/dev/null \
    || fail "could not resolve the test class path for the stand-in (mvn dependency:build-classpath)"
  standin="$work/standin.properties"
  mkfifo "$work/standin.stdin"
  java -cp "target/test-classes:target/classes:$(cat "$work/test-classpath.txt")" \
    org.findinggood.coachdesk.testsupport.supabase.StandInServer "$standin" < "$work/standin.stdin" > "$work/standin.log" 2>&1 &
  standin_pid=$!
  exec 9> "$work/standin.stdin"   # closing fd 9 ends the stand-in
  for _ in $(seq 1 120); do [ -f "$standin" ] && break; kill -0 "$standin_pid" 2>/dev/null || break; sleep 1; done
  [ -f "$standin" ] || { cat "$work/standin.log" >&2; fail "the stand-in did not start"; }
  url="$(sed -n 's/^url=//p' "$standin")"
  key="$(sed -n 's/^publishable_key=//p' "$standin")"
  set +e
  check="$(HOME="$work/home" timeout 60 "$sync_launcher" --check --project "$url" --anon-key "$key" 2>"$work/check.err")"
  check_code=$?
  set -e
  exec 9>&-
  wait "$standin_pid" 2>/dev/null || true
  [ "$check_code" -eq 0 ] || { cat "$work/check.err" >&2; fail "'coach-desk-sync --check' exited $check_code: $check"; }
  [ "$(printf '%s\n' "$check" | grep -c '^ok ')" -eq 5 ] || fail "'coach-desk-sync --check' did not print five ok lines: $check"
  ok "coach-desk-sync --check against the stand-in:"
  printf '%s\n' "$check" | sed 's/^/         /'
else
  echo "  skip --check (no target/test-classes or no java on PATH)"
fi

echo "== app image under Xvfb: Coach Desk --smoke-test (timeout ${timeout_s}s)"
[ -x "$launcher" ] || fail "no launcher at $launcher"
package_version="$(sed -n 's/^Version: \(.*\)-[0-9]*$/\1/p' "$root/DEBIAN/control")"
app_version="$(timeout 60 "$launcher" --version 2>&1)" || fail "'Coach Desk --version' failed: $app_version"
[[ "$app_version" == *"$package_version"* ]] \
  || fail "'Coach Desk --version' says '$app_version', the package is $package_version"
ok "--version: $app_version"
command -v xvfb-run >/dev/null || fail "xvfb-run is missing: apt-get install xvfb"
mkdir -p "$work/home" "$work/xdg/data" "$work/xdg/config" "$work/xdg/state" "$work/xdg/cache" "$work/cwd"
touch "$work/before"
start=$(date +%s)
set +e
# started from an empty folder, so a file written relative to the working directory shows up too
(cd "$work/cwd" && HOME="$work/home" XDG_DATA_HOME="$work/xdg/data" XDG_CONFIG_HOME="$work/xdg/config" \
  XDG_STATE_HOME="$work/xdg/state" XDG_CACHE_HOME="$work/xdg/cache" \
  timeout --kill-after=10 "$timeout_s" \
  xvfb-run -a -s "-screen 0 1280x800x24" "$launcher" --smoke-test) > "$work/app.log" 2>&1
code=$?
set -e
elapsed=$(( $(date +%s) - start ))
if [ "$code" -eq 124 ] || [ "$code" -eq 137 ]; then
  cat "$work/app.log" >&2
  fail "the app did not exit within ${timeout_s}s"
fi
if [ "$code" -ne 0 ]; then
  cat "$work/app.log" >&2
  fail "the app exited with $code"
fi
if grep -q 'Exception in ' "$work/app.log"; then
  cat "$work/app.log" >&2
  fail "the app exited 0 but logged an uncaught exception"
fi
sed 's/^/  app: /' "$work/app.log"
grep -q 'Quick Prep, Map, Activities of one client rendered' "$work/app.log" \
  || fail "the app exited 0 but did not say that a client's three tabs rendered"
ok "exit 0 after ${elapsed}s: roster and one client's Quick Prep, Map and Activities rendered"
written="$(find "$image" -newer "$work/before" | head -5)"
[ -z "$written" ] || fail "the app wrote next to its binaries: $written"
ok "nothing written inside the app image"
[ -z "$(ls -A "$work/cwd")" ] || fail "the app wrote into its working directory: $(ls -A "$work/cwd")"
written="$(cd "$work" && find home xdg -type f | head -8 | tr '\n' ' ')"
ok "nothing written into the working directory; files under HOME/XDG: ${written:-none}"

echo "== class-data sharing (packaging/linux/cds-archive.sh, docs/packaging.md)"
cfg="$image/lib/app/Coach Desk.cfg"
grep -qxF 'java-options=-XX:SharedArchiveFile=$APPDIR/coach-desk.jsa' "$cfg" \
  || fail "the launcher's .cfg does not point -XX:SharedArchiveFile at \$APPDIR/coach-desk.jsa"
[ -s "$image/lib/app/coach-desk.jsa" ] || fail "the app image has no class-data archive lib/app/coach-desk.jsa"
grep -q '^\./opt/coach-desk/lib/app/coach-desk\.classlist$' <(awk '{print $NF}' "$work/contents.txt") \
  || fail "the .deb lacks the class list /opt/coach-desk/lib/app/coach-desk.classlist"
! grep -q 'coach-desk\.jsa' "$work/contents.txt" || fail "the .deb ships an archive made for another folder"
grep -q -- '-Xshare:dump -XX:SharedClassListFile=\\"/opt/coach-desk/lib/app/coach-desk.classlist\\"' "$root/DEBIAN/postinst" \
  || fail "postinst does not make the archive in /opt/coach-desk"
grep -qF 'rm -f "/opt/coach-desk/lib/app/coach-desk.jsa"' "$root/DEBIAN/prerm" || fail "prerm does not remove the archive"
ok "launcher maps \$APPDIR/coach-desk.jsa; the .deb ships the class list, postinst makes the archive, prerm removes it"
# cds_run NAME LAUNCHER [JVM options]: --smoke-test under Xvfb, classes loaded logged to $work/NAME-classes.txt
cds_run() {
  local name="$1" app="$2"
  shift 2
  mkdir -p "$work/$name/home"
  set +e
  (cd "$work/$name" && HOME="$work/$name/home" XDG_DATA_HOME="$work/$name/home/data" \
    XDG_CONFIG_HOME="$work/$name/home/config" XDG_STATE_HOME="$work/$name/home/state" \
    XDG_CACHE_HOME="$work/$name/home/cache" \
    JAVA_TOOL_OPTIONS="$* -Xlog:class+load=info:file=$work/$name-classes.txt" \
    timeout --kill-after=10 "$timeout_s" xvfb-run -a -s "-screen 0 1280x800x24" "$app" --smoke-test) > "$work/$name.log" 2>&1
  local code=$?
  set -e
  [ "$code" -eq 0 ] || { cat "$work/$name.log" >&2; fail "$name: the app exited with $code"; }
}
# app classes the run took from the archive, out of all app classes it loaded
shared() { echo "$(grep -c 'org\.findinggood\.coachdesk\..* source: shared objects file' "$work/$1-classes.txt") of $(grep -c ' org\.findinggood\.coachdesk\.' "$work/$1-classes.txt")"; }
cds_run image "$launcher" -Xshare:on
all_shared="$(grep -c 'source: shared objects file' "$work/image-classes.txt")"
[ "$all_shared" -gt 1000 ] || fail "the app image's start took only $all_shared classes from its archive"
# JDK 17 archives no class of a jar whose path has a space (".../image/Coach Desk/lib/app"): here only
# the JDK's classes are shared; installed under /opt/coach-desk (below) the app's are too.
ok "app image, -Xshare:on: exit 0, $all_shared classes from the archive (app classes: $(shared image))"
# The unpacked .deb is the image in another folder, as after an install. An archive made elsewhere
# (copied from the image) and no archive at all must both leave the app starting, only unshared.
installed="$opt/bin/Coach Desk"
cds_run moved-none "$installed"
cp "$image/lib/app/coach-desk.jsa" "$opt/lib/app/coach-desk.jsa"
cds_run moved-stale "$installed"
[ "$(shared moved-stale | cut -d' ' -f1)" = 0 ] || fail "an archive made for another folder was mapped: $(shared moved-stale)"
ok "installed elsewhere, archive missing or made for the image's folder: exit 0, unshared ($(shared moved-stale))"
# postinst's own lines, pointed at the unpacked folder instead of /opt/coach-desk
rm -f "$opt/lib/app/coach-desk.jsa"
dump="$(sed -n '/-Xshare:dump/,/|| echo/p' "$root/DEBIAN/postinst" | sed "s|/opt/coach-desk|$opt|g")"
sh -c "$dump"
[ -s "$opt/lib/app/coach-desk.jsa" ] || fail "postinst's dump made no archive"
cds_run installed "$installed" -Xshare:on
case "$(shared installed)" in 0\ *) fail "after postinst's dump the start took no app class from the archive" ;; esac
ok "installed elsewhere after postinst's dump, -Xshare:on: exit 0, app classes from the archive: $(shared installed)"
# the first client opened after a start: its three tabs, with the archive against without (one run each: a hint, not a benchmark)
tabs_ms() { sed -n 's/.*of one client rendered in \([0-9]*\) ms.*/\1/p' "$work/$1.log"; }
ok "a client's three tabs after start: $(tabs_ms installed) ms with the archive, $(tabs_ms moved-none) ms without"

echo "== sizes"
du -sh --exclude=coach-desk.jsa "$image" | sed 's/^/  app image  /;s/$/ (as the installers ship it: without the class-data archive)/'
du -h "$opt/lib/app/coach-desk.jsa" | sed 's/^/  class-data archive made by postinst  /'
for f in "$out"/installers/*; do du -h "$f" | sed 's/^/  installer  /'; done
echo "smoke test passed"
