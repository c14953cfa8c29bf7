// FOUR_CAT_STAFF: a member of a monitor household is on the public payroll (财政供养人员).
import type { Rule, RuleMeta } from './types.js';
import { message } from './message-data.js';
import { runFourCategory } from './four-cat.js';

const meta: RuleMeta = {
  code: 'FOUR_CAT_STAFF',
  title: '家庭成员为财政供养人员',
  category: '四类人员',
  leadDept: '乡村振兴局 / 财政局',
  subject: 'household',
  requires: ['monitor', 'staff'],
  params: [],
  needs: {},
  description: '防止返贫致贫监测名单中某户有成员出现在财政供养人员名单中（按身份证号比对）。',
  question: '该成员是否在机关、事业单位等财政供养岗位工作？何时入职、是否仍在职？该户是否符合监测对象条件？',
  national: [],
};

const rule: Rule = {
  ...meta,
  run: (ctx) => runFourCategory(ctx, meta, 'staff', (r) => {
    const unit = r.f.unit?.trim() ?? '';
    return { record: { unit }, facts: [`STAFF:${unit}`] };
  }, (hits) => message('FOUR_CAT_STAFF', { hits })),
};

export default rule;
