// 财政供养人员 (财政 / 编办).
import { defineKind } from '../kind-def.js';

export default defineKind({
  kind: 'staff', title: '财政供养人员', department: '财政/编办',
  fields: [
    { name: 'unit', title: '工作单位', aliases: ['工作单位', '单位', '单位名称', '所在单位'] },
  ],
});
