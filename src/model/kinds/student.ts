// 学籍 (教育).
import { defineKind } from '../kind-def.js';

export default defineKind({
  kind: 'student', title: '学籍', department: '教育',
  fields: [
    { name: 'school', title: '学校', aliases: ['学校', '学校名称', '学校全称', '就读学校'] },
    { name: 'grade', title: '年级', aliases: ['年级', '学段'] },
    { name: 'enrolStatus', title: '学籍状态', aliases: ['学籍状态', '在校状态', '就读状态', '就读方式', '不在校原因'] },
  ],
});
