#!/usr/bin/env node
// Convert world-atlas countries-110m.json (TopoJSON) to a GeoJSON FeatureCollection
// whose feature properties.name is the ISO 3166-1 alpha-3 code (for ECharts registerMap).
//
// Usage (from a directory where `topojson-client` is installed, e.g. npm i topojson-client@3.1.0):
//   node make-world-geojson.mjs <world-atlas-package-dir> <iso3166_regions.csv> [out.geo.json]
// Default output: src/main/resources/static/vendor/world-atlas/countries-110m-iso3.geo.json
// Unmatched features are reported on stderr.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const [pkgDir, csvPath, outArg] = process.argv.slice(2);
if (!pkgDir || !csvPath) {
  console.error('usage: node make-world-geojson.mjs <world-atlas-dir> <iso3166_regions.csv> [out]');
  process.exit(2);
}
// Resolve topojson-client from the current working directory (not from the project).
const require = createRequire(path.join(process.cwd(), 'noop.js'));
const { feature } = require('topojson-client');

const here = path.dirname(fileURLToPath(import.meta.url));
const out = outArg ?? path.join(here, '../../src/main/resources/static/vendor/world-atlas/countries-110m-iso3.geo.json');

const DROP = new Set(['010']); // Antarctica
const DECIMALS = 2;

// Minimal RFC 4180 CSV parser (handles quoted fields with commas/quotes).
function parseCsv(text) {
  const rows = []; let row = []; let field = ''; let q = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (q) {
      if (c === '"') { if (text[i + 1] === '"') { field += '"'; i++; } else q = false; }
      else field += c;
    } else if (c === '"') q = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field); rows.push(row); row = []; field = '';
    } else field += c;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  return rows.filter(r => r.length > 1 || r[0] !== '');
}

const [header, ...rows] = parseCsv(fs.readFileSync(csvPath, 'utf8').replace(/^\uFEFF/, ''));
const iA3 = header.indexOf('alpha-3'), iNum = header.indexOf('country-code');
if (iA3 < 0 || iNum < 0) throw new Error('CSV needs columns alpha-3 and country-code');
const numToA3 = new Map(rows.map(r => [r[iNum].padStart(3, '0'), r[iA3]]));

const topo = JSON.parse(fs.readFileSync(path.join(pkgDir, 'countries-110m.json'), 'utf8'));
const fc = feature(topo, topo.objects.countries);

const f = 10 ** DECIMALS;
const round = v => Math.round(v * f) / f;
// Round positions and drop consecutive duplicates created by rounding.
function ring(coords) {
  const outR = [];
  for (const [x, y] of coords) {
    const p = [round(x), round(y)];
    const last = outR[outR.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) outR.push(p);
  }
  return outR;
}
const poly = rings => rings.map(ring).filter(r => r.length >= 4);
function geom(g) {
  if (!g) return g;
  if (g.type === 'Polygon') return { type: 'Polygon', coordinates: poly(g.coordinates) };
  if (g.type === 'MultiPolygon') {
    const cs = g.coordinates.map(poly).filter(p => p.length > 0);
    return { type: 'MultiPolygon', coordinates: cs };
  }
  throw new Error('unexpected geometry ' + g.type);
}

const unmatched = [];
const features = [];
for (const ft of fc.features) {
  const id = ft.id == null ? null : String(ft.id).padStart(3, '0');
  if (id && DROP.has(id)) continue;
  const a3 = id ? numToA3.get(id) ?? '' : '';
  if (!a3) unmatched.push({ id: ft.id ?? null, name: ft.properties?.name ?? '' });
  const feat = { type: 'Feature', properties: { name: a3 }, geometry: geom(ft.geometry) };
  if (id) feat.id = id;
  features.push(feat);
}

fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, JSON.stringify({ type: 'FeatureCollection', features }));
console.error(`wrote ${out}: ${features.length} features, ${unmatched.length} unmatched`);
for (const u of unmatched) console.error(`  unmatched: id=${u.id} name=${JSON.stringify(u.name)}`);
