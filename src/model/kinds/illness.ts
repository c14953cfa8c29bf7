// 大病 / 高额医疗费用 (医保 / 卫健).
import { defineKind } from '../kind-def.js';

export default defineKind({
  kind: 'illness', title: '大病/高额医疗费用', department: '医保/卫健',
  fields: [
    { name: 'selfPay', title: '个人自付金额', type: 'number', aliases: ['个人自付金额', '个人自付', '自付金额', '个人负担金额', '个人自付费用', '自付费用'] },
  ],
});
