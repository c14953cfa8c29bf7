// WRONG_EXIT: an exited household (or one whose risk is marked eliminated) that still shows a gap.
import type { PersonRecord, SourceKind } from '../model/types.js';
import { parseHouseholdType, parseMonitorType, parseNumber, parseRiskEliminated, parseWaterSafe } from '../model/vocab.js';
import type { Rule, RuleContext, RuleFinding, RuleMeta } from './types.js';
import { eduDropoutHit, housingUnsafeHits, medUninsuredHit, type MemberHit } from './conditions.js';
import { basisOf, householdField, householdFinding, uniquePersons } from './finding.js';
import { householdYear, incomeLineFor } from './income-line.js';
import { atOf, message, type WrongExitClause, type WrongExitGap } from './message-data.js';

const meta: RuleMeta = {
  code: 'WRONG_EXIT',
  title: '疑似错退或风险消除不实',
  category: '错退 / 风险消除不实',
  leadDept: '乡村振兴局',
  subject: 'household',
  requires: ['monitor'],
  params: ['incomeThreshold', 'compulsoryEducationAge', 'referenceDate'],
  needs: { monitor: ['householdType', 'riskEliminated', 'perCapitaIncome'] },
  description: '防止返贫致贫监测名单中已脱贫（脱贫户且未纳入监测）或风险是否消除为“是”的户，同时存在下列情形之一：家庭年人均纯收入低于监测标准 incomeThreshold（可按年度设置，取该户“年度”列的年份，没有时取比对月份所在年份）；'
    + '有成员义务教育阶段疑似失学辍学（同 EDU_DROPOUT）；有成员未参加基本医疗保险（同 MED_UNINSURED）；住房为C/D级危房未改造（同 HOUSING_UNSAFE）；未解决安全饮用水（同 WATER_UNSAFE）。'
    + '只使用本期已提供的名册：缺少学籍、医保或危房鉴定名册（或对应规则已停用）时，相应条件不核查，并在问题描述中注明。',
  question: '该户脱贫或风险消除时收入是否稳定超过监测标准、“三保障”是否落实？目前收入和义务教育、医疗、住房保障情况如何？是否应重新纳入监测？',
  national: ['1_02_006', '1_02_008', '1_02_009'],
};

interface Gap { key: string; kind: WrongExitGap; code: string }

const GAPS: Gap[] = [
  { key: 'edu', kind: 'student', code: 'EDU_DROPOUT' },
  { key: 'med', kind: 'medical', code: 'MED_UNINSURED' },
  { key: 'housing', kind: 'housing', code: 'HOUSING_UNSAFE' },
];

function gapUsable(ctx: RuleContext, g: Gap): boolean {
  const disabled = new Set(ctx.params.disabled.map((d) => d.trim().toUpperCase()));
  return ctx.data.present.has(g.kind) && !disabled.has(g.code);
}

const rule: Rule = {
  ...meta,
  run(ctx) {
    const usable = new Map(GAPS.map((g) => [g.key, gapUsable(ctx, g)]));
    const unchecked = GAPS.filter((g) => !usable.get(g.key)).map((g) => g.kind);
    const findings: RuleFinding[] = [];

    for (const hh of ctx.index.monitorHouseholds.values()) {
      const typeF = householdField(hh, 'householdType');
      const type = parseHouseholdType(typeF?.value);
      if (typeF && type === undefined) ctx.unknown('monitor', 'householdType', typeF.value, typeF.record);
      const monF = householdField(hh, 'monitorType');
      const monitored = parseMonitorType(monF?.value);
      if (monF && monitored === undefined) ctx.unknown('monitor', 'monitorType', monF.value, monF.record);
      const riskF = householdField(hh, 'riskEliminated');
      const eliminated = parseRiskEliminated(riskF?.value);
      if (riskF && eliminated === undefined) ctx.unknown('monitor', 'riskEliminated', riskF.value, riskF.record);

      // 脱贫户 not under monitoring: no monitoring category and no risk marked as not eliminated
      // (an unreadable category is not guessed).
      const exited = type === 'exited' && (monitored === null || monitored === false) && eliminated !== false;
      const riskOff = eliminated === true;
      if (!exited && !riskOff) continue;

      const clauses: WrongExitClause[] = [];
      const facts: string[] = [exited ? 'STATUS:exited' : 'STATUS:eliminated'];
      const records: PersonRecord[] = [];
      const members: PersonRecord[] = [];
      const kinds: SourceKind[] = ['monitor'];
      const national: string[] = [];
      if (typeF && exited) records.push(typeF.record);
      if (riskF && riskOff) records.push(riskF.record);

      const incomeF = householdField(hh, 'perCapitaIncome');
      const income = parseNumber(incomeF?.value);
      if (incomeF && income === undefined) ctx.unknown('monitor', 'perCapitaIncome', incomeF.value, incomeF.record);
      const line = incomeLineFor(ctx.params.incomeThreshold, householdYear(hh, ctx.data.period).year);
      if (incomeF && typeof income === 'number' && income < line.yuan) {
        clauses.push({ type: 'income', income, line, at: atOf(incomeF.record) });
        facts.push(`INCOME:${income}`);
        records.push(incomeF.record);
        if (exited) national.push('1_02_006');
      }

      // Drinking water is part of 两不愁三保障 too; the export's own flag is the only source (issue 7).
      const waterF = householdField(hh, 'waterSafe');
      if (waterF && parseWaterSafe(waterF.value) === false) {
        clauses.push({ type: 'water', value: waterF.value, at: atOf(waterF.record) });
        facts.push('WATER:no');
        records.push(waterF.record);
        national.push('1_02_009');
      }

      const hits: MemberHit[] = [];
      for (const m of uniquePersons(hh.members)) {
        if (usable.get('edu')) {
          const h = eduDropoutHit(ctx, m);
          if (h) { hits.push(h); kinds.push('student'); }
        }
        if (usable.get('med')) {
          const h = medUninsuredHit(ctx, m);
          if (h) { hits.push(h); kinds.push('medical'); }
        }
      }
      if (usable.get('housing')) {
        const hs = housingUnsafeHits(ctx, hh);
        if (hs.length > 0) { hits.push(...hs); kinds.push('housing'); national.push('1_02_008'); }
      }
      for (const h of hits) {
        clauses.push(h.condition);
        facts.push(...h.facts);
        records.push(h.member, ...h.records);
        members.push(h.member);
      }
      if (clauses.length === 0) continue;

      findings.push(householdFinding(meta, hh, {
        members, records, facts,
        message: message('WRONG_EXIT', { exited, riskEliminated: riskOff, clauses, unchecked }),
        basis: basisOf(kinds),
        national,
      }));
    }
    return findings;
  },
};

export default rule;
