// Shared run() of the four-category rules: a monitor household member found in a departmental roster.
import type { Finding, PersonRecord, SourceKind } from '../model/types.js';
import type { RuleContext, RuleMeta } from './types.js';
import { basisOf, householdFinding, ref, uniquePersons, who } from './finding.js';

/** What a qualifying record says, e.g. text "名下有小型轿车 贵F·12345", facts ["K33:贵F·12345"]. */
export interface RecordHit { text: string; facts: string[] }

export function runFourCategory(
  ctx: RuleContext,
  meta: RuleMeta,
  kind: SourceKind,
  qualify: (r: PersonRecord) => RecordHit | null,
): Finding[] {
  const findings: Finding[] = [];
  for (const hh of ctx.index.monitorHouseholds.values()) {
    const members: PersonRecord[] = [];
    const records: PersonRecord[] = [];
    const clauses: string[] = [];
    const facts: string[] = [];
    for (const m of uniquePersons(hh.members)) {
      for (const r of ctx.index.recordsOf(kind, m.idNumber)) {
        const hit = qualify(r);
        if (!hit) continue;
        if (!members.includes(m)) { members.push(m); records.push(m); }
        records.push(r);
        clauses.push(`成员${who(m)}${hit.text}(${ref(r)})`);
        facts.push(...hit.facts.map((f) => `${m.idNumber}:${f}`));
      }
    }
    if (members.length === 0) continue;
    findings.push(householdFinding(meta, hh, {
      members, records, facts,
      description: clauses.join('；'),
      basis: basisOf(['monitor', kind]),
    }));
  }
  return findings;
}
