// 死亡人员 / 户籍注销 (公安 / 民政).
import { defineKind } from '../kind-def.js';

export default defineKind({
  kind: 'deceased', title: '死亡人员/户籍注销', department: '公安/民政',
  fields: [
    { name: 'deathDate', title: '死亡日期', type: 'date', aliases: ['死亡日期', '死亡时间', '注销日期', '注销时间'] },
  ],
});
