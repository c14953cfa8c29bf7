// SEX_MISMATCH: the sex coded in the ID (17th character) disagrees with the 性别 column, or a 配偶 has the
// same sex as the 户主 (by their IDs). Subject: the person (the member whose 性别 is wrong, or the spouse).
import type { PersonRecord } from '../model/types.js';
import { isHeadRelation } from '../match/build-index.js';
import { parseRelation, parseSex, sexOfId } from '../model/vocab.js';
import type { Rule, RuleFinding, RuleMeta } from './types.js';
import { basisOf, personFinding, uniquePersons } from './finding.js';
import { atOf, message, whoOf, type SexClause } from './message-data.js';

const meta: RuleMeta = {
  code: 'SEX_MISMATCH',
  title: '性别与身份证号不符',
  category: '数据质量',
  leadDept: '乡村振兴局',
  subject: 'person',
  requires: ['monitor'],
  params: [],
  needs: { monitor: ['sex'] },
  description: '防止返贫致贫监测名单中成员的性别一栏（男/女，或代码1/2）与身份证号第17位（奇数为男、偶数为女）不一致；'
    + '或与户主关系为配偶的成员与户主的身份证号显示为同一性别。',
  question: '该成员的性别、身份证号是否登记正确？配偶与户主关系是否登记正确（是否应为其他关系）？请核对户口簿后在系统中更正。',
  national: [],
};

const rule: Rule = {
  ...meta,
  run(ctx) {
    const findings: RuleFinding[] = [];
    for (const hh of ctx.index.monitorHouseholds.values()) {
      const head = hh.head;
      const headSex = head ? sexOfId(head.idNumber) : null;
      for (const m of uniquePersons(hh.members)) {
        const idSex = sexOfId(m.idNumber);
        if (!idSex) continue;
        const clauses: SexClause[] = [];
        const facts: string[] = [];
        const records: PersonRecord[] = [m];

        const colSex = parseSex(m.f.sex);
        if (colSex === undefined) ctx.unknown('monitor', 'sex', m.f.sex ?? '', m);
        else if (colSex !== null && colSex !== idSex) {
          clauses.push({ type: 'column', idSex, column: m.f.sex ?? '', at: atOf(m) });
          facts.push(`SEX:${m.f.sex}`);
        }

        const spouse = !isHeadRelation(m.relation) && parseRelation(m.relation) === '配偶';
        if (spouse && head && head.idNumber !== m.idNumber && headSex === idSex) {
          clauses.push({ type: 'spouse', idSex, head: whoOf(head), at: atOf(m), headAt: atOf(head) });
          facts.push(`SPOUSE_OF:${head.idNumber}`);
          records.push(head);
        }
        if (clauses.length === 0) continue;
        findings.push(personFinding(meta, m, hh, {
          message: message('SEX_MISMATCH', { person: whoOf(m), clauses }),
          basis: basisOf(['monitor']),
          records,
          facts,
        }));
      }
    }
    return findings;
  },
};

export default rule;
