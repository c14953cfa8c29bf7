// 农村低收入人口 (民政, from 2026 joined with the monitoring of 防止返贫致贫对象, domain.md §4.8): 低保边缘家庭 and
// 刚性支出困难家庭. 低保 and 特困 have their own kinds; this one holds the other two categories.
import { defineKind } from '../kind-def.js';

export default defineKind({
  kind: 'lowincome', title: '农村低收入人口（低保边缘、刚性支出困难）', department: '民政',
  fields: [
    { name: 'lowIncomeType', title: '类别', aliases: ['类别', '人员类别', '对象类别', '低收入人口类别', '低收入人口类型', '家庭类别', '认定类别', '救助类别'] },
    { name: 'recognisedAt', title: '认定时间', type: 'date', aliases: ['认定时间', '认定日期', '纳入时间', '认定年月'] },
  ],
});
