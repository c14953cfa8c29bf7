// 务工就业 (人社).
import { defineKind } from '../kind-def.js';

export default defineKind({
  kind: 'employment', title: '务工就业', department: '人社',
  fields: [
    { name: 'employer', title: '就业单位', aliases: ['就业单位', '务工单位', '工作单位', '用工单位', '务工企业名称'] },
    { name: 'workPlace', title: '务工地点', aliases: ['务工地点', '务工所在地', '就业地点', '就业地区'] },
  ],
});
