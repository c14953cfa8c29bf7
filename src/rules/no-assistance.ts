// NO_ASSISTANCE: a monitored household (监测对象类别 names a category, 户类型 is a monitoring type, or 风险是否消除
// is 否 without 监测对象类别 saying otherwise) with labour
// (a living member 普通劳动力 / 技能劳动力 / 弱劳动力或半劳动力), risk not eliminated (风险是否消除 否 or empty),
// identified (识别监测时间) at least assistanceGraceMonths whole calendar months before referenceDate, and
//   - 实施开发式帮扶措施情况 is 尚未实施, or
//   - none of its members has a measure in 产业帮扶 / 就业帮扶 / 公益岗位帮扶 / 金融帮扶 (empty, 否, 无, 尚未实施).
// The second branch needs the columns: when no monitor row of the whole export has any of them filled, it is not
// judged. A household without a readable 识别监测时间 is not judged.
import type { PersonRecord } from '../model/types.js';
import { isLiving } from '../match/build-index.js';
import {
  hasLaborCapacity, monthsBetween, parseAidCell, parseAssistanceStatus, parseHouseholdType, parseMonitorType,
  parseRiskEliminated, parseYearMonth,
} from '../model/vocab.js';
import type { Rule, RuleFinding, RuleMeta } from './types.js';
import { basisOf, householdField, householdFinding, uniquePersons } from './finding.js';
import { AID_TITLES, atOf, message, whoOf, type At } from './message-data.js';

const AID_FIELDS = ['industryAid', 'employmentAid', 'publicJobAid', 'financeAid'] as const;

const meta: RuleMeta = {
  code: 'NO_ASSISTANCE',
  title: '监测户有劳动力但未落实开发式帮扶',
  category: '帮扶落实',
  leadDept: '乡村振兴局',
  subject: 'household',
  requires: ['monitor'],
  params: ['assistanceGraceMonths', 'referenceDate'],
  needs: { monitor: ['riskEliminated', 'identifiedAt', 'laborSkill', 'assistanceStatus'] },
  description: '防止返贫致贫监测名单中风险未消除的监测户，有成员劳动技能为普通劳动力、技能劳动力或弱劳动力（半劳动力），'
    + '识别监测时间距 referenceDate 已满 assistanceGraceMonths 个月（按年月计算），而实施开发式帮扶措施情况为“尚未实施”，'
    + `或${AID_TITLES}各栏全户均为空、否或无（名单中完全没有这些栏目时不按此项判断）。`,
  question: '该户有劳动力，纳入监测后落实了哪些产业、就业、公益岗位或金融帮扶措施？尚未落实的原因是什么、何时落实？系统中是否漏录了已落实的措施？',
  national: ['5_12_007'],
};

/** 5_12_007 asks after 6 months; the local grace (assistanceGraceMonths) may be shorter. */
const NATIONAL_MONTHS = 6;

const rule: Rule = {
  ...meta,
  run(ctx) {
    const monitor = ctx.data.records.get('monitor') ?? [];
    // Readers omit empty cells, so a filled cell anywhere is the only sign that the columns exist.
    const columnsExist = monitor.some((r) => AID_FIELDS.some((k) => (r.f[k] ?? '').trim() !== ''));
    const ref = parseYearMonth(ctx.params.referenceDate);
    if (!ref) return [];
    const grace = ctx.params.assistanceGraceMonths;
    const findings: RuleFinding[] = [];

    for (const hh of ctx.index.monitorHouseholds.values()) {
      const monF = householdField(hh, 'monitorType');
      const monType = parseMonitorType(monF?.value);
      if (monF && monType === undefined) ctx.unknown('monitor', 'monitorType', monF.value, monF.record);
      const typeF = householdField(hh, 'householdType');
      const type = parseHouseholdType(typeF?.value);
      if (typeF && type === undefined) ctx.unknown('monitor', 'householdType', typeF.value, typeF.record);
      const riskF = householdField(hh, 'riskEliminated');
      const eliminated = parseRiskEliminated(riskF?.value);
      if (riskF && eliminated === undefined) { ctx.unknown('monitor', 'riskEliminated', riskF.value, riskF.record); continue; }
      if (eliminated === true) continue;
      // Under monitoring: a monitoring category, a monitoring 户类型, or risk marked 否 (only monitored households carry it).
      if (monType !== true && type !== 'monitored' && !(monType !== false && eliminated === false)) continue;

      const idF = householdField(hh, 'identifiedAt');
      if (!idF) continue;
      const identified = parseYearMonth(idF.value);
      if (!identified) { ctx.unknown('monitor', 'identifiedAt', idF.value, idF.record); continue; }
      const months = monthsBetween(identified, ref);
      if (months < grace) continue;

      const labor: PersonRecord[] = [];
      for (const m of uniquePersons(hh.members)) {
        if (!isLiving(ctx.index, m.idNumber)) continue;
        const cap = hasLaborCapacity(m.f.laborSkill);
        if (cap === undefined) ctx.unknown('monitor', 'laborSkill', m.f.laborSkill ?? '', m);
        if (cap === true) labor.push(m);
      }
      if (labor.length === 0) continue;

      let status: { value: string; at: At } | null = null;
      const facts: string[] = [`IDENTIFIED:${identified.year}-${identified.month}`];
      const records: PersonRecord[] = [idF.record, ...labor];
      const statusF = householdField(hh, 'assistanceStatus');
      const implemented = parseAssistanceStatus(statusF?.value);
      if (statusF && implemented === undefined) ctx.unknown('monitor', 'assistanceStatus', statusF.value, statusF.record);
      if (statusF && implemented === false) {
        status = { value: statusF.value, at: atOf(statusF.record) };
        facts.push(`STATUS:${statusF.value}`);
        records.push(statusF.record);
      }
      const anyAid = hh.members.some((m) => AID_FIELDS.some((k) => parseAidCell(m.f[k]) === true));
      const noAid = columnsExist && !anyAid;
      if (noAid) facts.push('NOAID');
      if (!status && !noAid) continue;

      findings.push(householdFinding(meta, hh, {
        members: labor,
        message: message('NO_ASSISTANCE', {
          identified, at: atOf(idF.record), months, labor: labor.map((m) => ({ person: whoOf(m), labor: m.f.laborSkill ?? '' })), status, noAid,
        }),
        basis: basisOf(['monitor']),
        records,
        facts: [...facts, ...labor.map((m) => `LABOR:${m.idNumber}`)],
        national: months >= NATIONAL_MONTHS ? ['5_12_007'] : [],
      }));
    }
    return findings;
  },
};

export default rule;
