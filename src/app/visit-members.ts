// Household members for the visit forms, from the monitoring roster the rules ran on.
import type { MatchIndex, MonitorHousehold } from '../match/index-types.js';
import type { ExportFinding } from '../model/report.js';
import type { MemberLookup, VisitMember } from '../export/visit-form-rows.js';

/**
 * Members of the households of `findings`, resolved now: the lookup keeps only these few households, so the
 * match index can be freed before the outputs are written.
 */
export function memberLookup(index: MatchIndex, findings: readonly ExportFinding[]): MemberLookup {
  const known = new Map<string, VisitMember[] | null>();
  for (const f of findings) known.set(f.fingerprint, resolve(index, f));
  return (f) => known.get(f.fingerprint) ?? null;
}

function resolve(index: MatchIndex, f: ExportFinding): VisitMember[] | null {
  const byKey = index.monitorHouseholds;
  {
    let hh: MonitorHousehold | undefined;
    if (f.householdId) hh = byKey.get(f.householdId);
    if (!hh && f.headIdNumber) hh = byKey.get(`H:${f.headIdNumber}`) ?? lookupByMember(index, f.headIdNumber);
    if (!hh && f.idNumber) hh = lookupByMember(index, f.idNumber);
    if (!hh) for (const m of f.members) if ((hh = lookupByMember(index, m))) break;
    if (!hh) return null;
    return hh.members.map((m) => ({ name: m.name, idNumber: m.idNumber, relation: m.relation }));
  }
}

function lookupByMember(index: MatchIndex, id: string): MonitorHousehold | undefined {
  const k = index.monitorHouseholdOf.get(id);
  return k === undefined ? undefined : index.monitorHouseholds.get(k);
}
