// 防返贫监测对象(脱贫户/监测户)及成员: the national monitoring system export.
import { defineKind } from '../kind-def.js';

export default defineKind({
  kind: 'monitor', title: '防返贫监测对象及成员', department: '乡村振兴',
  fields: [
    { name: 'personId', title: '人编号', aliases: ['人编号', '人口编号', '成员编号'] },
    { name: 'householdType', title: '户类型', aliases: ['户类型', '家庭类型', '户属性'] },
    { name: 'monitorType', title: '监测对象类别', aliases: ['监测对象类别', '检测对象类别', '易返贫致贫户(监测对象)类型', '易返贫致贫户类型', '监测户类型'] },
    { name: 'riskEliminated', title: '风险是否消除', aliases: ['风险是否消除', '风险是否已消除', '是否风险消除'] },
    { name: 'exitYear', title: '脱贫年度', aliases: ['脱贫年度', '脱贫年份'] },
    // The year the record (and its income) belongs to: picks the year's income line (product-spec §9.2).
    { name: 'year', title: '年度', aliases: ['年度', '数据年度', '统计年度'] },
    { name: 'perCapitaIncome', title: '家庭年人均纯收入', type: 'number', aliases: ['家庭年人均纯收入', '人均纯收入', '人均纯收入(元)', '家庭人均纯收入', '年人均纯收入'] },
    { name: 'sex', title: '性别', aliases: ['性别'] },
    { name: 'birthDate', title: '出生日期', type: 'date', aliases: ['出生日期'] },
    { name: 'studentStatus', title: '在校生状况', aliases: ['在校生状况', '在校生情况'] },
    { name: 'educationLevel', title: '文化程度', aliases: ['文化程度'] },
    { name: 'health', title: '健康状况', aliases: ['健康状况'] },
    { name: 'laborSkill', title: '劳动技能', aliases: ['劳动技能', '劳动能力'] },
    { name: 'disabilityType', title: '残疾类别', aliases: ['残疾类别'] },
    { name: 'workMonths', title: '务工时间(月)', type: 'number', aliases: ['务工时间(月)', '务工时间', '务工月数'] },
    { name: 'workPlace', title: '务工所在地', aliases: ['务工所在地', '务工地点'] },
    { name: 'identifiedAt', title: '识别监测时间', type: 'date', aliases: ['识别监测时间', '风险识别时间', '纳入监测时间'] },
    { name: 'eliminatedAt', title: '风险消除时间', type: 'date', aliases: ['风险消除时间'] },
    { name: 'waterSafe', title: '是否解决安全饮用水', aliases: ['是否解决安全饮用水'] },
    { name: 'unsafeHouse', title: '是否危房户', aliases: ['是否危房户', '危房户'] },
    { name: 'medicalInsured', title: '是否参加城乡居民基本医疗保险', aliases: ['是否参加城乡居民基本医疗保险', '是否参加新型农村合作医疗(城乡居民基本医疗保险)', '是否参加新型农村合作医疗'] },
    { name: 'enjoysDibao', title: '是否享受低保', aliases: ['是否享受低保', '是否享受农村居民最低生活保障'] },
    { name: 'enjoysTekun', title: '是否特困供养人员', aliases: ['是否特困供养人员', '是否特困供养'] },
    { name: 'assistanceStatus', title: '实施开发式帮扶措施情况', aliases: ['实施开发式帮扶措施情况'] },
    { name: 'industryAid', title: '产业帮扶', aliases: ['产业帮扶'] },
    { name: 'employmentAid', title: '就业帮扶', aliases: ['就业帮扶'] },
    { name: 'publicJobAid', title: '公益岗位帮扶', aliases: ['公益岗位帮扶'] },
    { name: 'financeAid', title: '金融帮扶', aliases: ['金融帮扶'] },
  ],
});
