// HH_STRUCTURE: a 户编号 of the monitoring export with no 户主 or several, several 配偶, or a 与户主关系
// outside the national vocabulary (domain §1.3, §1.4 item 3).
// Only households with a 户编号 are checked (households grouped by the head's ID have a head by construction),
// and nothing is checked when no monitor row has a 与户主关系 at all (the column is missing).
// A value outside the list fires this rule (naming the row) instead of going to the unknown-value list;
// known spellings ("儿子", "本人", "妻子") still count as the relation they stand for.
import type { PersonRecord } from '../model/types.js';
import { isHeadRelation } from '../match/build-index.js';
import { isNationalRelation, parseRelation } from '../model/vocab.js';
import type { Rule, RuleFinding, RuleMeta } from './types.js';
import { basisOf, householdFinding, uniquePersons } from './finding.js';
import { atOf, message, whoOf, type HhStructureClause } from './message-data.js';

const meta: RuleMeta = {
  code: 'HH_STRUCTURE',
  title: '户成员关系结构异常',
  category: '数据质量',
  leadDept: '乡村振兴局',
  subject: 'household',
  requires: ['monitor'],
  params: [],
  needs: { monitor: ['householdId', 'relation'] },
  description: '防止返贫致贫监测名单中同一户编号下没有户主或有两名以上户主、有两名以上配偶，或有成员的与户主关系未填写或不是全国系统规范值'
    + '（户主、配偶、之子、之女、之儿媳、之女婿、之孙子、之孙女……其他）。名单中没有与户主关系一列时不核查；没有户编号的成员不核查。',
  question: '该户户主是谁、家庭成员与户主的关系是否如实登记？是否有成员重复登记或错挂到本户？请在系统中更正户主及成员关系。',
  national: [],
};

function relationOf(m: PersonRecord): string | null | undefined {
  return isHeadRelation(m.relation) ? '户主' : parseRelation(m.relation);
}

const rule: Rule = {
  ...meta,
  run(ctx) {
    const monitor = ctx.data.records.get('monitor') ?? [];
    if (!monitor.some((r) => r.relation)) return [];
    const findings: RuleFinding[] = [];
    // Rows by 户编号, one per person: the index places a person listed in two households only in the first,
    // which would make the second look headless (DUPLICATE_PERSON reports that person).
    const byHid = new Map<string, PersonRecord[]>();
    for (const r of monitor) {
      if (!r.householdId) continue;
      const list = byHid.get(r.householdId);
      if (list) list.push(r); else byHid.set(r.householdId, [r]);
    }
    for (const [hid, rows] of byHid) {
      const hh = ctx.index.monitorHouseholds.get(hid);
      if (!hh) continue; // every row of it sits in another household
      const members = uniquePersons(rows);
      const heads = members.filter((m) => relationOf(m) === '户主');
      const spouses = members.filter((m) => relationOf(m) === '配偶');
      const odd = members.filter((m) => !isNationalRelation(m.relation));

      const clauses: HhStructureClause[] = [];
      const facts: string[] = [];
      const hit: PersonRecord[] = [];
      if (heads.length === 0) {
        clauses.push({ type: 'noHead', members: members.length });
        facts.push('HEADS:0');
      } else if (heads.length > 1) {
        clauses.push({ type: 'heads', persons: heads.map((m) => ({ person: whoOf(m), at: atOf(m) })) });
        facts.push(...heads.map((m) => `HEAD:${m.idNumber}`));
        hit.push(...heads);
      }
      if (spouses.length > 1) {
        clauses.push({ type: 'spouses', persons: spouses.map((m) => ({ person: whoOf(m), at: atOf(m) })) });
        facts.push(...spouses.map((m) => `SPOUSE:${m.idNumber}`));
        hit.push(...spouses);
      }
      for (const m of odd) {
        clauses.push({ type: 'relation', person: whoOf(m), relation: m.relation || null, expected: relationOf(m) || null, at: atOf(m) });
        facts.push(`REL:${m.idNumber}:${m.relation ?? ''}`);
        hit.push(m);
      }
      if (clauses.length === 0) continue;
      findings.push(householdFinding(meta, hh, {
        members: hit,
        message: message('HH_STRUCTURE', { householdId: hid, clauses }),
        basis: basisOf(['monitor']),
        records: heads.length === 0 ? members : hit,
        facts,
      }));
    }
    return findings;
  },
};

export default rule;
