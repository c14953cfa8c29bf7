// Month-by-month status of every monitor household, read back from the stored monitor imports (product-spec §7).
// QUICK_EXIT uses it when the export lacks identification / elimination dates.
import type { Db } from '../store/db.js';
import type { PersonRecord } from '../model/types.js';
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
  const rows = db.prepare(`SELECT i.period, r.household_id, r.data FROM records r JOIN imports i ON i.id = r.import_id
    WHERE i.kind = 'monitor' AND i.period ${current ? '<' : '<='} ? AND r.household_id IS NOT NULL ORDER BY i.period`).raw(true).iterate(upTo) as Iterable<[string, string, string | Record<string, string>]>;
  const out = new Map<string, { period: string; status: HouseholdStatus }[]>();
  const all: Iterable<[string, string, Record<string, string> | string]> = current
    ? chain(rows, current.filter((r) => r.householdId).map((r) => [upTo, r.householdId!, r.f] as [string, string, Record<string, string>]))
    : rows;
  for (const [period, hh, data] of all) {
    const st = householdStatus(typeof data === 'string' ? JSON.parse(data) : data);
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
