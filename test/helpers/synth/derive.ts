// An independent, deliberately simple evaluation of product-spec §5 over roster rows, plus the engine rules of
// issue 7 the planted data triggers (roster lint HH_STRUCTURE / SEX_MISMATCH / DUPLICATE_PERSON / AGE_FIELD_MISMATCH /
// FLAG_CONTRADICTION, and QUICK_EXIT by dates, NO_LABOR_ELIMINATED, NO_ASSISTANCE, WATER_UNSAFE, INCOME_BELOW_LINE).
// It only knows the spellings the generator writes. Monitor rows are placed like the engine's index does: a person
// belongs to the first household listing them; later rows of that ID (another household, or a repeated row) only
// count for DUPLICATE_PERSON and HH_STRUCTURE (which reads every row of a 户编号).
// The truth helper (truth.ts) uses it to check the planted truth as the rows are written; synth.test.ts feeds it rows
// read back from the files.
import type { SourceKind } from '../../../src/model/types.js';
import { ageAt } from '../../../src/synth/ids.js';
import { birthOf, normalizeIdCell, sexOf } from './id-check.js';
import { stripBlanks } from '../../../src/model/text.js';

export interface Expected { rule: string; key: string }

export interface DeriveParams {
  referenceDate: string;
  incomeThreshold: number;
  compulsoryEducationAge: [number, number];
  laborAge: [number, number];
  illnessSelfPayThreshold: number;
  vehicleTypes: string[];
  minMonitorMonths: number;
  assistanceGraceMonths: number;
  tekunAbleAge: [number, number];
  workMonthlyIncome: [number, number];
  workMinAge: number;
  lowEducationAge: [number, number];
}

export const DEFAULT_PARAMS: Omit<DeriveParams, 'referenceDate'> = {
  incomeThreshold: 6700,
  compulsoryEducationAge: [6, 15],
  laborAge: [16, 60],
  illnessSelfPayThreshold: 10000,
  vehicleTypes: ['K30', 'K31', 'K32', 'K33', 'K34', 'K40', 'K41', 'K42', 'K43'],
  minMonitorMonths: 6,
  assistanceGraceMonths: 1,
  tekunAbleAge: [18, 59],
  workMonthlyIncome: [100, 30000],
  workMinAge: 16,
  lowEducationAge: [16, 22],
};

type Val = string | number | Date | null | undefined;
export type Fields = Record<string, Val>;

const INSURED = new Set(['参保', '正常参保', '已缴费', '参保缴费']);
const DROPOUT = new Set(['辍学', '失学', '退学']);
const ACTIVE = ['存续', '在业', '在营', '开业', '正常', '登记', '确立', '有效'];
const OPERATORS = new Set(['经营者', '法定代表人', '负责人', '投资人']);
const CAR_NAMES: Record<string, string> = {
  小型客车: 'K30', 小型普通客车: 'K31', 小型越野客车: 'K32', 小型轿车: 'K33', 小型专用客车: 'K34',
  微型客车: 'K40', 微型普通客车: 'K41', 微型越野客车: 'K42', 微型轿车: 'K43',
};
const COMPULSORY_STAGE = /^(小学|[一二三四五六]年级|[七八九]年级|初中.*)$/;
const NO_LABOR = new Set(['无劳动力', '丧失劳动力']);
const LABOR = new Set(['普通劳动力', '技能劳动力', '弱劳动力或半劳动力']);
const HEAD = new Set(['户主', '户主本人', '本人(户主)', '本人（户主）', '01']);
const NATIONAL = new Set(['户主', '配偶', '之子', '之女', '之儿媳', '之女婿', '之孙子', '之孙女', '之外孙子', '之外孙女', '之父',
  '之母', '之岳父', '之岳母', '之公公', '之婆婆', '之祖父', '之祖母', '之外祖父', '之外祖母', '之兄弟姐妹', '之曾孙子', '之曾孙女',
  '之侄儿', '之侄女', '之兄弟媳妇', '之叔伯', '其他']);
