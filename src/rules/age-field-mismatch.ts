// AGE_FIELD_MISMATCH: fields of a member of the monitoring export that cannot hold for their age (from the ID at
// referenceDate) or for each other (domain §1.4 items 9, 10, 13). Subject: the person.
//
// Plausible ages (whole years at referenceDate, both ends included). Generous on purpose: late entry, repeated
// years and adult learners must not fire.
//   在校生状况                     文化程度 (the highest level reached; no upper bound)
//   学龄前儿童          0–7         文盲或半文盲   any
//   学前教育            2–7         小学           ≥ 6
//   小学 / 一~六年级     5–15        初中           ≥ 12
//   七年级             10–18        高中/中专/中职 ≥ 15
//   八年级             11–19        大专           ≥ 18
//   九年级 / 初中       12–20        本科及以上     ≥ 18
//   普通高中            13–22
//   中职                13–25
//   技师学院            14–30
//   高职高专            15–30
//   本科                16–40
//   硕士研究生及以上     ≥ 20
// Also: a student (在校生状况 names a school stage) whose 劳动技能 says labour (普通/技能/弱劳动力; 丧失劳动力 is
// accepted, a disabled student may carry it); a member whose 健康状况 is exactly 健康, who is not a student (在校生状况
// empty or 非在校生, and no current record in `student` when present) and whose age is within laborAge, recorded as
// 无劳动力 or 丧失劳动力.
import type { PersonRecord } from '../model/types.js';
import { ageOfId, ageWithin } from '../match/age.js';
import {
  hasLaborCapacity, isDropoutStatus, isHealthy, parseEducationLevel, parseSchoolStage,
  type EducationLevel, type SchoolStage,
} from '../model/vocab.js';
import type { MonitorHousehold } from '../match/index-types.js';
import type { Rule, RuleContext, RuleFinding, RuleMeta } from './types.js';
import { basisOf, personFinding, uniquePersons } from './finding.js';
import { atOf, message, whoOf, type AgeFieldClause } from './message-data.js';

const meta: RuleMeta = {
  code: 'AGE_FIELD_MISMATCH',
  title: '年龄与在校生状况、文化程度或劳动技能不符',
  category: '数据质量',
  leadDept: '乡村振兴局',
  subject: 'person',
  requires: ['monitor'],
  params: ['referenceDate', 'laborAge'],
  needs: { monitor: ['studentStatus', 'educationLevel', 'laborSkill', 'health'] },
  description: '防止返贫致贫监测名单中成员的在校生状况或文化程度与其年龄（按身份证号计算至 referenceDate）明显不符'
    + '（如6岁本科、40岁七年级、硕士研究生不满20岁，各学段合理年龄见规则文件）；或在校生的劳动技能登记为有劳动力；'
    + '或健康状况为“健康”、非在校生、年龄在劳动年龄 laborAge 内的成员劳动技能登记为无劳动力或丧失劳动力。',
  question: '该成员的出生日期、在校生状况、文化程度和劳动技能是否如实登记？目前是否在校、就读哪个学段？身体健康的劳动年龄人口为何登记为无劳动力？',
  national: ['5_12_008', '5_12_013', '5_17_001', '5_12_017', '5_17_005', '5_12_018', '5_17_006', '5_17_003', '5_17_004'],
};

type Band = [number, number];

const STAGE_AGE: Partial<Record<SchoolStage, Band>> = {
  preschoolChild: [0, 7],
  preschoolEdu: [2, 7],
  primary: [5, 15],
  grade7: [10, 18],
  grade8: [11, 19],
  grade9: [12, 20],
  junior: [12, 20],
  senior: [13, 22],
  secondaryVocational: [13, 25],
  technician: [14, 30],
  higherVocational: [15, 30],
  bachelor: [16, 40],
  postgraduate: [20, Infinity],
};

const EDUCATION_MIN_AGE: Record<EducationLevel, number> = {
  illiterate: 0, primary: 6, junior: 12, senior: 15, college: 18, bachelor: 18,
};

/** Stages that mean "in school" (学龄前儿童 and 非在校生 do not). */
const IN_SCHOOL = new Set<SchoolStage>([
  'preschoolEdu', 'primary', 'grade7', 'grade8', 'grade9', 'junior', 'senior', 'secondaryVocational',
  'technician', 'higherVocational', 'bachelor', 'postgraduate', 'student',
]);

