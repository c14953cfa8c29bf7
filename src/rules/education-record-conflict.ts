// EDUCATION_RECORD_CONFLICT: a member's 文化程度 that contradicts the rest of the record (national checks 3_01_003
// 文化程度 filled while 在校生状况 names a school stage — a student's 文化程度 stays empty; 5_17_007 a non-student
// aged lowEducationAge (default 16–22) whose 文化程度 is 小学 or 文盲或半文盲, below what compulsory schooling gives).
import { ageOfId, ageWithin } from '../match/age.js';
import { parseEducationLevel, parseSchoolStage } from '../model/vocab.js';
import type { Rule, RuleFinding, RuleMeta } from './types.js';
import { memo } from './memo.js';
import { basisOf, personFinding, uniquePersons } from './finding.js';
import { atOf, message, whoOf, type MessageData } from './message-data.js';

const meta: RuleMeta = {
  code: 'EDUCATION_RECORD_CONFLICT',
  title: '文化程度与在校生状况或年龄矛盾',
  category: '数据质量',
  leadDept: '乡村振兴局 / 教育局',
  subject: 'person',
  requires: ['monitor'],
  params: ['lowEducationAge', 'referenceDate'],
  needs: { monitor: ['educationLevel', 'studentStatus'] },
  description: '防止返贫致贫监测名单中成员的文化程度登记矛盾：在校生状况为某一学段（学龄前儿童、非在校生除外），文化程度却也已填写（在校生的文化程度应为空）；'
    + '或不是在校生、年龄在 lowEducationAge 内（默认16至22周岁），文化程度却为小学或文盲或半文盲。',
  question: '该成员目前是否在校？最高学历是什么？适龄时是否完成义务教育？请据实更正系统中的文化程度和在校生状况。',
  national: ['3_01_003', '5_17_007'],
};

const rule: Rule = {
  ...meta,
  run(ctx) {
    const findings: RuleFinding[] = [];
    const levelOf = memo(parseEducationLevel);
    const stageOf = memo(parseSchoolStage);
    for (const hh of ctx.index.monitorHouseholds.values()) {
      for (const m of uniquePersons(hh.members)) {
        if (m.f.educationLevel === undefined) continue;
        const level = levelOf(m.f.educationLevel);
        if (level === undefined) ctx.unknown('monitor', 'educationLevel', m.f.educationLevel ?? '', m);
        if (!level) continue;
        const stage = stageOf(m.f.studentStatus);
        if (stage === undefined) ctx.unknown('monitor', 'studentStatus', m.f.studentStatus ?? '', m);
        let conflict: MessageData['EDUCATION_RECORD_CONFLICT']['conflict'] | null = null;
        const national: string[] = [];
        const inSchool = stage !== null && stage !== undefined && stage !== 'none' && stage !== 'preschoolChild';
        const low = level === 'primary' || level === 'illiterate';
        if (!inSchool && !low) continue;
        const age = ageOfId(m.idNumber, ctx.params.referenceDate);
        if (inSchool) {
          conflict = { type: 'inSchool', stage: m.f.studentStatus ?? '', level: m.f.educationLevel };
          national.push('3_01_003');
        } else if (stage !== undefined && low && ageWithin(age, ctx.params.lowEducationAge)) {
          conflict = { type: 'lowLevel', level: m.f.educationLevel };
          national.push('5_17_007');
        }
        if (!conflict) continue;
        findings.push(personFinding(meta, m, hh, {
          message: message('EDUCATION_RECORD_CONFLICT', { person: whoOf(m), age, conflict, at: atOf(m) }),
          basis: basisOf(['monitor']),
          records: [m],
          facts: [`EDU:${m.f.educationLevel}`, `STAGE:${m.f.studentStatus ?? ''}`],
          national,
        }));
      }
    }
    return findings;
  },
};

export default rule;
