// 不动产 / 商品房登记 (住建 / 自然资源).
import { defineKind } from '../kind-def.js';

export default defineKind({
  kind: 'property', title: '不动产/商品房登记', department: '住建/自然资源',
  fields: [
    { name: 'propertyType', title: '房屋性质', aliases: ['房屋性质', '房屋类型', '权利性质'] },
    { name: 'usage', title: '用途', aliases: ['用途', '房屋用途', '规划用途'] },
    { name: 'address', title: '坐落', aliases: ['坐落', '房屋坐落', '不动产坐落', '房屋地址'] },
  ],
});
