// EDU_DROPOUT: a living monitor member of compulsory-education age with no student record, or only dropout records.
import type { Rule, RuleMeta } from './types.js';
import { message } from './message-data.js';
import { eduDropoutHit } from './conditions.js';
import { personConditionRule } from './person-condition.js';

const meta: RuleMeta = {
  code: 'EDU_DROPOUT',
  title: '义务教育阶段疑似失学辍学',
  category: '义务教育保障',
  leadDept: '教育局',
  subject: 'person',
  requires: ['monitor', 'student'],
  params: ['compulsoryEducationAge', 'referenceDate'],
  needs: {},
  description: '防止返贫致贫监测名单中健在的成员，在基准日年满义务教育年龄（默认6至15周岁，含两端），但学籍名单中没有其记录，'
    + '或其学籍记录全部为辍学、失学、退学。在读、送教上门、随班就读、休学、延缓入学、因病请假、转学等均不算辍学。',
  question: '该儿童目前是否在校就读？在哪所学校、几年级？如未上学，原因是什么（重度残疾送教上门、休学、外地就读等）？',
  national: ['5_15_016', '5_15_017'],
};

const rule: Rule = personConditionRule(meta, eduDropoutHit, (c) => message('EDU_DROPOUT', c));

export default rule;
