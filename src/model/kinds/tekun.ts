// 特困供养 (民政).
import { defineKind } from '../kind-def.js';

export default defineKind({
  kind: 'tekun', title: '特困供养', department: '民政',
  fields: [
    { name: 'supportType', title: '供养方式', aliases: ['供养方式', '供养形式', '救助类型'] },
  ],
});
