// A person rule that is exactly "a living monitor member meets condition X" (EDU_DROPOUT, MED_UNINSURED):
// the condition lives in conditions.ts so WRONG_EXIT can share it; this turns it into a rule.
import type { Finding, PersonRecord } from '../model/types.js';
import type { MonitorHousehold } from '../match/index-types.js';
import type { Rule, RuleContext, RuleMeta } from './types.js';
import type { MemberHit } from './conditions.js';
import { basisOf, personFinding, uniquePersons } from './finding.js';

export function personConditionRule(meta: RuleMeta, hit: (ctx: RuleContext, m: PersonRecord) => MemberHit | null,
  /** The national numbers a finding about this member answers (default: all of the rule's). */
  nationalOf?: (hh: MonitorHousehold) => string[]): Rule {
  return {
    ...meta,
    run(ctx) {
      const findings: Finding[] = [];
      for (const hh of ctx.index.monitorHouseholds.values()) {
        for (const m of uniquePersons(hh.members)) {
          const h = hit(ctx, m);
          if (!h) continue;
          findings.push(personFinding(meta, m, hh, {
            description: h.text, basis: basisOf(meta.requires), records: [m, ...h.records], facts: h.facts,
            national: nationalOf?.(hh),
          }));
        }
      }
      return findings;
    },
  };
}
