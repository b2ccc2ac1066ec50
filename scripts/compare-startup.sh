#!/usr/bin/env bash
# Time to the window: the atlas jar against a bare JavaFX window with one Label (src/test/java/atlas/bench/
# BareWindow.java), both started the same way (same JVM, same flags, the same jar on the class path) on
# the same X display (Xvfb), one after the other, alternating which goes first (issue 8).
#
#   scripts/compare-startup.sh [--runs N]        (default 5)
#
# Each run starts a fresh JVM with -Datlas.startupProbe=true and waits for the line the app prints:
#   startup-ms: N       when its stage is shown (N = ms since the JVM started, from the RuntimeMXBean)
#   first-frame-ms: N   (the atlas only) at the first pulse whose map frame is drawn
# then ends that process. The atlas runs with a fresh settings file, so both open at 1400x900.
# Prints the medians and the median of the per-run ratios as a Markdown table. Needs Xvfb and GTK 3
# (Debian/Ubuntu: apt-get install -y xvfb libgtk-3-0); installs nothing; builds the jar if it is missing;
# removes its temporary files; exits non-zero if anything fails. ATLAS_JAR=path measures another jar.
# ATLAS_LAUNCHER=target/installer/image/belarus-china-atlas/bin/belarus-china-atlas measures the packaged
# program instead: the atlas through its launcher (the probe flags through JAVA_TOOL_OPTIONS) against the bare
# window run by the same packaged runtime with the launcher's own java-options and class path.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"
JAR=${ATLAS_JAR:-target/belarus-china-atlas.jar}   # ATLAS_JAR=... measures another build
WAIT_S=90
die() { echo "compare-startup: $*" >&2; exit 1; }

if [ "${1:-}" != "--inside-xvfb" ]; then
  runs=5
  while [ $# -gt 0 ]; do
    case "$1" in
      --runs) runs=$2; shift ;;
      -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
      *) echo "compare-startup: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
    shift
  done
  missing=""
  command -v xvfb-run >/dev/null || missing="xvfb"
  ldconfig -p 2>/dev/null | grep 'libgtk-3\.so\.0' >/dev/null || missing="$missing libgtk-3-0"  # no grep -q: with pipefail its early exit fails the pipe
  if [ -n "$missing" ]; then
    echo "compare-startup: needs an X display: install$missing (Debian/Ubuntu: apt-get install -y xvfb libgtk-3-0) and run this again." >&2
    exit 2
  fi
  command -v java >/dev/null && command -v javac >/dev/null || die "java and javac (a JDK 17 or newer) must be on the PATH"
  if [ ! -f "$JAR" ] && [ -z "${ATLAS_JAR:-}" ]; then
    echo "compare-startup: $JAR is missing; building it (mvn -B -q -DskipTests package)" >&2
    mvn -B -q -DskipTests package >&2 || die "the build failed"
  fi
  [ -f "$JAR" ] || die "$JAR does not exist"
  tmp=$(mktemp -d "${TMPDIR:-/tmp}/compare-startup.XXXXXX")
  trap 'rm -rf "$tmp"' EXIT
  javac -d "$tmp/bare" -cp "$JAR" src/test/java/atlas/bench/BareWindow.java || die "cannot compile BareWindow"
  COMPARE_TMP="$tmp" xvfb-run -a -s "-screen 0 1600x1000x24" "$0" --inside-xvfb "$runs"
  exit $?
fi

# Inside Xvfb from here on.
runs=$2
tmp=$COMPARE_TMP
child=""
trap '[ -n "$child" ] && kill "$child" 2>/dev/null; true' EXIT
FLAGS=(-Datlas.startupProbe=true "-Datlas.settings=$tmp/settings.properties")

