// The rules' message catalogue: the one place where a message (id plus typed data, message-data.ts) becomes the
// Chinese sentence of Finding.description. Pure. One entry per id; the clause renderers are shared by the entries
// that report the same condition.
import { formatYuan } from '../model/money.js';
import { vehicleTypeName, type Sex, type YearMonth } from '../model/vocab.js';
import type { AppliedLine } from '../model/types.js';
import { KIND_LABELS, kindWithDept } from './kind-labels.js';
import {
  AID_TITLES, LAND_FIELDS,
  type AgeFieldClause, type At, type FlagHit, type FourCatHit, type HhStructureClause, type LandClause, type LandField,
  type MeasureClause, type MemberCondition, type MessageData, type MessageId, type MissedTrigger, type RiskClause,
  type RuleMessage, type SexClause, type WorkClause, type Who, type WrongExitClause, type WrongExitGap,
} from './message-data.js';

// ---- primitives -------------------------------------------------------------------------------------------------

/** "张三(身份证号110101199001011234)" */
export function who(p: Who): string {
  return `${p.name || '(未填姓名)'}(身份证号${p.idNumber})`;
}

/** "车辆.xlsx 第17行" */
export function fileRef(a: At): string {
  return `${a.file} 第${a.row}行`;
}

/** "机动车登记, 车辆.xlsx 第17行" */
export function ref(a: At): string {
  return `${KIND_LABELS[a.kind].title}, ${fileRef(a)}`;
}

function ymText(ym: YearMonth): string {
  return `${ym.year}年${ym.month}月`;
}

/** "2025年度监测标准8700元" (or "监测标准6700元" for a single number). */
export function incomeLineText(line: Pick<AppliedLine, 'yuan' | 'year' | 'from'>): string {
  return line.from === 'single' ? `监测标准${formatYuan(line.yuan)}元` : `${line.year}年度监测标准${formatYuan(line.yuan)}元`;
}

/** "小明(身份证号…)10周岁，学籍名单中没有其学籍记录" */
export function memberConditionText(c: MemberCondition): string {
  switch (c.type) {
    case 'eduNone': return `${who(c.member)}${c.age}周岁，学籍名单中没有其学籍记录`;
    case 'eduDropout': return `${who(c.member)}${c.age}周岁，${c.records.map((r) => `学籍状态为「${r.status}」(${ref(r.at)})`).join('，')}`;
    case 'medNone': return `${who(c.member)}未在城乡居民医保参保名单中`;
    case 'medStatus': return `${who(c.member)}${c.records.map((r) => `参保状态为「${r.status}」(${ref(r.at)})`).join('，')}`;
    case 'housing': return `${who(c.member)}${c.houses.map((h) => `住房鉴定为${h.grade}级危房，改造状态为「${h.renovation || '未填写'}」(${ref(h.at)})`).join('，')}`;
  }
}

// ---- clause renderers -------------------------------------------------------------------------------------------

const LEVEL_TEXT = ['', '一', '二', '三', '四'];

function missedTrigger(t: MissedTrigger): string {
  switch (t.kind) {
    case 'dibao': case 'tekun': return `${who(t.person)}为${KIND_LABELS[t.kind].title}对象(${ref(t.at)})`;
    // The category as written (低保边缘家庭 / 刚性支出困难家庭); the roster's name when the column is empty.
    case 'lowincome': return `${who(t.person)}为${t.category || KIND_LABELS.lowincome.title}成员(${ref(t.at)})`;
    case 'disability': return `${who(t.person)}为${t.disabilityType ?? ''}${LEVEL_TEXT[t.level]}级残疾(${ref(t.at)})`;
    case 'illness': return `${who(t.person)}个人自付医疗费用${formatYuan(t.selfPay)}元，达到${formatYuan(t.threshold)}元(${t.at.map(ref).join('；')})`;
  }
}

function fourCat<T>(hits: FourCatHit<T>[], text: (r: T) => string): string {
  return hits.map((h) => `成员${who(h.member)}${text(h.record)}(${ref(h.at)})`).join('；');
}

const GAP_TITLES: Record<WrongExitGap, string> = { student: '义务教育保障', medical: '基本医疗保障', housing: '住房安全保障' };