const AS_HEAD = new Set([...HEAD, '本人']);
const AS_SPOUSE = new Set(['配偶', '妻子', '丈夫', '妻', '夫']);
const SEX_TEXT: Record<string, 1 | 2> = { 男: 1, 男性: 1, '1': 1, 女: 2, 女性: 2, '2': 2 };
// 在校生状况 → plausible ages (both ends included) and whether it means "in school".
const STAGES: [RegExp, number, number, boolean][] = [
  [/^学龄前儿童$/, 0, 7, false], [/学前/, 2, 7, true], [/本科/, 16, 40, true], [/中职/, 13, 25, true], [/高中/, 13, 22, true],
  [/^七年级$/, 10, 18, true], [/^八年级$/, 11, 19, true], [/^九年级$/, 12, 20, true], [/^(小学|[一二三四五六]年级)$/, 5, 15, true],
];
const EDU_MIN: [RegExp, number][] = [[/文盲/, 0], [/本科/, 18], [/大专/, 18], [/高中|中专|中职/, 15], [/初中/, 12], [/小学/, 6]];
const AID = ['industryAid', 'employmentAid', 'publicJobAid', 'financeAid'];
const AID_NONE = new Set(['', '否', '无', '尚未实施', '未实施', '暂无', '没有']);
const LEVELS: Record<string, number> = { 一级: 1, 二级: 2, 三级: 3, 四级: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

function text(v: Val): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v).trim();
}

export function normName(v: Val): string {
  // Only the dots the generator writes: the program's own normalizeName is what this checks.
  return stripBlanks(text(v)).replace(/[·•・]/g, '·');
}

const LAND_KEYS = ['farmland', 'forestLand', 'grainToGreen', 'orchard', 'pasture', 'waterSurface'] as const;
const LAND_MAX: Record<string, number> = { farmland: 100, forestLand: 200, grainToGreen: 200, orchard: 200, pasture: 100, waterSurface: 100 };

const MONITOR_FIELDS = ['relation', 'sex', 'educationLevel', 'studentStatus', 'health', 'laborSkill', 'medicalInsured', 'enjoysDibao',
  'enjoysTekun', 'householdType', 'monitorType', 'riskEliminated', 'identifiedAt', 'eliminatedAt', 'perCapitaIncome', 'waterSafe',
  'unsafeHouse', 'assistanceStatus', ...AID, 'risk1', 'compliantSelfPay', 'waterAid', 'workMonths', 'workPlace', 'workMonthlyIncome', 'comprehensiveAid', 'monitorContact', 'monitorContactPhone', ...LAND_KEYS, 'roadDistance'] as const;

interface MonitorRow { id: string; hh: string; headId: string; f: Record<string, string> }
interface MonitorMember { id: string; hh: string; studentStatus: string; laborSkill: string; row: MonitorRow }
interface MonitorHh { members: string[]; rows: MonitorRow[]; type: string; monitorType: string; risk: string; income: number | null; head: MonitorRow | null }

/** YYYYMM / YYYY-MM(-DD) → months since year 0; null when unreadable. */
function monthIndex(v: string): number | null {
  const m = /^(\d{4})-?(\d{2})/.exec(v);
  return m ? Number(m[1]) * 12 + Number(m[2]) - 1 : null;
}

export class Deriver {
  private invalid: string[] = [];
  private names = new Map<string, Set<string>>();
  private monitor = new Map<string, MonitorMember>();
  private hhs = new Map<string, MonitorHh>();
  private monitorRows: MonitorRow[] = [];
  private dibaoIds = new Set<string>();
  private tekunIds = new Set<string>();
  /** 低保 or 特困 (the safety net: DECEASED_LISTED, NO_LABOR_ELIMINATED); 低收入人口 only triggers MISSED. */
  private safetyNet = new Set<string>();
  private aidColumns = false;     // some monitor row fills an assistance column
  private waterAidColumn = false; // some monitor row fills 饮水安全保障
  private comprehensiveColumn = false; // some monitor row fills 综合保障
  private contactColumn = false;  // some monitor row fills 监测联系人 or its phone
  private waterColumn = false;    // some monitor row fills 是否解决安全饮用水
  private landColumns = new Set<string>(); // land fields some monitor row fills
  private welfare = new Map<string, Set<string>>();   // group key (head ID or own) -> member IDs
  private welfareOf = new Map<string, string>();
  private dead = new Set<string>();
  private insured = new Set<string>();
  private illness = new Map<string, number>();
  private students = new Map<string, boolean[]>();      // id -> dropout flags of its records
  private unsafe = new Set<string>();
  private disability = new Map<string, number>();
  private employed = new Set<string>();
  private staff = new Set<string>();
  private operator = new Set<string>();
  private commodity = new Set<string>();
  private car = new Set<string>();

