#!/usr/bin/env bash
# Renders assets/icons/atlas.svg to the PNG sizes desktops and installers ask for (16–512 px).
# Needs rsvg-convert (Debian: apt-get install librsvg2-bin). The PNGs are committed; run this after editing the SVG.
set -euo pipefail
cd "$(dirname "$0")/../assets/icons"
for s in 16 24 32 48 64 128 256 512; do
  rsvg-convert -w "$s" -h "$s" atlas.svg -o "atlas-$s.png"
done
ls -l atlas-*.png
