// 防止返贫致贫对象(脱贫户/监测户)及成员: the national monitoring system export.
// Aliases cover the views counties really download (domain.md §1.5): 《（自定义）监测对象信息》 (names on row 3
// under merged group headers, 消除监测时间, 享受低保政策情况 …), the older 全字段 member export and Set C rosters.
import { defineKind, type FieldDef } from '../kind-def.js';

/** 致贫/返贫风险1 … 5: one field per column, so the national checks can look at all of them. */
const RISK_FIELDS: FieldDef[] = [1, 2, 3, 4, 5].map((n) => ({
  name: `risk${n}`, title: `致贫/返贫风险${n}`,
  aliases: [`致贫/返贫风险${n}`, `致贫返贫风险${n}`, `返贫致贫风险${n}`, `返贫/致贫风险${n}`, `风险类型${n}`, `主要风险${n}`],
}));

/** Land areas in 亩 (5_14_xxx checks): the export writes some with the unit in brackets, some without. */
function area(name: string, title: string, ...more: string[]): FieldDef {
  return { name, title: `${title}(亩)`, type: 'number', aliases: [`${title}(亩)`, title, ...more] };
}

export default defineKind({
  kind: 'monitor', title: '防止返贫致贫对象及成员', department: '乡村振兴',
  fields: [
    { name: 'personId', title: '人编号', aliases: ['人编号', '人口编号', '成员编号'] },
    { name: 'docType', title: '证件类型', aliases: ['证件类型', '身份证件类型'] },
    { name: 'year', title: '年度', aliases: ['年度', '数据年度', '统计年度'] },
    { name: 'householdType', title: '户类型', aliases: ['户类型', '家庭类型', '户属性'] },
    { name: 'monitorType', title: '监测对象类别', aliases: ['监测对象类别', '检测对象类别', '易返贫致贫户(监测对象)类型', '易返贫致贫户类型', '监测户类型', '防止返贫致贫对象类别'] },
    { name: 'riskEliminated', title: '风险是否消除', aliases: ['风险是否消除', '风险是否已消除', '是否风险消除', '是否消除风险'] },
    { name: 'eliminationMethod', title: '风险消除方式', aliases: ['风险消除方式', '消除方式'] },
    { name: 'exitYear', title: '脱贫年度', aliases: ['脱贫年度', '脱贫年份', '脱贫时间'] },
    { name: 'perCapitaIncome', title: '家庭年人均纯收入', type: 'number', aliases: ['家庭年人均纯收入', '人均纯收入', '人均纯收入(元)', '家庭人均纯收入', '年人均纯收入', '家庭年人均纯收入(元)'] },
    { name: 'wageIncome', title: '工资性收入', type: 'number', aliases: ['工资性收入', '工资性收入(元)'] },
    { name: 'transferIncome', title: '转移性收入', type: 'number', aliases: ['转移性收入', '转移性收入(元)'] },
    { name: 'compliantSelfPay', title: '合规自付支出', type: 'number', aliases: ['合规自付支出', '合规自付支出(元)', '合规自付医疗费用', '合规自付费用'] },
    { name: 'sex', title: '性别', aliases: ['性别'] },
    { name: 'birthDate', title: '出生日期', type: 'date', aliases: ['出生日期', '出生年月'] },
    { name: 'studentStatus', title: '在校生状况', aliases: ['在校生状况', '在校生情况'] },
    { name: 'educationLevel', title: '文化程度', aliases: ['文化程度'] },
    { name: 'outOfSchoolReason', title: '义务教育阶段未上学原因', aliases: ['义务教育阶段未上学原因', '失学或辍学原因', '未上学原因'] },
    { name: 'health', title: '健康状况', aliases: ['健康状况'] },
    { name: 'laborSkill', title: '劳动技能', aliases: ['劳动技能', '劳动能力'] },
    { name: 'disabilityType', title: '残疾类别', aliases: ['残疾类别'] },
    { name: 'workMonths', title: '务工时间(月)', type: 'number', aliases: ['务工时间(月)', '务工时间', '务工月数'] },
    { name: 'workPlace', title: '务工所在地', aliases: ['务工所在地', '务工地点'] },
    { name: 'workCounty', title: '务工所在县', aliases: ['务工所在县', '务工所在区县', '务工所在县(市、区)'] },
    { name: 'employer', title: '务工企业名称', aliases: ['务工企业名称', '务工单位'] },
    { name: 'workMonthlyIncome', title: '务工月收入', type: 'number', aliases: ['务工月收入', '务工月收入(元)', '月均务工收入'] },
    { name: 'employmentChannel', title: '就业渠道', aliases: ['就业渠道', '就业渠道(易地搬迁后扶使用)'] },
    { name: 'working', title: '是否已务工', aliases: ['是否已务工', '是否务工'] },
    { name: 'publicJob', title: '公益性岗位', aliases: ['公益性岗位', '公益性岗位类型'] },
    { name: 'publicJobMonths', title: '公益性岗位(月数)', type: 'number', aliases: ['公益性岗位(月数)', '公益性岗位月数'] },
    { name: 'identifiedAt', title: '识别监测时间', type: 'date', aliases: ['识别监测时间', '风险识别时间', '纳入监测时间', '识别时间', '监测识别时间'] },
    { name: 'eliminatedAt', title: '风险消除时间', type: 'date', aliases: ['风险消除时间', '消除监测时间', '风险消除日期', '消除时间', '解除监测时间'] },
    { name: 'waterSafe', title: '是否解决安全饮用水', aliases: ['是否解决安全饮用水', '是否饮水安全'] },
    { name: 'unsafeHouse', title: '是否危房户', aliases: ['是否危房户', '危房户'] },
    { name: 'medicalInsured', title: '是否参加城乡居民基本医疗保险', aliases: ['是否参加城乡居民基本医疗保险', '是否参加新型农村合作医疗(城乡居民基本医疗保险)', '是否参加新型农村合作医疗'] },
    { name: 'employeeMedicalInsured', title: '是否参加城镇职工基本医疗保险', aliases: ['是否参加城镇职工基本医疗保险'] },
    { name: 'seriousIllnessInsured', title: '是否参加大病保险', aliases: ['是否参加大病保险'] },
    { name: 'enjoysDibao', title: '是否享受低保', aliases: ['享受低保政策情况', '是否享受低保', '是否享受农村居民最低生活保障', '是否享受低保政策'] },
    { name: 'enjoysTekun', title: '是否特困供养人员', aliases: ['享受特困供养政策情况', '是否特困供养人员', '是否特困供养', '是否享受特困供养政策'] },
    { name: 'assistanceStatus', title: '实施开发式帮扶措施情况', aliases: ['实施开发式帮扶措施情况'] },
    { name: 'comprehensiveAid', title: '综合保障', aliases: ['综合保障', '综合保障措施'] },
    { name: 'industryAid', title: '产业帮扶', aliases: ['产业帮扶'] },
    { name: 'employmentAid', title: '就业帮扶', aliases: ['就业帮扶'] },
    { name: 'publicJobAid', title: '公益岗位帮扶', aliases: ['公益岗位帮扶', '公益性岗位帮扶'] },
    { name: 'financeAid', title: '金融帮扶', aliases: ['金融帮扶'] },
    { name: 'healthAid', title: '健康帮扶', aliases: ['健康帮扶'] },
    { name: 'educationAid', title: '教育帮扶', aliases: ['教育帮扶'] },
    { name: 'socialAid', title: '社会帮扶', aliases: ['社会帮扶'] },
    { name: 'relocationAid', title: '搬迁', aliases: ['搬迁', '易地搬迁'] },
    { name: 'housingAid', title: '住房安全保障', aliases: ['住房安全保障'] },
    { name: 'waterAid', title: '饮水安全保障', aliases: ['饮水安全保障'] },
    { name: 'compulsoryEduAid', title: '义务教育保障', aliases: ['义务教育保障'] },
    { name: 'noLaborSupport', title: '整户无劳动能力兜底保障户', aliases: ['整户无劳动能力兜底保障户', '是否整户无劳动能力兜底保障户'] },
    { name: 'monitorContact', title: '监测联系人', aliases: ['监测联系人', '信息采集人', '帮扶联系人'] },
    { name: 'monitorContactPhone', title: '监测联系人电话', aliases: ['监测联系人电话', '监测联系人联系电话', '信息采集人联系电话', '帮扶联系人电话'] },
    { name: 'householdPhone', title: '户联系电话', aliases: ['户联系电话', '家庭联系电话', '户主联系电话'] },
    { name: 'memberPhone', title: '成员联系电话', aliases: ['成员联系电话', '家庭成员联系电话', '人联系电话', '联系电话', '手机号码'] },
    area('farmland', '耕地面积'),
    area('forestLand', '林地面积'),
    area('grainToGreen', '退耕还林面积'),
    area('orchard', '林果面积'),
    area('pasture', '牧草地面积'),
    area('waterSurface', '水面面积'),
    { name: 'roadDistance', title: '与村主干路距离(公里)', type: 'number', aliases: ['与村主干路距离(公里)', '与村主干路距离', '与村主干路距离(km)'] },
    ...RISK_FIELDS,
  ],
});