  constructor(private readonly p: DeriveParams) {}

  /** One data row. `hasRole` tells whether the business roster has a role column. */
  add(kind: SourceKind, file: string, sheet: string, row: number, r: Fields, hasRole = true): void {
    const c = normalizeIdCell(r.idNumber ?? null, this.p.referenceDate);
    if (!c.ok) { this.invalid.push(`${file}#${sheet}#${row}`); return; }
    const id = c.id;
    const name = normName(r.name);
    if (name) {
      let s = this.names.get(id);
      if (!s) this.names.set(id, (s = new Set()));
      s.add(name);
    }
    switch (kind) {
      case 'monitor': {
        const hh = text(r.householdId) || id;
        const f: Record<string, string> = {};
        for (const k of MONITOR_FIELDS) f[k] = text(r[k]);
        const head = normalizeIdCell(r.headIdNumber ?? null, this.p.referenceDate);
        const row: MonitorRow = { id, hh, headId: head.ok ? head.id : '', f };
        this.monitorRows.push(row);
        if (this.monitor.has(id)) break; // placed in the first household listing it
        this.monitor.set(id, { id, hh, studentStatus: f.studentStatus, laborSkill: f.laborSkill, row });
        let h = this.hhs.get(hh);
        if (!h) this.hhs.set(hh, (h = { members: [], rows: [], type: '', monitorType: '', risk: '', income: null, head: null }));
        h.members.push(id);
        h.rows.push(row);
        break;
      }
      case 'dibao': case 'tekun': case 'lowincome': {
        if (kind !== 'lowincome') { (kind === 'dibao' ? this.dibaoIds : this.tekunIds).add(id); this.safetyNet.add(id); }
        const head = normalizeIdCell(r.headIdNumber ?? null, this.p.referenceDate);
        const key = this.welfareOf.get(id) ?? (head.ok ? head.id : id);
        let g = this.welfare.get(key);
        if (!g) this.welfare.set(key, (g = new Set()));
        g.add(id);
        if (head.ok) g.add(head.id);
        this.welfareOf.set(id, key);
        break;
      }
      case 'deceased': this.dead.add(id); break;
      case 'medical': if (INSURED.has(text(r.insuredStatus))) this.insured.add(id); break;
      case 'illness': this.illness.set(id, (this.illness.get(id) ?? 0) + Number(text(r.selfPay) || 0)); break;
      case 'student': {
        const l = this.students.get(id) ?? [];
        l.push(DROPOUT.has(text(r.enrolStatus)));
        this.students.set(id, l);
        break;
      }
      case 'housing': {
        const g = /[ABCD]/.exec(text(r.grade).toUpperCase())?.[0];
        const done = /已竣工|已完成|已验收/.test(text(r.renovation));
        if ((g === 'C' || g === 'D') && !done) this.unsafe.add(id);
        break;
      }
      case 'disability': {
        const l = LEVELS[text(r.disabilityLevel)];
        if (l !== undefined) this.disability.set(id, Math.min(l, this.disability.get(id) ?? 9));
        break;
      }
      case 'employment': this.employed.add(id); break;
      case 'staff': this.staff.add(id); break;
      case 'business': {
        const status = text(r.entityStatus).split(/[（(，,、]/)[0];
        const role = text(r.role);
        const isOp = hasRole ? OPERATORS.has(role) : true;
        if (isOp && ACTIVE.includes(status)) this.operator.add(id);
        break;
      }
      case 'property':
        if (text(r.propertyType) === '商品房' || text(r.usage) === '商品房') this.commodity.add(id);
        break;
      case 'vehicle': {
        const t = text(r.vehicleType);
        const code = /^[A-Z]\d{2}/.exec(t)?.[0] ?? CAR_NAMES[t];
        const gone = /注销|报废|转出|被盗抢/.test(text(r.vehicleStatus));
        if (code && this.p.vehicleTypes.includes(code) && !gone) this.car.add(id);
        break;
      }
    }
  }

  /** A member flag of the export that a department roster contradicts. */
  private flagClash(id: string, h: MonitorHh): boolean {
    const f = this.monitor.get(id)!.row.f;
    if (COMPULSORY_STAGE.test(f.studentStatus) && !this.isStudent(id)) return true;
    if (f.medicalInsured === '是' && !this.insured.has(id)) return true;
    if (f.medicalInsured === '否' && this.insured.has(id)) return true;
    if (f.enjoysDibao === '是' && !h.members.some((x) => this.dibaoIds.has(x))) return true;
    if (f.enjoysDibao === '否' && this.dibaoIds.has(id)) return true;
    if (f.enjoysTekun === '是' && !this.tekunIds.has(id)) return true;
    if (f.enjoysTekun === '否' && this.tekunIds.has(id)) return true;
    return false;
  }

  /** QUICK_EXIT (dates), NO_ASSISTANCE, WATER_UNSAFE, INCOME_BELOW_LINE of one household. */
  private issue7Household(hid: string, h: MonitorHh, living: string[], waterNo: boolean, push: (rule: string, key: string) => void): void {
    const from = monthIndex(this.hhField(h, 'identifiedAt'));
    const to = monthIndex(this.hhField(h, 'eliminatedAt'));
    if (h.risk !== '否' && from !== null && to !== null && to - from < this.p.minMonitorMonths) push('QUICK_EXIT', hid);

    const neverMonitored = h.type === '一般户' && h.monitorType === '' && h.risk === '';
    if (waterNo && !neverMonitored) push('WATER_UNSAFE', hid);
    if (neverMonitored && h.income !== null && h.income < this.p.incomeThreshold) push('INCOME_BELOW_LINE', hid);

    const monitored = h.monitorType !== '' || h.type === '监测户' || h.risk === '否';
    const ref = monthIndex(this.p.referenceDate)!;
    if (h.risk !== '是' && monitored && from !== null && ref - from >= this.p.assistanceGraceMonths
      && living.some((id) => LABOR.has(this.monitor.get(id)!.laborSkill))) {
      const notYet = /尚未|未实施/.test(this.hhField(h, 'assistanceStatus'));
      const anyAid = h.members.some((id) => AID.some((k) => !AID_NONE.has(this.monitor.get(id)!.row.f[k])));
      if (notYet || (this.aidColumns && !anyAid)) push('NO_ASSISTANCE', hid);
    }
  }

  /** LAND_AREA_IMPLAUSIBLE (national 5_14_001…020). */
  private landImplausible(h: MonitorHh): boolean {
    const exited = h.type === '脱贫户';
    const monitored = h.monitorType !== '';
    if (!exited && !monitored) return false;
    for (const k of LAND_KEYS) {
      const v = this.hhField(h, k);
      if (v === '') { if (monitored && this.landColumns.has(k)) return true; continue; }
      if (Number(v) < 0 || Number(v) > LAND_MAX[k]) return true;
    }
    const road = this.hhField(h, 'roadDistance');
    return road !== '' && Number(road) > 5;
  }

  /** MEASURE_MISMATCH (national 5_16_003/004/005/006/008): 综合保障 against 低保 / 特困 flags and level 1–2 disability. */
  private measureMismatch(h: MonitorHh): boolean {
    if (!this.comprehensiveColumn) return false;
    const aid = this.hhField(h, 'comprehensiveAid');
    const rows = h.members.map((id) => this.monitor.get(id)!.row.f);
    const dibao = rows.some((f) => f.enjoysDibao === '是');
    const tekun = rows.some((f) => f.enjoysTekun === '是');
    if (dibao !== aid.includes('低保') || tekun !== aid.includes('特困')) return true;
    return h.members.some((id) => (this.disability.get(id) ?? 9) <= 2) && !/残疾/.test(aid);
  }

  /** RISK_MISMATCH (national 5_15_013/014/015/020, 5_18_006): the recorded 致贫/返贫风险 against the record. */
  private riskMismatch(h: MonitorHh): boolean {
    const risk = this.hhField(h, 'risk1');
    const rows = h.members.map((id) => this.monitor.get(id)!.row.f);
    if (/务工就业/.test(risk)) {
      if (!h.members.some((id) => !this.dead.has(id) && LABOR.has(this.monitor.get(id)!.laborSkill))) return true;
      if (!h.members.some((id) => this.employed.has(id)) && !rows.some((f) => Number(f.workMonths || 0) > 0 || f.workPlace !== '')) return true;
    }
    if (/^因病/.test(risk)) {
      if (!rows.some((f) => /大病|慢性病/.test(f.health))) return true;
      if (this.hhField(h, 'compliantSelfPay') === '0') return true;
    }
    if (/饮水/.test(risk) && this.waterAidColumn && AID_NONE.has(this.hhField(h, 'waterAid'))) return true;
    return false;
  }

  /** HH_STRUCTURE (every row of a 户编号), SEX_MISMATCH and AGE_FIELD_MISMATCH (placed members), DUPLICATE_PERSON. */
  private rosterLint(push: (rule: string, key: string) => void): void {
    const rowsByHid = new Map<string, MonitorRow[]>();
    const hidsOf = new Map<string, Set<string>>();
    for (const r of this.monitorRows) {
      const l = rowsByHid.get(r.hh) ?? [];
      if (!l.some((x) => x.id === r.id)) l.push(r);
      rowsByHid.set(r.hh, l);
      const s = hidsOf.get(r.id) ?? new Set<string>();
      s.add(r.hh);
      hidsOf.set(r.id, s);
    }
    for (const [id, s] of hidsOf) if (s.size > 1) push('DUPLICATE_PERSON', id);
    for (const [hid, rows] of rowsByHid) {
      if (!this.hhs.has(hid)) continue;
      const heads = rows.filter((r) => AS_HEAD.has(r.f.relation)).length;
      const spouses = rows.filter((r) => AS_SPOUSE.has(r.f.relation)).length;
      if (heads !== 1 || spouses > 1 || rows.some((r) => !NATIONAL.has(r.f.relation))) push('HH_STRUCTURE', hid);
    }
    const [la, lb] = this.p.laborAge;
    for (const h of this.hhs.values()) {
      for (const id of h.members) {
        const f = this.monitor.get(id)!.row.f;
        const idSex = sexOf(id);
        const colSex = SEX_TEXT[f.sex];
        const spouse = AS_SPOUSE.has(f.relation) && h.head !== null && h.head.id !== id && sexOf(h.head.id) === idSex;
        if ((colSex !== undefined && colSex !== idSex) || spouse) push('SEX_MISMATCH', id);

        const age = this.age(id);
        const stage = STAGES.find(([re]) => re.test(f.studentStatus));
        const badStage = stage !== undefined && (age < stage[1] || age > stage[2]);
        const eduMin = EDU_MIN.find(([re]) => re.test(f.educationLevel))?.[1];
        const badEdu = f.educationLevel !== '' && eduMin !== undefined && age < eduMin;
        const inSchool = stage?.[3] === true;
        const studentLabor = inSchool && LABOR.has(f.laborSkill);
        const idle = NO_LABOR.has(f.laborSkill) && f.studentStatus === '' && !this.isStudent(id) && f.health === '健康' && age >= la && age <= lb;
        if (badStage || badEdu || studentLabor || idle) push('AGE_FIELD_MISMATCH', id);
        // National checks (issue 12).
        const [ta, tb] = this.p.tekunAbleAge;
        if ((f.enjoysTekun === '是' || this.tekunIds.has(id)) && !this.dead.has(id) && f.health === '健康' && f.studentStatus === ''
          && !this.isStudent(id) && age >= ta && age <= tb) push('TEKUN_ABLE_BODIED', id);
        const worked = Number(f.workMonths || 0) > 0 || f.workPlace !== '';
        const [wl, wh] = this.p.workMonthlyIncome;
        const wage = f.workMonthlyIncome === '' ? null : Number(f.workMonthlyIncome);
        if ((wage !== null && (wage > wh || (wage < wl && worked))) || (worked && age < this.p.workMinAge)) push('WORK_RECORD_IMPLAUSIBLE', id);
        const [el, eh] = this.p.lowEducationAge;
        const schoolStage = f.studentStatus !== '' && f.studentStatus !== '学龄前儿童' && f.studentStatus !== '非在校生';
        if (f.educationLevel !== '' && (schoolStage || (/小学|文盲/.test(f.educationLevel) && age >= el && age <= eh))) {
          push('EDUCATION_RECORD_CONFLICT', id);
        }
      }
    }
  }

  private age(id: string): number {
    return ageAt(birthOf(id), this.p.referenceDate);
  }

  private isStudent(id: string): boolean {
    return (this.students.get(id) ?? []).some((d) => !d);
  }

  private eduDropout(id: string): boolean {
    if (this.dead.has(id)) return false;
    const a = this.age(id), [lo, hi] = this.p.compulsoryEducationAge;
    if (a < lo || a > hi) return false;
    const recs = this.students.get(id);
    return !recs || recs.every((d) => d);
  }

  private medUninsured(id: string): boolean {
    return !this.dead.has(id) && !this.insured.has(id);
  }

  /** Head (first 户主 row, else the most named 户主证件号码) and household fields read head first, as the engine does. */
  private settle(): void {
    this.aidColumns = this.monitorRows.some((r) => AID.some((k) => r.f[k] !== ''));
    this.waterAidColumn = this.monitorRows.some((r) => r.f.waterAid !== '');
    this.comprehensiveColumn = this.monitorRows.some((r) => r.f.comprehensiveAid !== '');
    this.contactColumn = this.monitorRows.some((r) => r.f.monitorContact !== '' || r.f.monitorContactPhone !== '');
    this.waterColumn = this.monitorRows.some((r) => r.f.waterSafe !== '');
    for (const k of LAND_KEYS) if (this.monitorRows.some((r) => r.f[k] !== '')) this.landColumns.add(k);
    for (const h of this.hhs.values()) {
      h.head = h.rows.find((r) => HEAD.has(r.f.relation)) ?? null;
      if (!h.head) {
        const counts = new Map<string, number>();
        for (const r of h.rows) if (r.headId) counts.set(r.headId, (counts.get(r.headId) ?? 0) + 1);
        const named = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
        h.head = h.rows.find((r) => r.id === named) ?? null;
      }
      const field = (k: string) => this.hhField(h, k);
      h.type = field('householdType'); h.monitorType = field('monitorType'); h.risk = field('riskEliminated');
      const inc = field('perCapitaIncome');
      h.income = inc === '' ? null : Number(inc);
    }
  }

  private hhField(h: MonitorHh, k: string): string {
    if (h.head && h.head.f[k] !== '') return h.head.f[k];
    return h.rows.find((r) => r.f[k] !== '')?.f[k] ?? '';
  }

  finish(): Expected[] {
    this.settle();
    const out: Expected[] = [];
    const push = (rule: string, key: string) => out.push({ rule, key });
    for (const k of this.invalid) push('ID_INVALID', k);
    for (const [id, names] of this.names) if (names.size > 1) push('ID_NAME_CONFLICT', id);
    for (const id of this.dead) if (this.monitor.has(id) || this.safetyNet.has(id)) push('DECEASED_LISTED', id);
    for (const m of this.monitor.values()) {
      if (this.eduDropout(m.id)) push('EDU_DROPOUT', m.id);
      if (this.medUninsured(m.id)) push('MED_UNINSURED', m.id);
    }
    const [la, lb] = this.p.laborAge;
    for (const [hid, h] of this.hhs) {
      const any = (s: Set<string>) => h.members.some((id) => s.has(id));
      if (any(this.staff)) push('FOUR_CAT_STAFF', hid);
      if (any(this.operator)) push('FOUR_CAT_BUSINESS', hid);
      if (any(this.commodity)) push('FOUR_CAT_PROPERTY', hid);
      if (any(this.car)) push('FOUR_CAT_VEHICLE', hid);
      const unsafe = any(this.unsafe);
      if (unsafe) push('HOUSING_UNSAFE', hid);
      const exited = (h.type === '脱贫户' && h.monitorType === '') || h.risk === '是';
      const waterNo = /^否$|未解决/.test(this.hhField(h, 'waterSafe'));
      if (exited && ((h.income !== null && h.income < this.p.incomeThreshold) || unsafe || waterNo
        || h.members.some((id) => this.eduDropout(id) || this.medUninsured(id)))) push('WRONG_EXIT', hid);
      const labor = h.members.some((id) => {
        const a = this.age(id);
        return !this.dead.has(id) && a >= la && a <= lb && !this.isStudent(id) && (this.disability.get(id) ?? 9) > 2;
      });
      if (labor && !any(this.employed)) push('ZERO_EMPLOYMENT', hid);
      // Engine rules beyond §5 (issue 7).
      const living = h.members.filter((id) => !this.dead.has(id));
      if ((this.hhField(h, 'unsafeHouse') === '否' && unsafe) || living.some((id) => this.flagClash(id, h))) push('FLAG_CONTRADICTION', hid);
      if (h.risk === '是' && living.length > 0 && living.every((id) => NO_LABOR.has(this.monitor.get(id)!.laborSkill))
        && !living.some((id) => this.safetyNet.has(id))) push('NO_LABOR_ELIMINATED', hid);
      this.issue7Household(hid, h, living, waterNo, push);
      if (this.riskMismatch(h)) push('RISK_MISMATCH', hid);
      if (this.measureMismatch(h)) push('MEASURE_MISMATCH', hid);
      if (this.landImplausible(h)) push('LAND_AREA_IMPLAUSIBLE', hid);
      if ((this.contactColumn && h.risk === '是' && (this.hhField(h, 'monitorContact') === '' || this.hhField(h, 'monitorContactPhone') === ''))
        || (this.waterColumn && this.hhField(h, 'waterSafe') === '')) push('MONITOR_FIELD_MISSING', hid);
    }
    this.rosterLint(push);
    // MISSED: welfare households plus single severe-disability / high self-pay persons, none of them monitored.
    const groups = new Map<string, Set<string>>();
    for (const [k, g] of this.welfare) groups.set(k, g);
    const single = (id: string) => {
      if (this.dead.has(id)) return;
      const k = this.welfareOf.get(id) ?? id;
      if (!groups.has(k)) groups.set(k, new Set([id]));
    };
    for (const [id, l] of this.disability) if (l <= 2) single(id);
    for (const [id, pay] of this.illness) if (pay >= this.p.illnessSelfPayThreshold) single(id);
    for (const [k, g] of groups) {
      const triggered = [...g].some((id) => !this.dead.has(id) && (this.welfareOf.has(id) || (this.disability.get(id) ?? 9) <= 2
        || (this.illness.get(id) ?? 0) >= this.p.illnessSelfPayThreshold));
      if (triggered && ![...g].some((id) => this.monitor.has(id))) push('MISSED', k);
    }
    return sortExpected(out);
  }
}

export function sortExpected(list: Expected[]): Expected[] {
  const seen = new Set<string>();
  const out: Expected[] = [];
  for (const e of list) {
    const k = `${e.rule}\u0000${e.key}`;
    if (!seen.has(k)) { seen.add(k); out.push(e); }
  }
  return out.sort((a, b) => (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
