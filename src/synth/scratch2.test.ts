import { it } from 'vitest';
import { buildWorld } from './world.js';
import { COUNTIES } from './places.js';
import { Kit } from './plant-kit.js';
import { plantMissed } from './plants-missed.js';
import { plantFourCat } from './plants-fourcat.js';
import { plantGaps } from './plants-gaps.js';
import { plantDataQuality } from './plants-data.js';
import { MonthState } from './state.js';
import { allFiles } from './rosters/all.js';
it('prof', async () => {
  let t = Date.now();
  const w = buildWorld(7, 'county', COUNTIES[0], '2026-10');
  console.log('world', Date.now() - t); t = Date.now();
  const kit = new Kit(w); plantMissed(kit); plantFourCat(kit); plantGaps(kit); plantDataQuality(kit);
  console.log('plant', Date.now() - t); t = Date.now();
  const order = [...w.households].sort((a, b) => a.town - b.town || a.village - b.village || a.idx - b.idx);
  const files = allFiles({ w, m: 0, st: new MonthState(w, 0), period: '2026-10', order });
  for (const f of files) { t = Date.now(); let n = 0; for (const s of f.sheets) for (const _ of s.rows()) n++; console.log(f.path, n, Date.now() - t); }
}, 600000);
