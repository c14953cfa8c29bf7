// Building blocks shared by the rules: basis, evidence and Finding assembly (where a rule's message becomes its
// description, rendered by the catalogue in messages.ts).
import type { Evidence, PersonRecord, SourceKind } from '../model/types.js';
import type { MonitorHousehold } from '../match/index-types.js';
import { evidenceHash, fingerprint } from '../match/hash.js';
import type { RuleFinding, RuleMeta } from './types.js';
import { KIND_LABELS } from './kind-labels.js';
import type { RuleMessage } from './message-data.js';
import { renderMessage } from './messages.js';

/** "防止返贫致贫监测名单 × 公安交管机动车登记" */
export function basisOf(kinds: SourceKind[]): string {
  return [...new Set(kinds)].map((k) => KIND_LABELS[k].basis).join(' × ');
}

/** Evidence entries of the records, de-duplicated, in the given order. */
export function evidenceOf(records: (PersonRecord | Evidence)[]): Evidence[] {
  const seen = new Set<string>();
  const out: Evidence[] = [];
  for (const r of records) {
    const k = `${r.kind}\u0000${r.file}\u0000${r.sheet}\u0000${r.row}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push({ kind: r.kind, file: r.file, sheet: r.sheet, row: r.row });
  }
  return out;
}

/** Distinct persons in order of first appearance. */
export function uniquePersons<T extends { idNumber: string }>(list: T[]): T[] {
  const seen = new Set<string>();
  return list.filter((p) => (seen.has(p.idNumber) ? false : (seen.add(p.idNumber), true)));
}

/** Subject key of a monitor household: its 户编号, else 'H:' + the head's ID. */
export function householdSubjectKey(hh: MonitorHousehold): string {
  return hh.sourceHouseholdId ?? `H:${hh.headIdNumber ?? hh.members[0]?.idNumber ?? hh.householdId}`;
}

/** The message of a finding and its description: the one place a rule's message is rendered. */
export function described(message: RuleMessage): Pick<RuleFinding, 'description' | 'message'> {
  return { description: renderMessage(message), message };
}

export interface FindingParts {
  members: { idNumber: string; name: string | null }[];
  /** What was found, as a message id plus data (messages.ts renders Finding.description from it). */
  message: RuleMessage;
  basis: string;
  records: (PersonRecord | Evidence)[];
  facts: string[];
  /** The national numbers this finding answers; default: all of the rule's. */
  national?: string[];
}

function base(meta: RuleMeta, p: FindingParts): Pick<RuleFinding, 'rule' | 'category' | 'subject' | 'members' | 'memberNames' | 'description' | 'message' | 'basis' | 'leadDept' | 'evidence' | 'evidenceHash' | 'national'> {
  const members = uniquePersons(p.members);
  return {
    rule: meta.code,
    category: meta.category,
    subject: meta.subject,
    members: members.map((m) => m.idNumber),
    memberNames: members.map((m) => m.name ?? ''),
    ...described(p.message),
    basis: p.basis,
    leadDept: meta.leadDept,
    evidence: evidenceOf(p.records),
    evidenceHash: evidenceHash(p.facts),
    national: p.national ?? meta.national,
  };
}

/**
 * A finding about a monitor household. idNumber/name carry the first member that triggered it (the
 * lists' 问题人员 columns); all of them are in members/memberNames and the description.
 */
export function householdFinding(meta: RuleMeta, hh: MonitorHousehold, p: FindingParts): RuleFinding {
  const b = base(meta, p);
  return {
    ...b,
    householdId: hh.sourceHouseholdId,
    headIdNumber: hh.headIdNumber,
    headName: hh.head?.name || null,
    idNumber: b.members[0] ?? null,
    name: b.members.length > 0 ? (b.memberNames[0] || null) : null,
    township: hh.township,
    village: hh.village,
    fingerprint: fingerprint(meta.code, householdSubjectKey(hh)),
  };
}

/** A finding about one person; `hh` is their monitor household when they have one. */
export function personFinding(meta: RuleMeta, person: PersonRecord, hh: MonitorHousehold | null, p: Omit<FindingParts, 'members'>): RuleFinding {
  return {
    ...base(meta, { ...p, members: [person] }),
    householdId: hh?.sourceHouseholdId ?? person.householdId ?? null,
    headIdNumber: hh?.headIdNumber ?? person.headIdNumber ?? null,
    headName: hh?.head?.name || null,
    idNumber: person.idNumber,
    name: person.name || null,
    township: person.township ?? hh?.township ?? null,
    village: person.village ?? hh?.village ?? null,
    fingerprint: fingerprint(meta.code, person.idNumber),
  };
}

/** A household's value of a household-level field: the head's, else the first member's non-empty one. */
export function householdField(hh: MonitorHousehold, field: string): { value: string; record: PersonRecord } | null {
  // Head first, then the others in order; no arrays built (called for every household by many rules).
  const head = hh.head;
  if (head) {
    const v = head.f[field];
    if (v !== undefined && v.trim() !== '') return { value: v.trim(), record: head };
  }
  for (const m of hh.members) {
    if (m === head) continue;
    const v = m.f[field];
    if (v !== undefined && v.trim() !== '') return { value: v.trim(), record: m };
  }
  return null;
}

/** Shown for an empty cell in the unknown-value list. */
export const EMPTY_VALUE = '(空)';
