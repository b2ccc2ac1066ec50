#!/usr/bin/env bash
# Rebuilds the Natural Earth country files under geodata/ from the npm registry.
# Needs Node.js, npm and Maven. The versions are pinned so the output is reproducible.
#   1. npm: world-atlas 2.0.2 (Natural Earth 1:50m and 1:10m, TopoJSON) -> raw GeoJSON (scripts/build-geodata.mjs)
#   2. Java/JTS: clip to the atlas region, repair, RFC 7946 winding, 5 decimals (atlas.geo.GeodataTool)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
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
cd "$here"
mvn -B -q -DskipTests compile exec:java -Dexec.mainClass=atlas.geo.GeodataTool -Dexec.args="$work/raw $here/geodata"
