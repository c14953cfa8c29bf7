// A person rule that is exactly "a living monitor member meets condition X" (EDU_DROPOUT, MED_UNINSURED):
// the condition lives in conditions.ts so WRONG_EXIT can share it; this turns it into a rule.
import type { PersonRecord } from '../model/types.js';
import type { MonitorHousehold } from '../match/index-types.js';
import type { Rule, RuleContext, RuleFinding, RuleMeta } from './types.js';
import type { MemberHit } from './conditions.js';
import type { MemberCondition, RuleMessage } from './message-data.js';
import { basisOf, personFinding, uniquePersons } from './finding.js';

export function personConditionRule<C extends MemberCondition>(meta: RuleMeta, hit: (ctx: RuleContext, m: PersonRecord) => MemberHit<C> | null,
  /** The rule's message for what holds. */
  messageOf: (condition: C) => RuleMessage,
  /** The national numbers a finding about this member answers (default: all of the rule's). */
  nationalOf?: (hh: MonitorHousehold) => string[]): Rule {
  return {
    ...meta,
    run(ctx) {
      const findings: RuleFinding[] = [];
      for (const hh of ctx.index.monitorHouseholds.values()) {
        for (const m of uniquePersons(hh.members)) {
          const h = hit(ctx, m);
          if (!h) continue;
          findings.push(personFinding(meta, m, hh, {
            message: messageOf(h.condition), basis: basisOf(meta.requires), records: [m, ...h.records], facts: h.facts,
            national: nationalOf?.(hh),
          }));
        }
      }
      return findings;
    },
  };
}
