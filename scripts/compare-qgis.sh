#!/usr/bin/env bash
# Whole-process render time and peak memory of the atlas against QGIS (PyQGIS, headless) on the same
# synthetic story file of dated points, the same Natural Earth 1:50m countries, 1600x1000, one year's
# window (issue 8). Installs nothing; says so and stops if QGIS is missing.
#
#   scripts/compare-qgis.sh [--atlas-only] [--runs R] [--sizes "100000 1000000"]
#
# For each size: writes the points file (scripts/gen_story_points.py, deterministic), then R times runs,
# one after the other (alternating which goes first), each as a whole process under /usr/bin/time -v:
#   java -jar target/belarus-china-atlas.jar render --data FILE --no-story --from 2015-01-01 --to 2015-12-31 --out atlas.png --size 1600x1000
#   QT_QPA_PLATFORM=offscreen /usr/bin/python3 scripts/qgis_render.py geodata/countries-50m.geojson FILE 2015-01-01 2015-12-31 qgis.png 1600x1000
# and prints the medians (wall time, peak RSS) and the ratios QGIS/atlas of the same run as a Markdown
# table. Builds the jar if it is missing (ATLAS_JAR=path measures another jar; ATLAS_CMD=command measures
# another way of starting the atlas, e.g. the installed batch launcher:
#   ATLAS_CMD=target/installer/image/belarus-china-atlas/bin/belarus-china-atlas-cli scripts/compare-qgis.sh
# ); removes its temporary files; exits non-zero if anything fails.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"

runs=3
sizes="100000 1000000"
atlas_only=0
while [ $# -gt 0 ]; do
  case "$1" in
    --atlas-only) atlas_only=1 ;;
    --runs) runs=$2; shift ;;
    --sizes) sizes=$2; shift ;;
    -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
    *) echo "compare-qgis: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done
FROM=2015-01-01
TO=2015-12-31
SIZE=1600x1000
JAR=${ATLAS_JAR:-target/belarus-china-atlas.jar}   # ATLAS_JAR=... measures another build
ATLAS=${ATLAS_CMD:-java -jar $JAR}                  # ATLAS_CMD=... measures another launcher
QGIS_PYTHON=${QGIS_PYTHON:-/usr/bin/python3}   # the Python that has PyQGIS (Debian: the system one)

die() { echo "compare-qgis: $*" >&2; exit 1; }
[ -x /usr/bin/time ] || die "/usr/bin/time is missing (it measures peak memory): apt-get install -y time"
command -v java >/dev/null || die "java is not on the PATH (a JDK 17 or newer is needed)"
command -v python3 >/dev/null || die "python3 is missing (it writes the synthetic points)"

qgis_version=""
if [ -x "$QGIS_PYTHON" ] && qgis_version=$(QT_QPA_PLATFORM=offscreen "$QGIS_PYTHON" -c 'from qgis.core import Qgis; print(Qgis.QGIS_VERSION)' 2>/dev/null); then
  :
else
  qgis_version=""
  echo "compare-qgis: QGIS is not installed here: $QGIS_PYTHON cannot import qgis.core." >&2
  echo "              Install it (Debian/Ubuntu: apt-get install -y qgis python3-qgis) and run this again," >&2
  if [ "$atlas_only" = 0 ]; then
    echo "              or pass --atlas-only to measure the atlas alone." >&2
    exit 2
  fi
  echo "              Measuring the atlas alone (--atlas-only)." >&2
fi
[ "$atlas_only" = 1 ] && qgis_version=""

if [ ! -f "$JAR" ] && [ -z "${ATLAS_JAR:-}" ]; then
  echo "compare-qgis: $JAR is missing; building it (mvn -B -q -DskipTests package)" >&2
  mvn -B -q -DskipTests package >&2 || die "the build failed"
fi
[ -f "$JAR" ] || die "$JAR does not exist"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/compare-qgis.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
mkdir -m 700 "$tmp/xdg"

# measure NAME PNG COMMAND...: runs COMMAND under /usr/bin/time -v, prints "seconds peak_MB", checks the PNG.
measure() {
  local name=$1 png=$2; shift 2
  rm -f "$png"
  if ! /usr/bin/time -v -o "$tmp/time.txt" "$@" >"$tmp/$name.log" 2>&1; then
    tail -n 20 "$tmp/$name.log" >&2
    die "$name failed: $*"
  fi
  [ -s "$png" ] || { tail -n 20 "$tmp/$name.log" >&2; die "$name wrote no picture ($png)"; }
  awk -F': ' '
    /Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; wall = s }
    /Maximum resident set size/ { rss = $2 / 1024 }
    END { printf "%.2f %.0f\n", wall, rss }' "$tmp/time.txt"
}
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf (b > 0 ? "%.2f" : "n/a"), a / b }'; }

