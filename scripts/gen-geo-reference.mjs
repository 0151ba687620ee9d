#!/usr/bin/env node
// Writes tests/data/geo/coord-reference.csv: conversions computed by the independent npm library
// `gcoord` (pinned version), so that core/geo/coordtransform is checked against code we did not write.
//
// Usage: node scripts/gen-geo-reference.mjs   (needs npm; installs gcoord into a temporary folder,
//        nothing is added to the repository except the CSV)
//
// Rows: from,to,lon,lat,out_lon,out_lat  (degrees, 12 decimals). Points: a deterministic grid over
// mainland China plus a few cities and points outside China. BD-09 rows are only written for points
// inside China: gcoord applies the BD-09 offset everywhere while our contract (domain.md) leaves every
// point outside China unchanged, so the two deliberately differ there.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const GCOORD_VERSION = '1.0.7';
const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', 'tests', 'data', 'geo', 'coord-reference.csv');

const tmp = mkdtempSync(join(tmpdir(), 'dj-gcoord-'));
try {
    execFileSync('npm', ['init', '-y'], { cwd: tmp, stdio: 'ignore' });
    execFileSync('npm', ['install', '--no-audit', '--no-fund', `gcoord@${GCOORD_VERSION}`], { cwd: tmp, stdio: 'inherit' });
    const require = createRequire(join(tmp, 'package.json'));
    const gcoord = require('gcoord');

    // The same rectangle as gcoord and core/geo (72.004–137.8347 E, 0.8293–55.8271 N).
    const inChina = (lon, lat) => lon >= 72.004 && lon <= 137.8347 && lat >= 0.8293 && lat <= 55.8271;
    const points = [];
    // Grid across China; odd steps so points do not sit on whole degrees.
    for (let lon = 73.3; lon <= 135.0; lon += 2.37)
        for (let lat = 18.1; lat <= 53.5; lat += 1.73)
            points.push([+lon.toFixed(6), +lat.toFixed(6)]);
    // Cities (approximate centres) and the published coordtransform example point.
    points.push([116.404, 39.915], [121.4737, 31.2304], [113.2644, 23.1291], [104.0665, 30.5723],
                [120.1551, 30.2741], [120.1614, 33.3475], [87.6168, 43.8256], [91.1172, 29.6469],
                [126.6424, 45.7567], [109.5119, 18.2528]);
    // Outside the rectangle: unchanged by both implementations.
    points.push([-0.1276, 51.5072], [-73.9857, 40.7484], [151.2093, -33.8688], [139.6917, 35.6895 + 25],
                [60.0, 30.0], [100.0, 0.5], [100.0, 56.0]);

    const sys = { wgs84: gcoord.WGS84, gcj02: gcoord.GCJ02, bd09: gcoord.BD09 };
    const rows = ['from,to,lon,lat,out_lon,out_lat'];
    for (const [lon, lat] of points) {
        for (const from of Object.keys(sys)) {
            for (const to of Object.keys(sys)) {
                if (from === to)
                    continue;
                if (!inChina(lon, lat) && (from === 'bd09' || to === 'bd09'))
                    continue;
                const [x, y] = gcoord.transform([lon, lat], sys[from], sys[to]);
                rows.push([from, to, lon, lat, x.toFixed(12), y.toFixed(12)].join(','));
            }
        }
    }
    writeFileSync(out, rows.join('\n') + '\n');
    console.log(`wrote ${rows.length - 1} rows to ${out} (gcoord ${GCOORD_VERSION})`);
} finally {
    rmSync(tmp, { recursive: true, force: true });
}
