#!/usr/bin/env bash
# Rebuilds the Natural Earth country files under geodata/ from the npm registry, then the EU border
# derived from them. Needs Node.js, npm and Maven. The versions are pinned so the output is reproducible.
#   1. npm: world-atlas 2.0.2 (Natural Earth 1:50m and 1:10m, TopoJSON) -> raw GeoJSON (scripts/build-geodata.mjs)
#   2. Java/JTS: clip to the atlas region, repair, RFC 7946 winding, 5 decimals (atlas.geo.GeodataTool)
#   3. Java/JTS: the EU's external border for every membership epoch in geodata/eu-membership.csv,
#      one feature per member-neighbour segment per epoch -> geodata/eu-border-{50m,10m}.geojson
#
#   scripts/build-geodata.sh                 all three steps
#   scripts/build-geodata.sh --border-only   step 3 only (after editing eu-membership.csv; needs Maven only)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"
if [ "${1:-}" = "--border-only" ]; then
  mvn -B -q -DskipTests compile exec:java -Dexec.mainClass=atlas.geo.GeodataTool -Dexec.args="--border-only $here/geodata"
  exit 0
elif [ $# -gt 0 ]; then
  echo "usage: $0 [--border-only]" >&2
  exit 2
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/raw"
(
  cd "$work"
  npm init -y >/dev/null
  npm install --no-save --no-audit --no-fund world-atlas@2.0.2 topojson-client@3.1.0 i18n-iso-countries@7.14.0 >/dev/null
  cp "$here/scripts/build-geodata.mjs" "$work/"
  node "$work/build-geodata.mjs" "$work/raw"
)
mvn -B -q -DskipTests compile exec:java -Dexec.mainClass=atlas.geo.GeodataTool -Dexec.args="$work/raw $here/geodata"