const SENIOR_HIGHER = new Set<SchoolStage>(['technician', 'higherVocational', 'bachelor', 'postgraduate']);
const JUNIOR = new Set<SchoolStage>(['grade7', 'grade8', 'grade9', 'junior']);

/**
 * The national numbers (domain.md §1.5) whose own condition also holds for what fired: the bands above are more
 * generous than the national ones, so a finding answers a number only when its age is outside the national band too.
 */
function nationalOf(age: number, stage: SchoolStage | null | undefined, facts: string[], healthy: boolean): string[] {
  const out: string[] = [];
  if (facts.some((f) => f.startsWith('HEALTHY_NO_LABOR:')) && age >= 16 && age < 60) out.push('5_12_008');
  if (!stage || !facts.some((f) => f.startsWith('STAGE:'))) return out;
  if ((stage === 'preschoolChild' || stage === 'preschoolEdu') && age >= 7 && healthy) out.push('5_12_013', '5_17_001');
  if (SENIOR_HIGHER.has(stage) && age < 18) out.push('5_12_017', '5_17_005');
  if (stage === 'postgraduate' && age < 20) out.push('5_12_018', '5_17_006');
  if (JUNIOR.has(stage) && (age < 12 || age > 17)) out.push('5_17_003');
  if ((stage === 'senior' || stage === 'secondaryVocational') && (age < 15 || age > 20)) out.push('5_17_004');
  return out;
}

function check(ctx: RuleContext, hh: MonitorHousehold, m: PersonRecord): RuleFinding | null {
  const age = ageOfId(m.idNumber, ctx.params.referenceDate);
  const clauses: AgeFieldClause[] = [];
  const facts: string[] = [];

  const stage = parseSchoolStage(m.f.studentStatus);
  if (stage === undefined) ctx.unknown('monitor', 'studentStatus', m.f.studentStatus ?? '', m);
  const band = stage ? STAGE_AGE[stage] : undefined;
  if (band && !ageWithin(age, band)) {
    clauses.push({ type: 'stage', stage: m.f.studentStatus ?? '', band });
    facts.push(`STAGE:${m.f.studentStatus}`);
  }

  const level = parseEducationLevel(m.f.educationLevel);
  if (level === undefined) ctx.unknown('monitor', 'educationLevel', m.f.educationLevel ?? '', m);
  else if (level !== null && age < EDUCATION_MIN_AGE[level]) {
    clauses.push({ type: 'education', level: m.f.educationLevel ?? '', minAge: EDUCATION_MIN_AGE[level] });
    facts.push(`EDU:${m.f.educationLevel}`);
  }

  const labor = hasLaborCapacity(m.f.laborSkill);
  if (labor === undefined) ctx.unknown('monitor', 'laborSkill', m.f.laborSkill ?? '', m);
  const inSchool = stage !== null && stage !== undefined && IN_SCHOOL.has(stage);
  if (inSchool && labor === true) {
    clauses.push({ type: 'studentLabor', stage: m.f.studentStatus ?? '', labor: m.f.laborSkill ?? '' });
    facts.push(`STUDENT_LABOR:${m.f.laborSkill}`);
  }

  const notStudent = (stage === null || stage === 'none')
    && !ctx.index.recordsOf('student', m.idNumber).some((r) => isDropoutStatus(r.f.enrolStatus) !== true);
  if (labor === false && notStudent && isHealthy(m.f.health) === true && ageWithin(age, ctx.params.laborAge)) {
    clauses.push({ type: 'healthyNoLabor', labor: m.f.laborSkill ?? '' });
    facts.push(`HEALTHY_NO_LABOR:${m.f.laborSkill}`);
  }

  if (clauses.length === 0) return null;
  const national = nationalOf(age, stage, facts, isHealthy(m.f.health) === true);
  // No age in the facts: it changes every year while the record does not.
  return personFinding(meta, m, hh, {
    message: message('AGE_FIELD_MISMATCH', { person: whoOf(m), age, clauses, at: atOf(m) }),
    basis: basisOf(['monitor']),
    records: [m],
    facts,
    national,
  });
}

const rule: Rule = {
  ...meta,
  run(ctx) {
    const findings: RuleFinding[] = [];
    for (const hh of ctx.index.monitorHouseholds.values()) {
      for (const m of uniquePersons(hh.members)) {
        const f = check(ctx, hh, m);
        if (f) findings.push(f);
      }
    }
    return findings;
  },
};

export default rule;
