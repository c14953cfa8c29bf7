// Month-by-month status of every monitor household, read back from the stored monitor imports (product-spec §7).
// QUICK_EXIT uses it when the export lacks identification / elimination dates.
import type { Db } from '../store/db.js';
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

/** householdId -> [{period, status}] for every period up to and including `upTo`, oldest first. */
export function loadMonitorHistory(db: Db, upTo: string): Map<string, { period: string; status: HouseholdStatus }[]> {
  const rows = db.prepare(`SELECT i.period, r.household_id, r.data FROM records r JOIN imports i ON i.id = r.import_id
    WHERE i.kind = 'monitor' AND i.period <= ? AND r.household_id IS NOT NULL ORDER BY i.period`).raw(true).iterate(upTo) as Iterable<[string, string, string]>;
  const out = new Map<string, { period: string; status: HouseholdStatus }[]>();
  for (const [period, hh, data] of rows) {
    const st = householdStatus(JSON.parse(data));
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