function wrongExitClause(c: WrongExitClause): string {
  switch (c.type) {
    case 'income': return `家庭年人均纯收入${formatYuan(c.income)}元，低于${incomeLineText(c.line)}(${ref(c.at)})`;
    case 'water': return `是否解决安全饮用水为“${c.value}”(${ref(c.at)})`;
    default: return `成员${memberConditionText(c)}`;
  }
}

function hhStructureClause(c: HhStructureClause): string {
  switch (c.type) {
    case 'noHead': return `全户${c.members}人中没有与户主关系为“户主”的成员`;
    case 'heads': case 'spouses':
      return `有${c.persons.length}名${c.type === 'heads' ? '户主' : '配偶'}：${c.persons.map((p) => `${who(p.person)}(${fileRef(p.at)})`).join('、')}`;
    case 'relation': {
      const text = !c.relation ? '未填写与户主关系'
        : `与户主关系为“${c.relation}”，不是全国系统规范值${c.expected ? `（应为“${c.expected}”）` : ''}`;
      return `成员${who(c.person)}${text}(${fileRef(c.at)})`;
    }
  }
}

const SEX_NAME: Record<Sex, string> = { M: '男性', F: '女性' };

function sexClause(c: SexClause): string {
  return c.type === 'column'
    ? `身份证号第17位表示为${SEX_NAME[c.idSex]}，性别一栏为“${c.column}”(${fileRef(c.at)})`
    : `与户主关系为配偶，但与户主${who(c.head)}的身份证号同为${SEX_NAME[c.idSex]}(${fileRef(c.at)}，户主${fileRef(c.headAt)})`;
}

function bandText([lo, hi]: [number, number]): string {
  return hi === Infinity ? `${lo}周岁及以上` : `${lo}至${hi}周岁`;
}

function ageFieldClause(c: AgeFieldClause): string {
  switch (c.type) {
    case 'stage': return `在校生状况为“${c.stage}”（合理年龄${bandText(c.band)}）`;
    case 'education': return `文化程度为“${c.level}”（合理年龄${c.minAge}周岁及以上）`;
    case 'studentLabor': return `在校生状况为“${c.stage}”，劳动技能却登记为“${c.labor}”（在校生应为无劳动力）`;
    case 'healthyNoLabor': return `健康状况为“健康”、不是在校生，劳动技能却登记为“${c.labor}”`;
  }
}

function flagHit(h: FlagHit): string {
  switch (h.type) {
    case 'housing': return `是否危房户为“${h.flag}”(${fileRef(h.flagAt)})，但成员${memberConditionText(h.condition)}`;
    case 'studentNone': return `成员${who(h.member)}在校生状况为“${h.status}”(${fileRef(h.at)})，但学籍名单中没有其学籍记录`;
    case 'studentDropout':
      return `成员${who(h.member)}在校生状况为“${h.status}”(${fileRef(h.at)})，但${h.records.map((r) => `学籍状态为“${r.status}”(${ref(r.at)})`).join('，')}`;
    case 'medicalYes': return `成员${memberConditionText(h.condition)}，而是否参加城乡居民基本医疗保险为“${h.flag}”(${fileRef(h.at)})`;
    case 'medicalNo':
      return `成员${who(h.member)}是否参加城乡居民基本医疗保险为“${h.flag}”(${fileRef(h.at)})，但医保参保名单中有其参保记录(${h.insured.map(ref).join('；')})`;
    case 'dibaoYes': return `成员${who(h.member)}是否享受低保为“${h.flag}”(${fileRef(h.at)})，但本人及同户成员均不在低保名单中`;
    case 'dibaoNo': return `成员${who(h.member)}是否享受低保为“${h.flag}”(${fileRef(h.at)})，但在低保名单中(${h.records.map(ref).join('；')})`;
    case 'tekunYes': return `成员${who(h.member)}是否特困供养人员为“${h.flag}”(${fileRef(h.at)})，但不在特困供养名单中`;
    case 'tekunNo': return `成员${who(h.member)}是否特困供养人员为“${h.flag}”(${fileRef(h.at)})，但在特困供养名单中(${h.records.map(ref).join('；')})`;
  }
}

