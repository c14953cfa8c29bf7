// Deterministic synthetic county generator: rosters with planted problems, a config, and the exact expected findings.
//
// Layout written under opts.dir:
//   fupin.config.json                    product-spec §2 config (input/{period}, output/{period})
//   input/<period>/…                     the rosters of that month (some in 民政/, 医保/, … subfolders)
//   truth.json, truth-<period>.json      { period, referenceDate, expected:[{rule,key}], negatives:[{rule,key,why}] }
// Scale 'province' writes 20 such county folders, <dir>/county-01 … county-20 (each at county scale, with its
// own config and truth; county-01 equals a single 'county' run with the same seed), plus <dir>/counties.json.
import fs from 'node:fs';
import path from 'node:path';
import { Deriver, DEFAULT_PARAMS, sortExpected, type Expected, type Fields } from './derive.js';
import { on, type Scale, type World } from './model.js';
import { COUNTIES, type CountyInfo } from './places.js';
import { Kit } from './plant-kit.js';
import { plantDataQuality } from './plants-data.js';
import { plantFourCat } from './plants-fourcat.js';
import { plantGaps } from './plants-gaps.js';
import { plantLint } from './plants-lint.js';
import { plantMissed } from './plants-missed.js';
import { plantStatus } from './plants-status.js';
import { plantNational } from './plants-national.js';
import { allFiles } from './rosters/all.js';
import type { Ctx } from './rosters/common.js';
import { MonthState } from './state.js';
import { buildWorld } from './world.js';
import { writeRosterFile } from './writers.js';
import { configFor } from './config.js';

export type { Scale } from './model.js';

export interface SynthOptions {
  dir: string;
  seed?: number;
  scale?: Scale;
  /** First month, YYYY-MM (default 2026-10). */
  period?: string;
  /** 0, 1 or 2: generate period+month of the same county (some problems fixed, some persisting, some new). */
  month?: number;
}

export interface SynthResult {
  dir: string;
  configPath: string;
  truthPath: string;
  /** Period actually generated (period + month) and its reference date (last day). */
  period: string;
  referenceDate: string;
  /** Rows of the monitoring roster (monitored people listed this month). */
  people: number;
  /** Data rows written over all rosters. */
  rows: number;
  /** Absolute paths of the roster files written. */
  files: string[];
}

export interface Truth {
  county: string;
  countyCode: string;
  seed: number;
  scale: string;
  month: number;
  period: string;
  referenceDate: string;
  expected: Expected[];
  negatives: { rule: string; key: string; why: string }[];
  counts: Record<string, number>;
}

export async function generateCounty(opts: SynthOptions): Promise<SynthResult> {
  const scale = opts.scale ?? 'small';
  const seed = opts.seed ?? 1;
  const period = opts.period ?? '2026-10';
  const month = opts.month ?? 0;
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(period)) throw new Error(`synth: period must be YYYY-MM, got ${period}`);
  if (![0, 1, 2].includes(month)) throw new Error(`synth: month must be 0, 1 or 2, got ${month}`);
  if (scale !== 'province') return generateOne(opts.dir, seed, scale, period, month, COUNTIES[0]);
  return generateProvince(opts.dir, seed, period, month, 'county');
}

/** 20 county folders county-01 … county-20 (seed + i, COUNTIES[i]) and counties.json; countyScale 'small' is for tests. */
export async function generateProvince(dir: string, seed: number, period: string, month: number, countyScale: 'small' | 'county'): Promise<SynthResult> {
  const opts = { dir };
  const results: SynthResult[] = [];
  for (let i = 0; i < COUNTIES.length; i++) {
    const sub = path.join(opts.dir, `county-${String(i + 1).padStart(2, '0')}`);
    results.push(await generateOne(sub, seed + i, countyScale, period, month, COUNTIES[i]));
  }
  fs.mkdirSync(opts.dir, { recursive: true });
  fs.writeFileSync(path.join(opts.dir, 'counties.json'), JSON.stringify(results.map((r, i) => ({
    county: COUNTIES[i].name, code: COUNTIES[i].code, dir: path.relative(opts.dir, r.dir),
    config: path.relative(opts.dir, r.configPath), truth: path.relative(opts.dir, r.truthPath),
  })), null, 2) + '\n');
  return {
    dir: opts.dir, configPath: results[0].configPath, truthPath: results[0].truthPath, period: results[0].period,
    referenceDate: results[0].referenceDate, people: results.reduce((s, r) => s + r.people, 0),
    rows: results.reduce((s, r) => s + r.rows, 0), files: results.flatMap((r) => r.files),
  };
}

