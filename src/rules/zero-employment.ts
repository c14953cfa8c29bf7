// ZERO_EMPLOYMENT: a monitor household with a working-age, able member and no member in the employment roster.
import type { PersonRecord } from '../model/types.js';
import { ageOfId, ageWithin } from '../match/age.js';
import { isLiving } from '../match/build-index.js';
import { hasLaborCapacity, isDropoutStatus, parseStudentStatus } from '../model/vocab.js';
import type { Rule, RuleContext, RuleFinding, RuleMeta } from './types.js';
import { severeDisability } from './conditions.js';
import { basisOf, householdFinding, uniquePersons } from './finding.js';
import { message, whoOf } from './message-data.js';

const meta: RuleMeta = {
  code: 'ZERO_EMPLOYMENT',
  title: '疑似零就业家庭',
  category: '零就业家庭',
  leadDept: '人社局',
  subject: 'household',
  requires: ['monitor', 'employment'],
  params: ['laborAge', 'referenceDate'],
  needs: {},
  description: '防止返贫致贫监测名单中某户至少有一名健在、处于劳动年龄（默认16至60周岁，含两端）、不是在校生（监测系统在校生状况为某一学段，或在学籍名单中）、'
    + '不是一、二级残疾（残疾人名单或健康状况）且未登记为丧失劳动力/无劳动力的成员，而全户没有任何成员在务工就业名单中。',
  question: '该户劳动力目前是否在务工或从事生产经营？如未就业，原因是什么？是否需要就业帮扶或公益性岗位？',
  national: [],
};

interface Labor { member: PersonRecord; age: number }

/** A member who counts as labour, or null (not labour, or not determinable: never guessed). */
function asLabor(ctx: RuleContext, m: PersonRecord): Labor | null {
  if (!isLiving(ctx.index, m.idNumber)) return null;
  const age = ageOfId(m.idNumber, ctx.params.referenceDate);
  if (!ageWithin(age, ctx.params.laborAge)) return null;
  const student = parseStudentStatus(m.f.studentStatus);
  if (student === undefined) { ctx.unknown('monitor', 'studentStatus', m.f.studentStatus ?? '', m); return null; }
  if (student) return null;
  if (ctx.index.recordsOf('student', m.idNumber).some((r) => isDropoutStatus(r.f.enrolStatus) !== true)) return null;
  const capacity = hasLaborCapacity(m.f.laborSkill);
  if (capacity === undefined) { ctx.unknown('monitor', 'laborSkill', m.f.laborSkill ?? '', m); return null; }
  if (capacity === false) return null;
  const disabled = severeDisability(ctx, m);
  if (!disabled || disabled.severe) return null;
  return { member: m, age };
}

const rule: Rule = {
  ...meta,
  run(ctx) {
    const findings: RuleFinding[] = [];
    for (const hh of ctx.index.monitorHouseholds.values()) {
      const members = uniquePersons(hh.members);
      if (members.some((m) => ctx.index.recordsOf('employment', m.idNumber).length > 0)) continue;
      const labor = members.map((m) => asLabor(ctx, m)).filter((l): l is Labor => l !== null);
      if (labor.length === 0) continue;
      findings.push(householdFinding(meta, hh, {
        members: labor.map((l) => l.member),
        message: message('ZERO_EMPLOYMENT', { members: members.length, labor: labor.map((l) => ({ person: whoOf(l.member), age: l.age })) }),
        basis: basisOf(['monitor', 'employment']),
        records: labor.map((l) => l.member),
        facts: labor.map((l) => `LABOR:${l.member.idNumber}`),
      }));
    }
    return findings;
  },
};

export default rule;
