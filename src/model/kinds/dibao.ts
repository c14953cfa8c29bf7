// 农村低保 (民政).
import { defineKind } from '../kind-def.js';

export default defineKind({
  kind: 'dibao', title: '农村低保', department: '民政',
  fields: [
    { name: 'amount', title: '月保障金额', type: 'number', aliases: ['月保障金额', '保障金额', '月人均补助', '生活补助金', '总发放金额', '月补助金额', '保障金'] },
  ],
});
