#!/usr/bin/env bash
# Records the JDK and JavaFX classes a window start of the atlas loads into packaging/window.classlist,
# which the installer adds to the class-data-sharing archive of its runtime (the render the build runs
# at package time loads none of the window's controls, skins and stylesheet code).
#
#   scripts/record-window-classlist.sh          (needs Xvfb and GTK 3: apt-get install -y xvfb libgtk-3-0)
#
# Starts the jar once under Xvfb with -XX:DumpLoadedClassList, waits for the map's first frame (the
# start-up probe's line), closes it, and keeps the class names that are not the atlas's own. Run it
# again after a JavaFX or JDK upgrade; a stale list only archives fewer classes (dumping skips names it
# cannot find).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"
JAR=target/belarus-china-atlas.jar
if [ "${1:-}" != "--inside-xvfb" ]; then
  command -v xvfb-run >/dev/null || { echo "record-window-classlist: needs xvfb-run (apt-get install -y xvfb libgtk-3-0)" >&2; exit 2; }
  [ -f "$JAR" ] || mvn -B -q -DskipTests package
  exec xvfb-run -a -s "-screen 0 1600x1000x24" "$0" --inside-xvfb
fi
tmp=$(mktemp -d "${TMPDIR:-/tmp}/classlist.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
java "-XX:DumpLoadedClassList=$tmp/all.classlist" -Datlas.startupProbe=true "-Datlas.settings=$tmp/settings.properties" -jar "$JAR" > "$tmp/out.txt" 2>&1 &
pid=$!
for _ in $(seq 1 600); do
  grep first-frame-ms "$tmp/out.txt" >/dev/null && break
  sleep 0.1
done
grep first-frame-ms "$tmp/out.txt" >/dev/null || { kill "$pid"; echo "record-window-classlist: the window did not draw its map in 60 s" >&2; exit 1; }
sleep 2   # the first frames' rendering
kill "$pid"; wait "$pid" 2>/dev/null || true
{
  echo "# Classes a window start of the atlas loads (JDK and JavaFX; the atlas's own are left out), recorded by"
  echo "# scripts/record-window-classlist.sh; the installer adds them to the runtime's class-data-sharing archive."
  grep -v '^#' "$tmp/all.classlist" | grep -v 'atlas/\|atlas\.\|^@lambda-proxy'
} > packaging/window.classlist
echo "record-window-classlist: $(grep -vc '^#' packaging/window.classlist) lines in packaging/window.classlist"