# start_one NAME: starts the app, waits for its probe line(s), ends it; appends "startup first_frame" to $tmp/NAME.txt.
start_one() {
  local name=$1 log="$tmp/$1.log"
  rm -f "$tmp/settings.properties"
  : >"$log"   # empty it now: the background job's own redirection may come after the first grep below
  if [ -n "${ATLAS_LAUNCHER:-}" ]; then
    local app runtime
    app=$(cd "$(dirname "$ATLAS_LAUNCHER")/../lib/app" && pwd)
    runtime=$(cd "$(dirname "$ATLAS_LAUNCHER")/../lib/runtime" && pwd)
    if [ "$name" = atlas ]; then
      env JAVA_TOOL_OPTIONS="${FLAGS[*]}" "$ATLAS_LAUNCHER" >"$log" 2>&1 &
    else
      # The launcher's java-options, as its .cfg lists them (one per line), and its class path.
      mapfile -t opts < <(sed -n 's/^java-options=//p' "$app/$(basename "$ATLAS_LAUNCHER").cfg")
      "$runtime/bin/java" "${opts[@]}" "${FLAGS[@]}" -cp "$app/*:$tmp/bare" atlas.bench.BareWindow >"$log" 2>&1 &
    fi
  elif [ "$name" = atlas ]; then
    java "${FLAGS[@]}" -jar "$JAR" >"$log" 2>&1 &
  else
    java "${FLAGS[@]}" -cp "$JAR:$tmp/bare" atlas.bench.BareWindow >"$log" 2>&1 &
  fi
  child=$!
  local want=startup-ms
  [ "$name" = atlas ] && want=first-frame-ms
  local waited=0
  until grep -q "^$want: " "$log"; do
    if ! kill -0 "$child" 2>/dev/null; then tail -n 20 "$log" >&2; die "$name exited before printing '$want'"; fi
    [ "$waited" -ge $((WAIT_S * 10)) ] && { kill "$child"; tail -n 20 "$log" >&2; die "$name printed no '$want' within $WAIT_S s"; }
    sleep 0.1
    waited=$((waited + 1))
  done
  kill "$child" 2>/dev/null || true
  wait "$child" 2>/dev/null || true
  child=""
  local shown first
  shown=$(sed -n 's/^startup-ms: //p' "$log" | head -n 1)
  first=$(sed -n 's/^first-frame-ms: //p' "$log" | head -n 1)
  [ -n "$shown" ] || die "$name printed no startup-ms"
  echo "$shown ${first:-0}" >>"$tmp/$name.txt"
}
# The median; of an even count, the mean of the middle two (in milliseconds whole, ratios to 4 places).
median() { sort -g | awk -v f="${1:-%.0f}" '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf f "\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

started=$(date -u '+%Y-%m-%d %H:%M UTC')
load_start=$(cut -d' ' -f1-3 /proc/loadavg)
java_version=$(java -version 2>&1 | head -n 1)
echo "compare-startup: $started, $(nproc) cores, $java_version, display $DISPLAY (Xvfb), $runs runs, load at start $load_start" >&2
: >"$tmp/atlas.txt"
: >"$tmp/bare.txt"
# One unmeasured start of each first, so both find the jar and the JDK's files in the page cache.
start_one atlas; start_one bare; : >"$tmp/atlas.txt"; : >"$tmp/bare.txt"
for r in $(seq 1 "$runs"); do
  if [ $((r % 2)) = 1 ]; then start_one atlas; start_one bare; else start_one bare; start_one atlas; fi
  echo "  run $r: atlas shown $(tail -n 1 "$tmp/atlas.txt" | cut -d' ' -f1) ms, map drawn $(tail -n 1 "$tmp/atlas.txt" | cut -d' ' -f2) ms; bare window shown $(tail -n 1 "$tmp/bare.txt" | cut -d' ' -f1) ms; load $(cut -d' ' -f1 /proc/loadavg)" >&2
done
as=$(cut -d' ' -f1 "$tmp/atlas.txt" | median)
af=$(cut -d' ' -f2 "$tmp/atlas.txt" | median)
bs=$(cut -d' ' -f1 "$tmp/bare.txt" | median)
ratio=$(paste -d' ' "$tmp/atlas.txt" "$tmp/bare.txt" | awk '{ printf "%.4f\n", $1 / $3 }' | median %.4f)
ratio_first=$(paste -d' ' "$tmp/atlas.txt" "$tmp/bare.txt" | awk '{ printf "%.4f\n", $2 / $3 }' | median %.4f)
echo
echo "Time from JVM start, Xvfb 1600x1000x24, medians of $runs runs; $(nproc) cores; $started; load at start $load_start, at end $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| what | median | ratio to the bare window (median of per-run ratios) |"
echo "|---|---|---|"
echo "| bare JavaFX window, one Label: stage shown | $bs ms | 1 |"
how='`java -jar`'
[ -n "${ATLAS_LAUNCHER:-}" ] && how='the packaged launcher'
echo "| atlas ($how): stage shown | $as ms | $(printf '%.2f' "$ratio") |"
echo "| atlas: first map frame drawn | $af ms | $(printf '%.2f' "$ratio_first") |"
