#!/usr/bin/env bash
# Regenerates the class list the launcher preloads (app/StartupClasses) from one real start of the
# demo workspace to its rendered roster (headless Monocle, as the cold-start benchmark runs):
# the non-JDK-archived classes the JavaFX threads and the launcher's main thread loaded, in order.
# Run it after changing what the main window builds at start; commit the list it writes.
set -euo pipefail
cd "$(dirname "$0")/.."
list=src/main/resources/org/findinggood/coachdesk/app/startup-classes.txt
mvn -o -q -B test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/startup-cp.txt
cp="target/classes:target/test-classes:$(cat target/startup-cp.txt)"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

start() { # start LOGFILE: one start to the rendered roster, logging class loads
  local marker="$work/marker-$RANDOM"
  java -Dcoachdesk.preload=none -Xlog:class+load=info:file="$1":uptime,tid \
    -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw \
    -Dcoachdesk.home="$work/home" -Dcoachdesk.rosterShownMarker="$marker" -Dcoachdesk.suiteLog="$work/child.log" \
    -cp "$cp" org.findinggood.coachdesk.app.Launcher --demo >"$work/out.txt" 2>&1 &
  local pid=$!
  for _ in $(seq 1 1200); do [ -f "$marker" ] && break; sleep 0.1; done
  [ -f "$marker" ] || { cat "$work/out.txt"; echo "no roster within 2 minutes" >&2; exit 1; }
  kill "$pid"; wait "$pid" || true
}
start "$work/first.log"   # generates the demo workspace
start "$work/classes.log" # a start like every later one

log="$work/classes.log"
tid() { grep -m1 " $1 source" "$log" | sed 's/^\[[^]]*\]\[\([0-9]*\)\].*/\1/'; }
# The demo's and logging's threads load their own classes beside the FX thread, and so does the
# settings thread Jackson's: leave those out.
others="$(tid org.findinggood.coachdesk.store.CacheOpener)|$(tid ch.qos.logback.classic.LoggerContext)"
{
  echo "# Classes a start to the roster loads, in order; made by packaging/update-startup-classes.sh"
  grep -v "shared objects file" "$log" | grep -E "source: (file:|jrt:/)" \
    | grep -vE '\$\$Lambda|/0x|LambdaForm|jdk\.proxy' | grep -vE "\]\[($others)\]" \
    | awk '{print $2}' \
    | grep -vE '^(picocli|ch\.qos|org\.slf4j|com\.fasterxml|org\.findinggood\.coachdesk\.bench\.|org\.findinggood\.coachdesk\.app\.(Launcher|StartupClasses|HeadStart))'
} >"$list"
echo "$(($(wc -l <"$list") - 1)) classes in $list"
