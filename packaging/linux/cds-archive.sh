#!/usr/bin/env bash
# Class-data sharing (AppCDS) for the Linux app image, run by `mvn -Ppackage package` (docs/packaging.md).
#   classlist IMAGE   one training start of the image's own launcher (--smoke-test under Xvfb: demo
#                     workspace, roster and one client's three tabs rendered, exit 0) writes the classes it loaded to
#                     IMAGE/lib/app/coach-desk.classlist (names only: it holds for any install folder);
#   archive IMAGE     dumps IMAGE/lib/app/coach-desk.jsa from that list (no display, a few seconds),
#                     JDK and app classes in one static archive, for the image where it lies now.
# The launcher's .cfg points -XX:SharedArchiveFile at $APPDIR/coach-desk.jsa. JDK 17 maps an archive
# only while every jar is at the path it had at dump time, so the .deb ships the list without the
# archive and its postinst runs the same dump in /opt/coach-desk; a missing or unusable archive is
# ignored (default -Xshare:auto) and the app starts without it.
set -euo pipefail
mode="${1:?usage: cds-archive.sh classlist|archive IMAGE}"
image="${2:?usage: cds-archive.sh classlist|archive IMAGE}"
launcher="$image/bin/Coach Desk"
list="$image/lib/app/coach-desk.classlist"
[ -x "$launcher" ] || { echo "cds-archive: no launcher at $launcher" >&2; exit 1; }

case "$mode" in
  classlist)
    work="$(mktemp -d)"
    trap 'rm -rf "$work"' EXIT
    display=()
    if [ -z "${DISPLAY:-}" ]; then
      command -v xvfb-run >/dev/null || { echo "cds-archive: the training start needs a display: install xvfb (xvfb-run) or set DISPLAY" >&2; exit 1; }
      display=(xvfb-run -a -s "-screen 0 1280x800x24")
    fi
    mkdir -p "$work/home"
    # The smoke test keeps its data in a temp folder of its own; HOME/XDG keep logs and settings out of the user's.
    if ! (cd "$work" && HOME="$work/home" XDG_DATA_HOME="$work/home/data" XDG_CONFIG_HOME="$work/home/config" \
        XDG_STATE_HOME="$work/home/state" XDG_CACHE_HOME="$work/home/cache" \
        JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=\"$list\"" \
        timeout --kill-after=10 180 "${display[@]}" "$launcher" --smoke-test) > "$work/training.log" 2>&1; then
      cat "$work/training.log" >&2
      echo "cds-archive: the training start (--smoke-test) failed" >&2
      exit 1
    fi
    echo "cds-archive: $(grep -vc '^#' "$list") classes listed by a training start -> $list"
    ;;
  archive)
    [ -s "$list" ] || { echo "cds-archive: no class list at $list; run: cds-archive.sh classlist $image" >&2; exit 1; }
    # the .cfg's -XX:SharedArchiveFile names the output; the dump's warnings (JFR and proxy classes it skips) are noise
    log="$(mktemp)"
    trap 'rm -f "$log"' EXIT
    if ! JAVA_TOOL_OPTIONS="-Xshare:dump -XX:SharedClassListFile=\"$list\"" "$launcher" > "$log" 2>&1; then
      cat "$log" >&2
      echo "cds-archive: the dump failed" >&2
      exit 1
    fi
    echo "cds-archive: $(du -h "$image/lib/app/coach-desk.jsa" | cut -f1) archive -> $image/lib/app/coach-desk.jsa"
    ;;
  *) echo "usage: cds-archive.sh classlist|archive IMAGE" >&2; exit 2 ;;
esac
