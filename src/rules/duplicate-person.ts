// DUPLICATE_PERSON: one ID number (the normalised first 18 characters) in two or more households of the
// monitoring export. Two rows are in different households when both have a 户编号 and they differ, or, when
// either lacks one, both name a 户主证件号码 and those differ. Repeated rows within one household are not counted.
import type { PersonRecord } from '../model/types.js';
import type { Rule, RuleFinding, RuleMeta } from './types.js';
import { basisOf, personFinding } from './finding.js';
import { atOf, message, whoOf } from './message-data.js';

const meta: RuleMeta = {
  code: 'DUPLICATE_PERSON',
  title: '同一人在多户重复登记',
  category: '数据质量',
  leadDept: '乡村振兴局',
  subject: 'person',
  requires: ['monitor'],
  params: [],
  needs: { monitor: ['householdId'] },
  description: '同一身份证号（前18位）在防止返贫致贫监测名单中出现在两个或以上的户（户编号不同；无户编号时按户主身份证号区分）。',
  question: '该人实际属于哪一户？是否因分户、婚嫁迁移未及时在系统中调整而重复登记？请保留其实际所在户，从其他户中删除。',
  national: [],
};

function differentHouseholds(a: PersonRecord, b: PersonRecord): boolean {
  if (a.householdId && b.householdId) return a.householdId !== b.householdId;
  return !!a.headIdNumber && !!b.headIdNumber && a.headIdNumber !== b.headIdNumber;
}

const rule: Rule = {
  ...meta,
  run(ctx) {
    const findings: RuleFinding[] = [];
    for (const [id, rows] of ctx.index.repeated('monitor')) {
      // One row per distinct household, in roster order.
      const distinct: PersonRecord[] = [];
      for (const r of rows) {
        if (!r.householdId && !r.headIdNumber) continue;
        if (distinct.every((d) => differentHouseholds(d, r))) distinct.push(r);
      }
      if (distinct.length < 2) continue;
      const first = distinct[0];
      const hhKey = ctx.index.monitorHouseholdOf.get(id);
      const hh = hhKey ? ctx.index.monitorHouseholds.get(hhKey) ?? null : null;
      findings.push(personFinding(meta, first, hh, {
        message: message('DUPLICATE_PERSON', {
          person: whoOf(first),
          households: distinct.map((r) => ({ householdId: r.householdId, headIdNumber: r.headIdNumber, name: r.name, relation: r.relation, at: atOf(r) })),
        }),
        basis: basisOf(['monitor']),
        records: distinct,
        facts: distinct.map((r) => `HH:${r.householdId ?? ''}:${r.headIdNumber ?? ''}`),
      }));
    }
    return findings;
  },
};

export default rule;
