// DuckDB baseline for bench_search: loads the same cache tables into an in-memory DuckDB database and runs
// the same filters (count + first 50 by revenue desc + facets), printing one JSON line of figures.
//
// usage: node duckdb_bench.mjs --db CACHE.djcache --modules DIR [--repeat R]
//   DIR holds node_modules/@duckdb/node-api (install with: npm install --prefix DIR @duckdb/node-api).
// The cache is read through the sqlite3 command-line tool (CSV export to a temporary folder), since DuckDB's
// SQLite extension would have to be downloaded.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => {
  if (a.startsWith('--')) acc.push([a.slice(2), all[i + 1]]);
  return acc;
}, []));
const repeat = Number(args.repeat ?? 20);
const require = createRequire(path.join(path.resolve(args.modules), 'node_modules', 'x.js'));
const { DuckDBInstance } = require('@duckdb/node-api');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dj-duckdb-'));
const tables = {
  enterprises: 'SELECT id, uscc, name, former_names, status, registered_capital, established, region_code, ' +
    'industry_code, industry_section, insured_count, scope FROM enterprises',
  financials: 'SELECT uscc, year, revenue, tax FROM financials',
  financing: 'SELECT uscc, date, round FROM financing',
  licenses: 'SELECT uscc, kind, valid_to FROM licenses',
  qualifications: 'SELECT uscc, kind FROM qualifications',
  risks: 'SELECT uscc, kind, status FROM risks',
};
const t0 = performance.now();
for (const [name, sql] of Object.entries(tables)) {
  const out = fs.openSync(path.join(tmp, `${name}.csv`), 'w');
  execFileSync('sqlite3', ['-readonly', '-csv', '-header', args.db, sql], { stdio: ['ignore', out, 'inherit'] });
  fs.closeSync(out);
}
const exportMs = performance.now() - t0;

const instance = await DuckDBInstance.create(':memory:');
const con = await instance.connect();
const run = (sql) => con.run(sql);
const all = async (sql) => (await con.runAndReadAll(sql)).getRowObjects();

const t1 = performance.now();
for (const name of Object.keys(tables)) {
  await run(`CREATE TABLE ${name}_raw AS SELECT * FROM read_csv('${path.join(tmp, name + '.csv')}', header=true, ` +
    `all_varchar=true)`);
}
// Typed tables plus the latest revenue / tax per enterprise: the same precomputation the engine's index has.
await run(`CREATE TABLE fin AS SELECT uscc, CAST(year AS INTEGER) AS year, TRY_CAST(revenue AS DOUBLE) AS revenue,
             TRY_CAST(tax AS DOUBLE) AS tax FROM financials_raw`);
await run(`CREATE TABLE latest AS SELECT uscc,
             arg_max(revenue, year) FILTER (WHERE revenue IS NOT NULL) AS revenue,
             arg_max(tax, year) FILTER (WHERE tax IS NOT NULL) AS tax,
             max(year) FILTER (WHERE tax IS NOT NULL) AS tax_year FROM fin GROUP BY uscc`);
await run(`CREATE TABLE ent AS SELECT CAST(e.id AS BIGINT) AS id, e.uscc, e.name, e.former_names, e.status,
             TRY_CAST(e.registered_capital AS DOUBLE) AS registered_capital, e.established, e.region_code,
             e.industry_code, e.industry_section, TRY_CAST(e.insured_count AS BIGINT) AS insured_count, e.scope,
             l.revenue, l.tax, l.tax_year
           FROM enterprises_raw e LEFT JOIN latest l USING (uscc)`);
await run('CREATE TABLE financing AS SELECT * FROM financing_raw');
await run('CREATE TABLE licenses AS SELECT * FROM licenses_raw');
await run('CREATE TABLE qualifications AS SELECT * FROM qualifications_raw');
await run(`CREATE TABLE risks AS SELECT * FROM risks_raw`);
for (const name of Object.keys(tables)) await run(`DROP TABLE ${name}_raw`);
const loadMs = performance.now() - t1;
fs.rmSync(tmp, { recursive: true, force: true });

const today = new Date().toISOString().slice(0, 10);
const scenarios = {
  scenario1: `SELECT e.* FROM ent e WHERE coalesce(e.industry_section, '') NOT IN ('A', 'B')
      AND e.status IN ('存续', '在业') AND e.revenue >= 50000000
      AND EXISTS (SELECT 1 FROM financing x WHERE x.uscc = e.uscc)
      AND EXISTS (SELECT 1 FROM fin f0 JOIN fin f1 ON f1.uscc = f0.uscc AND f1.year = f0.year - 1
                  JOIN fin f2 ON f2.uscc = f0.uscc AND f2.year = f0.year - 2
                  WHERE f0.uscc = e.uscc AND f0.year = e.tax_year AND f1.tax > 0 AND f0.tax >= 1.2 * f1.tax
                    AND f2.tax > 0 AND f1.tax >= 1.2 * f2.tax)`,
  scenario2: `SELECT e.* FROM ent e WHERE e.region_code LIKE '3209%' AND e.status IN ('存续', '在业')
      AND e.revenue >= 20000000
      AND EXISTS (SELECT 1 FROM licenses l WHERE l.uscc = e.uscc AND l.kind IN ('酒类经营许可证', '食品经营许可证')
                  AND (l.valid_to IS NULL OR l.valid_to = '' OR l.valid_to >= '${today}'))`,
  name_query: `SELECT e.* FROM ent e WHERE contains(e.name, '${args.text ?? '恒达'}')
      OR contains(coalesce(e.former_names, ''), '${args.text ?? '恒达'}')
      OR contains(coalesce(e.scope, ''), '${args.text ?? '恒达'}')`,
};

async function once(where) {
  await run(`CREATE OR REPLACE TEMP TABLE res AS ${where}`);
  const total = Number((await all('SELECT count(*) AS n FROM res'))[0].n);
  await all('SELECT uscc, name, revenue FROM res ORDER BY revenue DESC NULLS LAST, id LIMIT 50');
  await all('SELECT industry_section, count(*) FROM res GROUP BY 1');
  await all('SELECT substr(region_code, 1, 2), count(*) FROM res GROUP BY 1');
  await all(`SELECT l.kind, count(DISTINCT l.uscc) FROM licenses l JOIN res USING (uscc)
             WHERE l.valid_to IS NULL OR l.valid_to = '' OR l.valid_to >= '${today}' GROUP BY 1`);
  await all('SELECT q.kind, count(DISTINCT q.uscc) FROM qualifications q JOIN res USING (uscc) GROUP BY 1');
  return total;
}

const out = { export_ms: Math.round(exportMs), load_ms: Math.round(loadMs), duckdb: '@duckdb/node-api' };
for (const [name, sql] of Object.entries(scenarios)) {
  const times = [];
  let total = 0;
  await once(sql); // warm-up, as the engine's first run is not counted either
  for (let i = 0; i < repeat; ++i) {
    const s = performance.now();
    total = await once(sql);
    times.push(performance.now() - s);
  }
  times.sort((a, b) => a - b);
  out[name] = {
    median_ms: +times[Math.floor((times.length - 1) / 2)].toFixed(3),
    p95_ms: +times[Math.min(times.length - 1, Math.ceil(0.95 * times.length) - 1)].toFixed(3),
    total,
  };
}
console.log(JSON.stringify(out));