const SAFETY_NET_TEXT = { dibao: '低保', tekun: '特困供养' } as const;

function riskClause(c: RiskClause): string {
  switch (c.type) {
    case 'workNoLabor': return `风险为“${c.risk}”，但全户健在成员均无劳动能力`;
    case 'workNoRecord': return `风险为“${c.risk}”，但全户没有务工记录`;
    case 'illHealthy': return `风险为“${c.risk}”，但没有成员健康状况为患有大病或长期慢性病`;
    case 'illPayZero': return `风险为“${c.risk}”，但合规自付支出为${c.pay}`;
    case 'waterNoAid': return `风险为“${c.risk}”，但饮水安全保障措施为${c.aid !== null ? `“${c.aid}”` : '空'}`;
  }
}

function workClause(c: WorkClause): string {
  switch (c.type) {
    case 'high': return `务工月收入${formatYuan(c.income)}元，高于${formatYuan(c.limit)}元`;
    case 'low': return `有务工记录，务工月收入却只有${formatYuan(c.income)}元（低于${formatYuan(c.limit)}元）`;
    case 'underage': {
      const what = [c.months !== null ? `务工时间${c.months}个月` : '', c.place ? `务工所在地“${c.place}”` : '',
        c.employer ? `务工企业“${c.employer}”` : ''].filter(Boolean).join('、');
      return `未满${c.minAge}周岁却登记了${what}`;
    }
  }
}

function measureClause(c: MeasureClause, aid: string | null): string {
  const aidText = aid !== null ? `综合保障为“${aid}”` : '综合保障为空';
  switch (c.type) {
    case 'unlisted': return `${c.on.map((p) => `${who(p.person)}享受${SAFETY_NET_TEXT[c.policy]}(${fileRef(p.at)})`).join('、')}，但${aidText}`;
    case 'nobody': return `${aidText}，但没有成员享受${SAFETY_NET_TEXT[c.policy]}`;
    case 'disability': return `${c.severe.map((s) => `${who(s.person)}为${s.level}残疾(${ref(s.at)})`).join('、')}，但${aidText}，没有残疾人补贴`;
  }
}

const LAND_TITLE = Object.fromEntries(LAND_FIELDS.map((f) => [f.field, f.title])) as Record<LandField, string>;

/** One clause of LAND_AREA_IMPLAUSIBLE; also its fact (the evidence hash has always been made of these texts). */
export function landClauseText(c: LandClause): string {
  switch (c.type) {
    case 'empty': return `${LAND_TITLE[c.field]}为空`;
    case 'area': return `${LAND_TITLE[c.field]}${c.value}亩（应在0至${c.max}亩之间）`;
    case 'road': return `与村主干路距离${c.value}公里（超过${c.max}公里）`;
  }
}

const CONTACT_TITLE = { monitorContact: '监测联系人', monitorContactPhone: '监测联系人电话' } as const;

// ---- the catalogue ----------------------------------------------------------------------------------------------

