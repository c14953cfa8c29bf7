// HH_STRUCTURE: a 户编号 of the monitoring export with no 户主 or several, several 配偶, or a 与户主关系
// outside the national vocabulary (domain §1.3, §1.4 item 3).
// Only households with a 户编号 are checked (households grouped by the head's ID have a head by construction),
// and nothing is checked when no monitor row has a 与户主关系 at all (the column is missing).
// A value outside the list fires this rule (naming the row) instead of going to the unknown-value list;
// known spellings ("儿子", "本人", "妻子") still count as the relation they stand for.
import type { Finding, PersonRecord } from '../model/types.js';
import { isHeadRelation } from '../match/build-index.js';
import { isNationalRelation, parseRelation } from '../model/vocab.js';
import type { Rule, RuleMeta } from './types.js';
import { basisOf, fileRef, householdFinding, uniquePersons, who } from './finding.js';

const meta: RuleMeta = {
  code: 'HH_STRUCTURE',
  title: '户成员关系结构异常',
  category: '数据质量',
  leadDept: '乡村振兴局',
  subject: 'household',
  requires: ['monitor'],
  params: [],
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
    const findings: Finding[] = [];
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

      const clauses: string[] = [];
      const facts: string[] = [];
      const hit: PersonRecord[] = [];
      if (heads.length === 0) {
        clauses.push(`全户${members.length}人中没有与户主关系为“户主”的成员`);
        facts.push('HEADS:0');
      } else if (heads.length > 1) {
        clauses.push(`有${heads.length}名户主：${heads.map((m) => `${who(m)}(${fileRef(m)})`).join('、')}`);
        facts.push(...heads.map((m) => `HEAD:${m.idNumber}`));
        hit.push(...heads);
      }
      if (spouses.length > 1) {
        clauses.push(`有${spouses.length}名配偶：${spouses.map((m) => `${who(m)}(${fileRef(m)})`).join('、')}`);
        facts.push(...spouses.map((m) => `SPOUSE:${m.idNumber}`));
        hit.push(...spouses);
      }
      for (const m of odd) {
        const as = relationOf(m);
        const text = !m.relation ? '未填写与户主关系'
          : `与户主关系为“${m.relation}”，不是全国系统规范值${as ? `（应为“${as}”）` : ''}`;
        clauses.push(`成员${who(m)}${text}(${fileRef(m)})`);
        facts.push(`REL:${m.idNumber}:${m.relation ?? ''}`);
        hit.push(m);
      }
      if (clauses.length === 0) continue;
      findings.push(householdFinding(meta, hh, {
        members: hit,
        description: `户编号${hid}：${clauses.join('；')}`,
        basis: basisOf(['monitor']),
        records: heads.length === 0 ? members : hit,
        facts,
      }));
    }
    return findings;
  },
};

export default rule;
