// 城乡居民医保参保 (医保).
import { defineKind } from '../kind-def.js';

export default defineKind({
  kind: 'medical', title: '城乡居民医保参保', department: '医保',
  fields: [
    { name: 'insuredStatus', title: '参保状态', aliases: ['参保状态', '人员状态', '缴费状态', '参保缴费状态', 'AAC008'] },
    { name: 'year', title: '参保年度', aliases: ['参保年度', '缴费年度', '年度'] },
  ],
});
