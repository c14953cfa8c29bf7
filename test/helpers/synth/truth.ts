// The generator's truth, for tests only: generate a county as `fupin demo` does, re-derive the findings every written
// row must give (derive.ts), check them against what was planted, and write truth.json next to the config.
//
//   <dir>/truth.json                   truth of the month generated last
//   <dir>/truth-<period>.json          truth of each generated month
// Keys (see src/synth/README.md): household rules → 户编号; MISSED → the department household's head ID; person rules
// → the 18-character ID; ID_INVALID → `<file relative to input/<period>>#<sheet>#<row>`.
import fs from 'node:fs';
import path from 'node:path';
import { writeCounty, type SynthOptions, type SynthResult as Generated } from '../../../src/synth/index.js';
import { on, type World } from '../../../src/synth/model.js';
import type { Kit } from '../../../src/synth/plant-kit.js';
import { Deriver, DEFAULT_PARAMS, sortExpected, type Expected, type Fields } from './derive.js';

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

/** What generateCounty of src/synth returns, plus the truth file of the month generated. */
export interface SynthResult extends Generated {
  truthPath: string;
}

/** The county of `src/synth` plus its truth; throws if what was planted differs from what the rows give. */
export async function generateCounty(opts: SynthOptions): Promise<SynthResult> {
  const invalid: Expected[] = [];
  const at: { planted?: { w: World; kit: Kit; m: number; deriver: Deriver } } = {};
  const result = await writeCounty(opts, (w, kit, m) => {
    const deriver = new Deriver({ referenceDate: w.refDates[m], ...DEFAULT_PARAMS });
    at.planted = { w, kit, m, deriver };
    return (file, sheet, sheetName, row, e) => {
      if (e.nonData) return;
      const rec: Fields = {};
      sheet.cols.forEach((c, i) => { if (c.f) rec[c.f] = e.cells[i]; });
      deriver.add(file.kind, file.path, sheetName, row, rec, sheet.cols.some((c) => c.f === 'role'));
      if (e.invalid) invalid.push({ rule: 'ID_INVALID', key: `${file.path}#${sheetName}#${row}` });
    };
  });
  const { w, kit, m, deriver } = at.planted!;
  const derived = deriver.finish();
  checkSame(sortExpected([...kit.expected.filter((e) => on(e.mask, m)).map(({ rule, key }) => ({ rule, key })), ...invalid]), derived,
    `${w.county.name} seed ${w.seed} ${result.period}`);
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
    county: w.county.name, countyCode: w.county.code, seed: w.seed, scale: w.scale, month: m, period: result.period,
    referenceDate: result.referenceDate, expected: derived, negatives, counts,
  };
  const json = JSON.stringify(truth, null, 2) + '\n';
  const truthPath = path.join(result.dir, 'truth.json');
  fs.writeFileSync(truthPath, json);
  fs.writeFileSync(path.join(result.dir, `truth-${result.period}.json`), json);
  return { ...result, truthPath };
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
