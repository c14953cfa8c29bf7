// NO_LABOR_ELIMINATED: risk marked eliminated (风险是否消除 是) for a household whose living members are all
// 丧失劳动力 / 无劳动力 and none of whom is in dibao or tekun. A member with an empty or unknown 劳动技能 means the
// household is not judged. dibao / tekun are checked when present; the rule still runs without them and says so.
import { isLiving } from '../match/build-index.js';
import { hasLaborCapacity, parseRiskEliminated } from '../model/vocab.js';
import type { Rule, RuleFinding, RuleMeta } from './types.js';
import { basisOf, householdField, householdFinding, uniquePersons } from './finding.js';
import { message, whoOf } from './message-data.js';

const SAFETY_NET = ['dibao', 'tekun'] as const;

const meta: RuleMeta = {
  code: 'NO_LABOR_ELIMINATED',
  title: '整户无劳动力却标注风险消除',
  category: '风险消除不实',
  leadDept: '乡村振兴局',
  subject: 'household',
  requires: ['monitor'],
  params: [],
  needs: { monitor: ['riskEliminated', 'laborSkill'] },
  description: '防止返贫致贫监测名单中风险是否消除为“是”的户，全户健在成员的劳动技能均为丧失劳动力或无劳动力，且没有成员在民政低保、特困供养名单中'
    + '（整户无劳动力的户不能仅靠开发式帮扶消除风险，应落实兜底保障）。本期未提供低保或特困名册时，该项不核查并在问题描述中注明。',
  question: '该户没有劳动力，风险消除依据是什么？收入来源是否稳定？是否已纳入低保、特困供养等兜底保障？是否应恢复监测？',
  national: [],
};

const rule: Rule = {
  ...meta,
  run(ctx) {
    const checked = SAFETY_NET.filter((k) => ctx.data.present.has(k));
    const missing = SAFETY_NET.filter((k) => !ctx.data.present.has(k));
    const findings: RuleFinding[] = [];
    for (const hh of ctx.index.monitorHouseholds.values()) {
      const riskF = householdField(hh, 'riskEliminated');
      const eliminated = parseRiskEliminated(riskF?.value);
      if (riskF && eliminated === undefined) ctx.unknown('monitor', 'riskEliminated', riskF.value, riskF.record);
      if (eliminated !== true || !riskF) continue;

      const living = uniquePersons(hh.members).filter((m) => isLiving(ctx.index, m.idNumber));
      if (living.length === 0) continue;
      let allWithout = true;
      for (const m of living) {
        const cap = hasLaborCapacity(m.f.laborSkill);
        if (cap === undefined) ctx.unknown('monitor', 'laborSkill', m.f.laborSkill ?? '', m);
        if (cap !== false) allWithout = false;
      }
      if (!allWithout) continue;
      if (living.some((m) => checked.some((k) => ctx.index.recordsOf(k, m.idNumber).length > 0))) continue;

      findings.push(householdFinding(meta, hh, {
        members: living,
        message: message('NO_LABOR_ELIMINATED', {
          living: living.map((m) => ({ person: whoOf(m), labor: m.f.laborSkill ?? '' })), checked, unchecked: missing,
        }),
        basis: basisOf(['monitor', ...checked]),
        records: [riskF.record, ...living],
        facts: [...living.map((m) => `NOLABOR:${m.idNumber}`), `NET:${checked.join(',')}`],
      }));
    }
    return findings;
  },
};

export default rule;
