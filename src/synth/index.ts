// Deterministic synthetic county for `fupin demo` (also used by tests and benchmarks): rosters with planted problems
// and a config — exactly what a user needs to try the tool, nothing else.
//
// Layout written under opts.dir:
//   fupin.config.json                    product-spec §2 config (input/{period}, output/{period})
//   input/<period>/…                     the rosters of that month (some in 民政/, 医保/, … subfolders)
// What was planted (the findings reconcile must give) is derived by the tests' truth helper
// (test/helpers/synth/truth.ts) through writeCounty's row hook; the benchmark's province of 20 counties is
// scripts/province.mjs. Neither ships in dist/.
import fs from 'node:fs';
import path from 'node:path';
import type { Scale, World } from './model.js';
import { DEFAULT_COUNTY, type CountyInfo } from './places.js';
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
import { writeRosterFile, type RowSink } from './writers.js';
import { configFor } from './config.js';

export type { Scale } from './model.js';
export type { CountyInfo } from './places.js';
export type { RowSink } from './writers.js';

export interface SynthOptions {
  dir: string;
  seed?: number;
  scale?: Scale;
  /** First month, YYYY-MM (default 2026-10). */
  period?: string;
  /** 0, 1 or 2: generate period+month of the same county (some problems fixed, some persisting, some new). */
  month?: number;
  /** Default: 大方县 (522422). */
  county?: CountyInfo;
}

export interface SynthResult {
  dir: string;
  configPath: string;
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

export async function generateCounty(opts: SynthOptions): Promise<SynthResult> {
  return writeCounty(opts);
}

/** The county planted and about to be written: `watch` returns the sink that sees every row as it is written. */
export type RowWatcher = (world: World, kit: Kit, month: number) => RowSink;

/** generateCounty, showing every row written to the sink `watch` returns (the tests derive their truth this way). */
export async function writeCounty(opts: SynthOptions, watch?: RowWatcher): Promise<SynthResult> {
  const { dir, seed = 1, scale = 'small', period: period0 = '2026-10', month: m = 0, county = DEFAULT_COUNTY } = opts;
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(period0)) throw new Error(`synth: period must be YYYY-MM, got ${period0}`);
  if (![0, 1, 2].includes(m)) throw new Error(`synth: month must be 0, 1 or 2, got ${m}`);
  if (scale !== 'small' && scale !== 'county') throw new Error(`synth: scale must be small or county, got ${String(scale)}`);
  const { w, kit } = plantedWorld(seed, scale, period0, county);

  const period = w.periods[m];
  const order = [...w.households].sort((a, b) => a.town - b.town || a.village - b.village || (a.hid < b.hid ? -1 : a.hid > b.hid ? 1 : 0) || a.idx - b.idx);
  const ctx: Ctx = { w, m, st: new MonthState(w, m), period, order };
  const onRow: RowSink = watch?.(w, kit, m) ?? (() => {});
  const inputDir = path.join(dir, 'input', period);
  let rows = 0, people = 0;
  const written: string[] = [];
  for (const f of allFiles(ctx)) {
    const n = await writeRosterFile(inputDir, f, onRow);
    rows += n;
    if (f.kind === 'monitor') people += n;
    written.push(path.join(inputDir, ...f.path.split('/')));
  }
  fs.mkdirSync(dir, { recursive: true });
  const configPath = path.join(dir, 'fupin.config.json');
  fs.writeFileSync(configPath, demoConfigText(county));
  return { dir, configPath, period, referenceDate: w.refDates[m], people, rows, files: written };
}

/** The county with every problem planted (no files written); `kit` holds the planted findings and look-alikes. */
export function plantedWorld(seed: number, scale: Scale = 'small', period0 = '2026-10', county: CountyInfo = DEFAULT_COUNTY): { w: World; kit: Kit } {
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

/**
 * The folder's fupin.config.json is exactly the one generateCounty writes for the default county: a folder `fupin
 * demo` made, which it may fill again. A county's own config (from `fupin init`, or an edited demo config) never is.
 */
export function holdsDemoConfig(dir: string): boolean {
  try {
    const text = fs.readFileSync(path.join(dir, 'fupin.config.json'), 'utf8');
    return JSON.stringify(JSON.parse(text)) === JSON.stringify(configFor(DEFAULT_COUNTY));
  } catch {
    return false;
  }
}

function demoConfigText(county: CountyInfo): string {
  return JSON.stringify(configFor(county), null, 2) + '\n';
}
