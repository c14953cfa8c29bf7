// 残疾人 (残联).
import { defineKind } from '../kind-def.js';

export default defineKind({
  kind: 'disability', title: '残疾人', department: '残联',
  fields: [
    { name: 'disabilityType', title: '残疾类别', aliases: ['残疾类别', '残疾类型'] },
    { name: 'disabilityLevel', title: '残疾等级', aliases: ['残疾等级', '等级', '残疾级别'] },
  ],
});