java_version=$(java -version 2>&1 | head -n 1)
started=$(date -u '+%Y-%m-%d %H:%M UTC')
load_start=$(cut -d' ' -f1-3 /proc/loadavg)
echo "compare-qgis: $started, $(nproc) cores, $java_version, QGIS ${qgis_version:-not measured}, $runs runs, load at start $load_start" >&2

rows=()
for n in $sizes; do
  points="$tmp/points-$n.geojson"
  python3 scripts/gen_story_points.py "$n" "$points"
  in_window=$(grep -c "\"start\":\"2015-" "$points" || true)
  : >"$tmp/atlas-$n.txt"
  : >"$tmp/qgis-$n.txt"
  for r in $(seq 1 "$runs"); do
    atlas() {
      measure atlas "$tmp/atlas.png" $ATLAS render --data "$points" --no-story --from "$FROM" --to "$TO" --out "$tmp/atlas.png" --size "$SIZE" >>"$tmp/atlas-$n.txt"
    }
    qgis() {
      measure qgis "$tmp/qgis.png" env XDG_RUNTIME_DIR="$tmp/xdg" QT_QPA_PLATFORM=offscreen \
        "$QGIS_PYTHON" scripts/qgis_render.py geodata/countries-50m.geojson "$points" "$FROM" "$TO" "$tmp/qgis.png" "$SIZE" >>"$tmp/qgis-$n.txt"
    }
    if [ -z "$qgis_version" ]; then atlas
    elif [ $((r % 2)) = 1 ]; then atlas; qgis
    else qgis; atlas
    fi
    drawn=""
    if [ -n "$qgis_version" ]; then
      drawn=$(sed -n 's/^qgis_render: \([0-9]*\) points.*/\1/p' "$tmp/qgis.log")
      [ "$drawn" = "$in_window" ] || die "QGIS kept ${drawn:-no} points of the window, the file has $in_window: the two programs do not draw the same thing"
    fi
    echo "  $n items, run $r: atlas $(tail -n 1 "$tmp/atlas-$n.txt" | awk '{ printf "%s s, %s MB", $1, $2 }')$([ -n "$qgis_version" ] && tail -n 1 "$tmp/qgis-$n.txt" | awk -v d="$drawn" '{ printf "; QGIS %s s, %s MB (%s points drawn)", $1, $2, d }'); load $(cut -d' ' -f1 /proc/loadavg)" >&2
  done
  at=$(awk '{ print $1 }' "$tmp/atlas-$n.txt" | median); am=$(awk '{ print $2 }' "$tmp/atlas-$n.txt" | median)
  if [ -n "$qgis_version" ]; then
    qt=$(awk '{ print $1 }' "$tmp/qgis-$n.txt" | median); qm=$(awk '{ print $2 }' "$tmp/qgis-$n.txt" | median)
    # Ratio per run (same conditions), then the median of the ratios.
    rt=$(paste -d' ' "$tmp/qgis-$n.txt" "$tmp/atlas-$n.txt" | awk '{ printf "%.4f\n", $1 / $3 }' | median)
    rs=$(paste -d' ' "$tmp/qgis-$n.txt" "$tmp/atlas-$n.txt" | awk '{ printf "%.4f\n", $2 / $4 }' | median)
    rows+=("| $(printf "%'d" "$n") | $(printf "%'d" "$in_window") | $at s | $am MB | $qt s | $qm MB | $(printf '%.2f' "$rt") | $(printf '%.2f' "$rs") |")
  else
    rows+=("| $(printf "%'d" "$n") | $(printf "%'d" "$in_window") | $at s | $am MB | – | – | – | – |")
  fi
  rm -f "$points"
done

echo
echo "Whole-process render, $SIZE, window $FROM – $TO; medians of $runs runs; $(nproc) cores; $started; load at start $load_start, at end $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| items in file | in the window | atlas wall | atlas peak RSS | QGIS ${qgis_version:+$qgis_version }wall | QGIS peak RSS | wall QGIS/atlas | RSS QGIS/atlas |"
echo "|---|---|---|---|---|---|---|---|"
printf '%s\n' "${rows[@]}"
