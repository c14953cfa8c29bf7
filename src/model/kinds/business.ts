// 市场主体登记 (个体工商户/企业) (市场监管).
import { defineKind } from '../kind-def.js';

export default defineKind({
  kind: 'business', title: '市场主体登记', department: '市场监管',
  fields: [
    { name: 'entityName', title: '主体名称', aliases: ['主体名称', '企业名称', '字号名称', '名称', '市场主体名称'] },
    { name: 'entityType', title: '主体类型', aliases: ['主体类型', '企业类型', '市场主体类型', '类型'] },
    { name: 'entityStatus', title: '登记状态', aliases: ['登记状态', '经营状态', '企业状态', '主体状态'] },
    { name: 'role', title: '身份', aliases: ['身份', '人员类型', '职务', '角色', '人员身份'] },
  ],
});