/** The county with every problem planted (no files written); `kit` holds the planted findings and look-alikes. */
export function plantedWorld(seed: number, scale: 'small' | 'county' = 'small', period0 = '2026-10', county: CountyInfo = COUNTIES[0]): { w: World; kit: Kit } {
  const w = buildWorld(seed, scale, county, period0);
  const kit = new Kit(w);
  plantMissed(kit);
  plantFourCat(kit);
  plantGaps(kit);
  plantDataQuality(kit);
  plantLint(kit);
  plantStatus(kit);
  plantNational(kit);
  return { w, kit };
}

async function generateOne(dir: string, seed: number, scale: 'small' | 'county', period0: string, m: number, county: CountyInfo): Promise<SynthResult> {
  const { w, kit } = plantedWorld(seed, scale, period0, county);

  const period = w.periods[m];
  const ref = w.refDates[m];
  const order = [...w.households].sort((a, b) => a.town - b.town || a.village - b.village || (a.hid < b.hid ? -1 : a.hid > b.hid ? 1 : 0) || a.idx - b.idx);
  const ctx: Ctx = { w, m, st: new MonthState(w, m), period, order };
  const files = allFiles(ctx);

  const inputDir = path.join(dir, 'input', period);
  const deriver = new Deriver({ referenceDate: ref, ...DEFAULT_PARAMS });
  const invalid: Expected[] = [];
  let rows = 0, people = 0;
  const written: string[] = [];
  for (const f of files) {
    const n = await writeRosterFile(inputDir, f, (file, sheet, sheetName, row, e) => {
      if (e.nonData) return;
      const rec: Fields = {};
      sheet.cols.forEach((c, i) => { if (c.f) rec[c.f] = e.cells[i]; });
      deriver.add(file.kind, file.path, sheetName, row, rec, sheet.cols.some((c) => c.f === 'role'));
      if (e.invalid) invalid.push({ rule: 'ID_INVALID', key: `${file.path}#${sheetName}#${row}` });
    });
    rows += n;
    if (f.kind === 'monitor') people += n;
    written.push(path.join(inputDir, ...f.path.split('/')));
  }

  const derived = deriver.finish();
  const planted = sortExpected([...kit.expected.filter((e) => on(e.mask, m)).map(({ rule, key }) => ({ rule, key })), ...invalid]);
  checkSame(planted, derived, `${county.name} seed ${seed} ${period}`);
  const expectedSet = new Set(derived.map((e) => `${e.rule}\u0000${e.key}`));
  const seenNeg = new Set<string>();
  const negatives: Truth['negatives'] = [];
  for (const n of kit.negatives) {
    const k = `${n.rule}\u0000${n.key}`;
    if (!on(n.mask, m) || seenNeg.has(k)) continue;
    if (expectedSet.has(k)) throw new Error(`synth: look-alike ${n.rule} ${n.key} fires (${n.why})`);
    seenNeg.add(k);
    negatives.push({ rule: n.rule, key: n.key, why: n.why });
  }
  const counts: Record<string, number> = {};
  for (const e of derived) counts[e.rule] = (counts[e.rule] ?? 0) + 1;
  const truth: Truth = {
    county: county.name, countyCode: county.code, seed, scale, month: m, period, referenceDate: ref,
    expected: derived, negatives, counts,
  };
  fs.mkdirSync(dir, { recursive: true });
  const json = JSON.stringify(truth, null, 2) + '\n';
  const truthPath = path.join(dir, 'truth.json');
  fs.writeFileSync(truthPath, json);
  fs.writeFileSync(path.join(dir, `truth-${period}.json`), json);
  const configPath = path.join(dir, 'fupin.config.json');
  fs.writeFileSync(configPath, JSON.stringify(configFor(county), null, 2) + '\n');
  return { dir, configPath, truthPath, period, referenceDate: ref, people, rows, files: written };
}

function checkSame(planted: Expected[], derived: Expected[], label: string): void {
  const a = new Set(planted.map((e) => `${e.rule} ${e.key}`));
  const b = new Set(derived.map((e) => `${e.rule} ${e.key}`));
  const missing = [...a].filter((x) => !b.has(x));
  const extra = [...b].filter((x) => !a.has(x));
  if (missing.length || extra.length) {
    throw new Error(`synth: planted and re-derived truth differ for ${label}: `
      + `planted but not derived [${missing.slice(0, 20).join('; ')}], derived but not planted [${extra.slice(0, 20).join('; ')}]`);
  }
}
