// 农村房屋安全鉴定 / 危房改造 (住建).
import { defineKind } from '../kind-def.js';

export default defineKind({
  kind: 'housing', title: '农村房屋安全鉴定/危房改造', department: '住建',
  fields: [
    { name: 'grade', title: '鉴定等级', aliases: ['鉴定等级', '危险等级', '房屋等级', '安全等级', '鉴定结果', '房屋安全等级'] },
    { name: 'renovation', title: '改造状态', aliases: ['改造状态', '改造情况', '改造进度', '是否改造'] },
  ],
});
