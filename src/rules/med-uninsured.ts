// MED_UNINSURED: a living monitor member with no medical-insurance record whose status means insured.
import type { Rule, RuleMeta } from './types.js';
import { message } from './message-data.js';
import { isExitedHousehold, medUninsuredHit } from './conditions.js';
import { personConditionRule } from './person-condition.js';

const meta: RuleMeta = {
  code: 'MED_UNINSURED',
  title: '未参加城乡居民基本医疗保险',
  category: '基本医疗保障',
  leadDept: '医保局',
  subject: 'person',
  requires: ['monitor', 'medical'],
  params: [],
  needs: {},
  description: '防止返贫致贫监测名单中健在的成员，在医保参保名单中没有参保状态为参保（正常参保、已缴费、参保缴费等）的记录；'
    + '参保名单未填参保状态的视为参保；名单有参保年度时只看最近一个年度。',
  question: '该成员本年度是否已参加城乡居民医保或职工医保？是否在外地参保、服兵役或有其他不需参保的情形？',
  national: ['2_01_016'],
};

// 2_01_016 asks about 脱贫人口 only.
const rule: Rule = personConditionRule(meta, medUninsuredHit, (c) => message('MED_UNINSURED', c), (hh) => (isExitedHousehold(hh) ? ['2_01_016'] : []));

export default rule;
