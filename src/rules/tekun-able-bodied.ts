// TEKUN_ABLE_BODIED (national 5_15_018 / 5_15_019): a member of the monitoring export who receives 特困供养 (the
// export's 享受特困供养政策情况 / 是否特困供养人员, or a record in the 特困 roster) although healthy (健康状况 exactly 健康),
// not a student, and of working age (tekunAbleAge, default 18–59). 特困 is for people without labour capacity and
// without a carer; an able-bodied adult on it is a question for 民政.
import type { PersonRecord } from '../model/types.js';
import { ageOfId, ageWithin } from '../match/age.js';
import { isLiving } from '../match/build-index.js';
import { isDropoutStatus, isHealthy, parseEnjoysPolicy, parseSchoolStage } from '../model/vocab.js';
import type { Rule, RuleFinding, RuleMeta } from './types.js';
import { memo } from './memo.js';
import { basisOf, personFinding, uniquePersons } from './finding.js';
import { atOf, message, whoOf } from './message-data.js';

const meta: RuleMeta = {
  code: 'TEKUN_ABLE_BODIED',
  title: '健康劳动年龄人口享受特困供养',
  category: '兜底保障',
  leadDept: '民政局',
  subject: 'person',
  requires: ['monitor'],
  params: ['tekunAbleAge', 'referenceDate'],
  needs: { monitor: ['health'] },
  description: '防止返贫致贫监测名单中的成员享受特困供养（名单中享受特困供养政策情况/是否特困供养人员为农村特困、城市特困或“是”，'
    + '或在民政特困供养名单中），但健康状况为“健康”、不是在校生，年龄在 tekunAbleAge 内（默认18至59周岁，含两端）。',
  question: '该成员是否确无劳动能力、无生活来源、无法定赡养抚养扶养义务人（或其无履行能力）？特困供养认定依据是什么？健康状况是否登记有误？',
  national: ['5_15_018', '5_15_019'],
};

const rule: Rule = {
  ...meta,
  run(ctx) {
    const findings: RuleFinding[] = [];
    const tekunFlag = memo((s) => parseEnjoysPolicy(s, 'tekun'));
    const healthy = memo(isHealthy);
    const stageOf = memo(parseSchoolStage);
    for (const hh of ctx.index.monitorHouseholds.values()) {
      for (const m of uniquePersons(hh.members)) {
        const flag = tekunFlag(m.f.enjoysTekun);
        if (flag === undefined) ctx.unknown('monitor', 'enjoysTekun', m.f.enjoysTekun ?? '', m);
        const roster = ctx.index.recordsOf('tekun', m.idNumber);
        if (flag !== true && roster.length === 0) continue;
        if (healthy(m.f.health) !== true || !isLiving(ctx.index, m.idNumber)) continue;
        const stage = stageOf(m.f.studentStatus);
        if (stage !== null && stage !== 'none') continue; // a student, or an unreadable status (reported elsewhere)
        if (ctx.index.recordsOf('student', m.idNumber).some((r) => isDropoutStatus(r.f.enrolStatus) !== true)) continue;
        const age = ageOfId(m.idNumber, ctx.params.referenceDate);
        if (!ageWithin(age, ctx.params.tekunAbleAge)) continue;

        findings.push(personFinding(meta, m, hh, {
          message: message('TEKUN_ABLE_BODIED', {
            person: whoOf(m), age, flag: flag === true ? m.f.enjoysTekun ?? '' : null, roster: roster.map(atOf), at: atOf(m),
          }),
          basis: basisOf(roster.length > 0 ? ['monitor', 'tekun'] : ['monitor']),
          records: [m, ...roster] as PersonRecord[],
          // No age in the facts: it changes every year while the record does not.
          facts: [`TEKUN:${flag === true ? 'flag' : ''}${roster.length > 0 ? 'roster' : ''}`],
        }));
      }
    }
    return findings;
  },
};

export default rule;
