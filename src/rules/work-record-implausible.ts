// WORK_RECORD_IMPLAUSIBLE: a member's 务工 fields in the monitoring export that cannot be right (national checks
// 5_16_001 / 5_16_002 务工月收入 above workMonthlyIncome[1] or, for someone who works, below workMonthlyIncome[0];
// 5_16_010 a 务工 record for someone younger than workMinAge). Subject: the person.
import { ageOfId } from '../match/age.js';
import { parseNumber } from '../model/vocab.js';
import type { Rule, RuleFinding, RuleMeta } from './types.js';
import { memo } from './memo.js';
import { basisOf, personFinding, uniquePersons } from './finding.js';
import { atOf, message, whoOf, type WorkClause } from './message-data.js';

const meta: RuleMeta = {
  code: 'WORK_RECORD_IMPLAUSIBLE',
  title: '务工信息不合常理',
  category: '数据质量',
  leadDept: '乡村振兴局 / 人社局',
  subject: 'person',
  requires: ['monitor'],
  params: ['workMonthlyIncome', 'workMinAge', 'referenceDate'],
  needs: { monitor: ['workMonths', 'workMonthlyIncome'] },
  description: '防止返贫致贫监测名单中成员的务工信息不合常理：务工月收入高于 workMonthlyIncome 上限（默认30000元）；'
    + '有务工记录（务工时间大于0或填写了务工所在地、务工企业）但务工月收入低于下限（默认100元）；'
    + '不满 workMinAge 周岁（默认16周岁）却登记了务工时间、务工所在地或务工企业。务工月收入为空的不核查。',
  question: '该成员是否实际外出务工？务工地点、月数和月收入是多少？未满16周岁的是否在校就读、是否存在使用童工？请据实更正系统中的务工信息。',
  national: ['5_16_001', '5_16_002', '5_16_010'],
};

const rule: Rule = {
  ...meta,
  run(ctx) {
    const [low, high] = ctx.params.workMonthlyIncome;
    const findings: RuleFinding[] = [];
    const num = memo(parseNumber);
    for (const hh of ctx.index.monitorHouseholds.values()) {
      for (const m of uniquePersons(hh.members)) {
        if (m.f.workMonths === undefined && m.f.workPlace === undefined && m.f.employer === undefined && m.f.workMonthlyIncome === undefined) continue;
        const months = num(m.f.workMonths);
        if (months === undefined) ctx.unknown('monitor', 'workMonths', m.f.workMonths ?? '', m);
        const worked = (months ?? 0) > 0 || (m.f.workPlace ?? '') !== '' || (m.f.employer ?? '') !== '';
        const income = num(m.f.workMonthlyIncome);
        if (income === undefined) ctx.unknown('monitor', 'workMonthlyIncome', m.f.workMonthlyIncome ?? '', m);
        const clauses: WorkClause[] = [];
        const facts: string[] = [];
        const national: string[] = [];
        if (typeof income === 'number' && income > high) {
          clauses.push({ type: 'high', income, limit: high });
          facts.push(`HIGH:${income}`); national.push('5_16_001');
        } else if (typeof income === 'number' && income < low && worked) {
          clauses.push({ type: 'low', income, limit: low });
          facts.push(`LOW:${income}`); national.push('5_16_002');
        }
        const age = clauses.length > 0 || worked ? ageOfId(m.idNumber, ctx.params.referenceDate) : 0;
        if (worked && age < ctx.params.workMinAge) {
          clauses.push({
            type: 'underage', minAge: ctx.params.workMinAge, months: (months ?? 0) > 0 ? m.f.workMonths ?? '' : null,
            place: m.f.workPlace || null, employer: m.f.employer || null,
          });
          facts.push('UNDERAGE'); national.push('5_16_010');
        }
        if (clauses.length === 0) continue;
        findings.push(personFinding(meta, m, hh, {
          message: message('WORK_RECORD_IMPLAUSIBLE', { person: whoOf(m), age, clauses, at: atOf(m) }),
          basis: basisOf(['monitor']),
          records: [m],
          facts,
          national,
        }));
      }
    }
    return findings;
  },
};

export default rule;
