// Shared run() of the four-category rules: a monitor household member found in a departmental roster.
import type { PersonRecord, SourceKind } from '../model/types.js';
import type { RuleContext, RuleFinding, RuleMeta } from './types.js';
import { basisOf, householdFinding, uniquePersons } from './finding.js';
import { atOf, whoOf, type FourCatHit, type RuleMessage } from './message-data.js';

/** What a qualifying record says, e.g. record { vehicleType: 'K33', plate: '贵F·12345' }, facts ["CAR:K33:贵F·12345"]. */
export interface RecordHit<T> { record: T; facts: string[] }

export function runFourCategory<T>(
  ctx: RuleContext,
  meta: RuleMeta,
  kind: SourceKind,
  qualify: (r: PersonRecord) => RecordHit<T> | null,
  messageOf: (hits: FourCatHit<T>[]) => RuleMessage,
): RuleFinding[] {
  const findings: RuleFinding[] = [];
  for (const hh of ctx.index.monitorHouseholds.values()) {
    const members: PersonRecord[] = [];
    const records: PersonRecord[] = [];
    const hits: FourCatHit<T>[] = [];
    const facts: string[] = [];
    for (const m of uniquePersons(hh.members)) {
      for (const r of ctx.index.recordsOf(kind, m.idNumber)) {
        const hit = qualify(r);
        if (!hit) continue;
        if (!members.includes(m)) { members.push(m); records.push(m); }
        records.push(r);
        hits.push({ member: whoOf(m), at: atOf(r), record: hit.record });
        facts.push(...hit.facts.map((f) => `${m.idNumber}:${f}`));
      }
    }
    if (members.length === 0) continue;
    findings.push(householdFinding(meta, hh, {
      members, records, facts,
      message: messageOf(hits),
      basis: basisOf(['monitor', kind]),
    }));
  }
  return findings;
}
