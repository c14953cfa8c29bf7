// FOUR_CAT_BUSINESS: a member is the operator / legal representative of an active market entity.
import { isOperatorRole, parseBusinessStatus } from '../model/vocab.js';
import type { Rule, RuleMeta } from './types.js';
import { message } from './message-data.js';
import { EMPTY_VALUE } from './finding.js';
import { runFourCategory } from './four-cat.js';

const meta: RuleMeta = {
  code: 'FOUR_CAT_BUSINESS',
  title: '家庭成员经营市场主体',
  category: '四类人员',
  leadDept: '市场监管局',
  subject: 'household',
  requires: ['monitor', 'business'],
  params: [],
  needs: { business: ['entityStatus'] },
  description: '防止返贫致贫监测名单中某户有成员是登记状态为存续/在业（在营、开业、正常等）的个体工商户或企业的经营者、法定代表人、负责人或投资人；'
    + '名册没有身份列时视所列人员为经营者。股东、监事等不计；已注销、吊销、迁出、停业、清算的不计。',
  question: '该成员名下的个体工商户或企业是否实际经营？经营规模和收入如何？是否已停业但未办理注销？',
  national: [],
};

const rule: Rule = {
  ...meta,
  run: (ctx) => runFourCategory(ctx, meta, 'business', (r) => {
    const roleRaw = r.f.role?.trim() ?? '';
    const role = isOperatorRole(roleRaw);
    if (role === undefined) { ctx.unknown('business', 'role', roleRaw, r); return null; }
    if (role === false) return null;
    const statusRaw = r.f.entityStatus?.trim() ?? '';
    const status = parseBusinessStatus(statusRaw);
    if (status === undefined || status === null) {
      ctx.unknown('business', 'entityStatus', status === null ? EMPTY_VALUE : statusRaw, r);
      return null;
    }
    if (status !== 'active') return null;
    const name = r.f.entityName?.trim() ?? '';
    return {
      record: { entity: name, role: roleRaw, status: statusRaw },
      facts: [`BIZ:${name}:${statusRaw}:${roleRaw}`],
    };
  }, (hits) => message('FOUR_CAT_BUSINESS', { hits })),
};

export default rule;
