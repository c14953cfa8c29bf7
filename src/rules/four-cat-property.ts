// FOUR_CAT_PROPERTY: a member owns commercial housing (商品房).
import { isCommercialHousing } from '../model/vocab.js';
import type { Rule, RuleMeta } from './types.js';
import { message } from './message-data.js';
import { EMPTY_VALUE } from './finding.js';
import { runFourCategory } from './four-cat.js';

const meta: RuleMeta = {
  code: 'FOUR_CAT_PROPERTY',
  title: '家庭成员有商品房',
  category: '四类人员',
  leadDept: '住建局',
  subject: 'household',
  requires: ['monitor', 'property'],
  params: [],
  needs: { property: ['propertyType'] },
  description: '防止返贫致贫监测名单中某户有成员名下登记有房屋性质或用途为商品房的房产；安置房、易地扶贫搬迁、因灾重建、拆迁安置和自建房不计。',
  question: '该成员名下商品房是何时、以何种方式取得的（购买、继承、赠与）？是否为安置或拆迁补偿住房？该户实际居住和收入情况如何？',
  national: [],
};

const rule: Rule = {
  ...meta,
  run: (ctx) => runFourCategory(ctx, meta, 'property', (r) => {
    const typeRaw = r.f.propertyType?.trim() ?? '';
    const usageRaw = r.f.usage?.trim() ?? '';
    const byType = isCommercialHousing(typeRaw);
    const byUsage = isCommercialHousing(usageRaw);
    if (byType === false || byUsage === false) return null;
    if (byType !== true && byUsage !== true) {
      if (byType === undefined) ctx.unknown('property', 'propertyType', typeRaw, r);
      else if (byUsage === undefined) ctx.unknown('property', 'usage', usageRaw, r);
      else ctx.unknown('property', 'propertyType', EMPTY_VALUE, r);
      return null;
    }
    const address = r.f.address?.trim() ?? '';
    return {
      record: { address },
      facts: [`PROP:${address}:${typeRaw}:${usageRaw}`],
    };
  }, (hits) => message('FOUR_CAT_PROPERTY', { hits })),
};

export default rule;