const CATALOGUE: { [K in MessageId]: (d: MessageData[K]) => string } = {
  'MISSED.single': (d) => `${d.triggers.map(missedTrigger).join('；')}，未纳入防止返贫致贫监测`,
  'MISSED.household': (d) =>
    `户主${who(d.head)}家庭已知成员${d.members}人均不在防止返贫致贫监测名单中：${d.triggers.map(missedTrigger).join('；')}`,
  FOUR_CAT_STAFF: (d) => fourCat(d.hits, (r) => `在财政供养人员名单中${r.unit ? `，工作单位：${r.unit}` : ''}`),
  FOUR_CAT_BUSINESS: (d) => fourCat(d.hits, (r) =>
    `为${r.entity ? `「${r.entity}」` : '一个市场主体'}的${r.role || '经营者'}，登记状态为「${r.status}」`),
  FOUR_CAT_PROPERTY: (d) => fourCat(d.hits, (r) => `名下有商品房${r.address ? `，坐落：${r.address}` : ''}`),
  FOUR_CAT_VEHICLE: (d) => fourCat(d.hits, (r) => `名下有${vehicleTypeName(r.vehicleType)}${r.plate ? ` ${r.plate}` : ''}`),
  WRONG_EXIT: (d) => {
    const status = d.exited && d.riskEliminated ? '该户为已脱贫户且风险已标注消除'
      : d.exited ? '该户为已脱贫户（未纳入监测）' : '该户风险已标注消除';
    const note = d.unchecked.length === 0 ? ''
      : `（本期缺少${d.unchecked.map(kindWithDept).join('、')}名册或相应规则已停用，未核查${d.unchecked.map((g) => GAP_TITLES[g]).join('、')}）`;
    return `${status}，但${d.clauses.map(wrongExitClause).join('；')}${note}`;
  },
  EDU_DROPOUT: memberConditionText,
  MED_UNINSURED: memberConditionText,
  HOUSING_UNSAFE: (d) => d.hits.map((h) => `成员${memberConditionText(h)}`).join('；'),
  DECEASED_LISTED: (d) => {
    const died = d.deathDate ? `已于${d.deathDate}死亡` : '已登记死亡或户籍注销';
    const where = d.listed.map((l) => `${KIND_LABELS[l.kind].title}(${l.at.map(fileRef).join('；')})`).join('、');
    return `${who(d.person)}${died}(${d.deaths.map(ref).join('；')})，仍在${where}中`;
  },
  ZERO_EMPLOYMENT: (d) =>
    `全户${d.members}人均不在务工就业名单中，其中劳动年龄内有劳动能力的成员：${d.labor.map((l) => `${who(l.person)}${l.age}周岁`).join('、')}`,
  ID_INVALID: (d) => `${KIND_LABELS[d.kind].title}名册 ${d.file}「${d.sheet}」第${d.rows.join('、')}行`
    + `${d.name ? `${d.name}的` : ''}身份证号${d.raw ? `「${d.raw}」` : ''}无效：${d.reasonText}`,
  ID_NAME_CONFLICT: (d) => `身份证号${d.idNumber}在各名册中登记的姓名不一致：`
    + d.names.map((n) => `「${n.name}」(${n.at.map(ref).join('；')}${n.count > 3 ? `等${n.count}行` : ''})`).join('、'),
  HH_STRUCTURE: (d) => `户编号${d.householdId}：${d.clauses.map(hhStructureClause).join('；')}`,
  SEX_MISMATCH: (d) => `${who(d.person)}${d.clauses.map(sexClause).join('；')}`,
  DUPLICATE_PERSON: (d) => `${who(d.person)}在防止返贫致贫监测名单中登记于${d.households.length}个户：`
    + d.households.map((h) => `${h.householdId ? `户编号${h.householdId}` : `户主身份证号${h.headIdNumber}的户`}`
      + `（${h.name || '未填姓名'}，与户主关系“${h.relation ?? '未填写'}”，${fileRef(h.at)}）`).join('、'),
  AGE_FIELD_MISMATCH: (d) => `${who(d.person)}${d.age}周岁，${d.clauses.map(ageFieldClause).join('；')}(${fileRef(d.at)})`,
  FLAG_CONTRADICTION: (d) => `${d.hits.map(flagHit).join('；')}`
    + (d.unchecked.length === 0 ? '' : `（本期缺少${d.unchecked.map(kindWithDept).join('、')}名册，相应标识未核查）`),
  'QUICK_EXIT.dates': (d) => `识别监测时间${ymText(d.identified)}(${fileRef(d.identifiedAt)})，风险消除时间${ymText(d.eliminated)}(${fileRef(d.eliminatedAt)})，`
    + (d.months < 0 ? '风险消除时间早于识别时间' : `纳入监测仅${d.months}个月即消除风险，不足${d.min}个月`),
  'QUICK_EXIT.history': (d) => `监测名单缺少识别监测时间或风险消除时间；按历次导入的监测名单，该户${ymText(d.start)}起为监测对象，`
    + `${ymText(d.end)}起${d.endStatus === 'eliminated' ? '标注风险消除' : '退出监测'}，作为监测对象约${d.months}个月，不足${d.min}个月`,
  NO_LABOR_ELIMINATED: (d) => {
    const net = d.checked.length === 0 ? '' : `，且均不在${d.checked.map((k) => SAFETY_NET_TEXT[k]).join('、')}名单中`;
    const note = d.unchecked.length === 0 ? ''
      : `（本期缺少${d.unchecked.map(kindWithDept).join('、')}名册，未核查是否已纳入${d.unchecked.map((k) => SAFETY_NET_TEXT[k]).join('、')}）`;
    return `该户风险已标注消除，但全户${d.living.length}名健在成员的劳动技能均为无劳动力或丧失劳动力：`
      + `${d.living.map((l) => `${who(l.person)}“${l.labor}”`).join('、')}${net}${note}`;
  },
  NO_ASSISTANCE: (d) => {
    const clauses = [
      ...(d.status ? [`实施开发式帮扶措施情况为“${d.status.value}”(${fileRef(d.status.at)})`] : []),
      ...(d.noAid ? [`${AID_TITLES}各栏全户均为空、否或无`] : []),
    ];
    return `该户为风险未消除的监测户，识别监测时间${ymText(d.identified)}(${fileRef(d.at)})，已${d.months}个月；`
      + `有劳动力成员${d.labor.map((l) => `${who(l.person)}“${l.labor}”`).join('、')}；但${clauses.join('，')}`;
  },
  WATER_UNSAFE: (d) => `该户为${d.household === 'monitored' ? '监测户' : d.household === 'exited' ? '脱贫户' : '监测名单中的户'}，`
    + `是否解决安全饮用水为“${d.value}”(${fileRef(d.at)})`,
  INCOME_BELOW_LINE: (d) =>
    `该户为${d.householdType}、未纳入监测，家庭年人均纯收入${formatYuan(d.income)}元，低于${incomeLineText(d.line)}(${fileRef(d.at)})`,
  TEKUN_ABLE_BODIED: (d) => {
    const how = [
      ...(d.flag !== null ? [`名单中登记为“${d.flag}”`] : []),
      ...(d.roster.length > 0 ? [`在特困供养名单中(${d.roster.map(ref).join('；')})`] : []),
    ];
    return `${who(d.person)}${d.age}周岁，健康状况为“健康”、不是在校生，却享受特困供养：${how.join('，')}(${fileRef(d.at)})`;
  },
  RISK_MISMATCH: (d) => `${d.clauses.map(riskClause).join('；')}(${fileRef(d.at)})`,
  WORK_RECORD_IMPLAUSIBLE: (d) => `${who(d.person)}${d.age}周岁，${d.clauses.map(workClause).join('；')}(${fileRef(d.at)})`,
  MEASURE_MISMATCH: (d) => `${d.clauses.map((c) => measureClause(c, d.aid)).join('；')}${d.aidAt ? `(${fileRef(d.aidAt)})` : ''}`,
  MONITOR_FIELD_MISSING: (d) => {
    const clauses = [
      ...(d.contacts.length > 0 ? [`风险已消除，${d.contacts.map((c) => CONTACT_TITLE[c]).join('、')}为空`] : []),
      ...(d.water ? ['是否解决安全饮用水为空'] : []),
    ];
    return `该户${clauses.join('；')}(${fileRef(d.at)})`;
  },
  EDUCATION_RECORD_CONFLICT: (d) => `${who(d.person)}${d.age}周岁，`
    + (d.conflict.type === 'inSchool'
      ? `在校生状况为“${d.conflict.stage}”，文化程度却填写为“${d.conflict.level}”（在校生文化程度应为空）`
      : `不是在校生，文化程度为“${d.conflict.level}”`)
    + `(${fileRef(d.at)})`,
  LAND_AREA_IMPLAUSIBLE: (d) => `该户${d.exited && d.monitored ? '为脱贫户且为监测对象' : d.exited ? '为脱贫户' : '为监测对象'}，`
    + `${d.clauses.map(landClauseText).join('；')}(${fileRef(d.at)})`,
};

/** The Chinese sentence of a message (Finding.description). */
export function renderMessage(m: RuleMessage): string {
  return (CATALOGUE[m.id] as (d: RuleMessage['data']) => string)(m.data);
}

/** Every message id, for the catalogue's own test. */
export const MESSAGE_IDS = Object.keys(CATALOGUE) as MessageId[];
