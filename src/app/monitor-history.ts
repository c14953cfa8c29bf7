// Month-by-month status of every monitor household, read back from the stored monitor imports (product-spec §7).
// QUICK_EXIT uses it when the export lacks identification / elimination dates.
import type { Db } from '../store/db.js';
import type { PersonRecord } from '../model/types.js';
import { listKindImports, loadRecords } from '../store/imports.js';
import { parseHouseholdType, parseMonitorType, parseRiskEliminated } from '../model/vocab.js';

export type HouseholdStatus = 'monitored' | 'eliminated' | 'exited';

export function householdStatus(f: Record<string, string>): HouseholdStatus | null {
  const risk = parseRiskEliminated(f.riskEliminated);
  if (risk === true) return 'eliminated';
  const monitored = parseMonitorType(f.monitorType);
  if (monitored === true || risk === false) return 'monitored';
  const type = parseHouseholdType(f.householdType);
  if (type === 'exited') return 'exited';
  if (type === 'monitored') return 'monitored';
  return null;
}

/**
 * householdId -> [{period, status}] for every period up to and including `upTo`, oldest first.
 * `current` (this period's monitor records, already in memory) saves re-reading the largest month from disk.
 */
export function loadMonitorHistory(db: Db, upTo: string, current?: PersonRecord[]): Map<string, { period: string; status: HouseholdStatus }[]> {
  const stored = function* (): Generator<[string, string | null, Record<string, string>]> {
    for (const imp of listKindImports(db, 'monitor', upTo, !current)) {
      for (const r of loadRecords(db, imp)) yield [imp.period, r.householdId, r.f];
    }
  };
  const all: Iterable<[string, string | null, Record<string, string>]> = current
    ? chain(stored(), current.map((r) => [upTo, r.householdId, r.f] as [string, string | null, Record<string, string>]))
    : stored();
  const out = new Map<string, { period: string; status: HouseholdStatus }[]>();
  for (const [period, hh, data] of all) {
    if (!hh) continue;
    const st = householdStatus(data);
    if (!st) continue;
    let list = out.get(hh);
    if (!list) out.set(hh, (list = []));
    const last = list[list.length - 1];
    if (last && last.period === period) {
      // One status per household and month: monitoring wins over the rest (members may disagree).
      if (st === 'monitored') last.status = st;
      continue;
    }
    list.push({ period, status: st });
  }
  return out;
}

function* chain<T>(...parts: Iterable<T>[]): Generator<T> {
  for (const p of parts) yield* p;
}
