// Reproduces geodata/countries-50m.geojson and geodata/countries-10m.geojson from the
// npm package world-atlas 2.0.2 (Natural Earth, public domain). Run through scripts/build-geodata.sh.
//
// Steps here: TopoJSON -> GeoJSON (topojson-client), keep the countries that reach into the atlas
// region, drop polygon parts wholly outside it, give every country its ISO 3166-1 alpha-3 code.
// The Java step (atlas.geo.GeodataTool) then clips to the region, repairs invalid polygons with JTS,
// rewinds rings to the RFC 7946 right-hand rule and writes 5 decimals.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const topojson = require('topojson-client');
const iso = require('i18n-iso-countries');

const REGION = { west: -15, east: 150, south: 5, north: 72 };
// Natural Earth units that have no ISO 3166 numeric code: their Natural Earth ADM0_A3 codes.
const NO_ISO = {
  'Kosovo': 'KOS', 'N. Cyprus': 'CYN', 'Somaliland': 'SOL', 'Siachen Glacier': 'KAS',
  'Baikonur': 'KAB', 'Dhekelia': 'ESB', 'Akrotiri': 'WSB', 'Cyprus U.N. Buffer Zone': 'CNM',
};
const outDir = process.argv[2];

function bboxOfRing(ring) {
  let w = Infinity, e = -Infinity, s = Infinity, n = -Infinity;
  for (const [x, y] of ring) { w = Math.min(w, x); e = Math.max(e, x); s = Math.min(s, y); n = Math.max(n, y); }
  return { w, e, s, n };
}
// TopoJSON from world-atlas is spherical: a ring may jump across the antimeridian (Russia's Chukotka).
// In planar lon/lat that ring would wrap the whole globe, so put its western longitudes past 180°;
// the clip to the region then drops that part.
function unwrap(ring) {
  let jumps = false;
  for (let i = 1; i < ring.length; i++) if (Math.abs(ring[i][0] - ring[i - 1][0]) > 180) jumps = true;
  return jumps ? ring.map(([x, y]) => [x < 0 ? x + 360 : x, y]) : ring;
}
function inRegion(b) {
  return b.e >= REGION.west && b.w <= REGION.east && b.n >= REGION.south && b.s <= REGION.north;
}

function build(level) {
  const topo = require(`world-atlas/countries-${level}.json`);
  const fc = topojson.feature(topo, topo.objects.countries);
  const byCode = new Map();
  for (const f of fc.features) {
    const name = f.properties.name;
    const code = f.id ? iso.numericToAlpha3(f.id) : NO_ISO[name];
    if (!code || !f.geometry) continue;
    const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    const kept = polys.map(p => p.map(unwrap)).filter(p => inRegion(bboxOfRing(p[0])));
    if (kept.length === 0) continue;
    const prev = byCode.get(code);
    if (prev) { prev.polys.push(...kept); continue; }
    byCode.set(code, { code, name, numeric: f.id ?? null, polys: kept });
  }
  const features = [...byCode.values()].sort((a, b) => a.code.localeCompare(b.code)).map(c => ({
    type: 'Feature',
    id: c.code,
    properties: { iso3: c.code, name: c.name, iso_numeric: c.numeric, source: `Natural Earth ${level} via world-atlas 2.0.2` },
    geometry: c.polys.length === 1 ? { type: 'Polygon', coordinates: c.polys[0] } : { type: 'MultiPolygon', coordinates: c.polys },
  }));
  const out = { type: 'FeatureCollection', name: `countries-${level}`, features };
  // One feature a line keeps the file diffable and readable.
  const text = '{"type":"FeatureCollection","name":"countries-' + level + '","features":[\n'
    + features.map(f => JSON.stringify(f)).join(',\n') + '\n]}\n';
  fs.writeFileSync(path.join(outDir, `countries-${level}.geojson`), text);
  console.log(`countries-${level}: ${features.length} countries`);
}
build('50m');
build('10m');
