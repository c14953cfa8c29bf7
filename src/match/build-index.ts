// Builds the match index once per run: records by kind and ID, monitor households, the deceased.
import type { Dataset, PersonRecord, SourceKind } from '../model/types.js';
import type { MatchIndex, MonitorHousehold } from './index-types.js';

/** 与户主关系 that names the head of household. */
export function isHeadRelation(relation: string | null | undefined): boolean {
  if (!relation) return false;
  const s = relation.replace(/\s+/g, '');
  return s === '户主' || s === '户主本人' || s === '本人(户主)' || s === '本人（户主）' || s === '01';
}

/** "Living" means not in the `deceased` roster. */
export function isLiving(index: MatchIndex, idNumber: string): boolean {
  return !index.isDeceased(idNumber);
}

function groupKeyFn(monitor: PersonRecord[]): (r: PersonRecord) => string {
  // Persons named as head by a member without 户编号: their own row joins that household.
  const namedHeads = new Set<string>();
  for (const r of monitor) if (!r.householdId && r.headIdNumber) namedHeads.add(r.headIdNumber);
  return (r) => {
    if (r.householdId) return r.householdId;
    if (r.headIdNumber) return `H:${r.headIdNumber}`;
    if (namedHeads.has(r.idNumber) || isHeadRelation(r.relation)) return `H:${r.idNumber}`;
    return `ID:${r.idNumber}`;
  };
}

function makeHousehold(key: string, members: PersonRecord[]): MonitorHousehold {
  const headCounts = new Map<string, number>();
  for (const m of members) if (m.headIdNumber) headCounts.set(m.headIdNumber, (headCounts.get(m.headIdNumber) ?? 0) + 1);
  const namedHead = [...headCounts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? null;
  const head = members.find((m) => isHeadRelation(m.relation))
    ?? (namedHead ? members.find((m) => m.idNumber === namedHead) : undefined)
    ?? null;
  const withPlace = head?.township ? head : members.find((m) => m.township) ?? head;
  const withVillage = head?.village ? head : members.find((m) => m.village) ?? head;
  return {
    householdId: key,
    sourceHouseholdId: members.find((m) => m.householdId)?.householdId ?? null,
    head,
    headIdNumber: head?.idNumber ?? namedHead,
    members,
    township: withPlace?.township ?? null,
    village: withVillage?.village ?? null,
  };
}

/** One roster's records by ID. Most IDs occur once: those keep the record itself, not a one-element list (a million lists were 80 MB). */
interface KindIndex { one: Map<string, PersonRecord>; many: Map<string, PersonRecord[]> }

const NONE: PersonRecord[] = [];

export function buildIndex(data: Dataset): MatchIndex {
  const byId = new Map<SourceKind, KindIndex>();
  for (const [kind, records] of data.records) {
    const one = new Map<string, PersonRecord>();
    const many = new Map<string, PersonRecord[]>();
    for (const r of records) {
      const list = many.get(r.idNumber);
      if (list) { list.push(r); continue; }
      const first = one.get(r.idNumber);
      if (first) { one.delete(r.idNumber); many.set(r.idNumber, [first, r]); } else one.set(r.idNumber, r);
    }
    byId.set(kind, { one, many });
  }

  const monitor = data.records.get('monitor') ?? [];
  const keyOf = groupKeyFn(monitor);
  const groups = new Map<string, PersonRecord[]>();
  const monitorHouseholdOf = new Map<string, string>();
  for (const r of monitor) {
    if (monitorHouseholdOf.has(r.idNumber)) continue; // a duplicate row of a person already placed
    const key = keyOf(r);
    monitorHouseholdOf.set(r.idNumber, key);
    const list = groups.get(key);
    if (list) list.push(r); else groups.set(key, [r]);
  }
  const monitorHouseholds = new Map<string, MonitorHousehold>();
  for (const [key, members] of groups) monitorHouseholds.set(key, makeHousehold(key, members));

  const deceased = byId.get('deceased');
  return {
    repeated: (kind) => byId.get(kind)?.many ?? new Map(),
    monitorHouseholds,
    monitorHouseholdOf,
    isDeceased: (id) => deceased !== undefined && (deceased.one.has(id) || deceased.many.has(id)),
    recordsOf: (kind, id) => {
      const k = byId.get(kind);
      if (!k) return NONE;
      const r = k.one.get(id);
      return r ? [r] : k.many.get(id) ?? NONE;
    },
  };
}
