// An independent, deliberately simple evaluation of product-spec §5 over roster rows (plus FLAG_CONTRADICTION's
// 在校生状况 check and NO_LABOR_ELIMINATED, engine rules the planted data can trigger).
// The generator uses it to check its planted truth; the tests feed it rows read back from the files.
import type { SourceKind } from '../model/types.js';
import { ageAt, birthOf, normalizeIdCell } from './ids.js';

export interface Expected { rule: string; key: string }

export interface DeriveParams {
  referenceDate: string;
  incomeThreshold: number;
  compulsoryEducationAge: [number, number];
  laborAge: [number, number];
  illnessSelfPayThreshold: number;
  vehicleTypes: string[];
}

export const DEFAULT_PARAMS: Omit<DeriveParams, 'referenceDate'> = {
  incomeThreshold: 6700,
  compulsoryEducationAge: [6, 15],
  laborAge: [16, 60],
  illnessSelfPayThreshold: 10000,
  vehicleTypes: ['K30', 'K31', 'K32', 'K33', 'K34', 'K40', 'K41', 'K42', 'K43'],
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
const LEVELS: Record<string, number> = { 一级: 1, 二级: 2, 三级: 3, 四级: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

function text(v: Val): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v).trim();
}

export function normName(v: Val): string {
  return text(v).replace(/[\s\u00a0\u3000\u200b-\u200d\ufeff]/g, '').replace(/[·•・]/g, '·');
}

interface MonitorMember { id: string; hh: string; studentStatus: string; laborSkill: string }
interface MonitorHh { members: string[]; type: string; monitorType: string; risk: string; income: number | null }

export class Deriver {
  private invalid: string[] = [];
  private names = new Map<string, Set<string>>();
  private monitor = new Map<string, MonitorMember>();
  private hhs = new Map<string, MonitorHh>();
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
        this.monitor.set(id, { id, hh, studentStatus: text(r.studentStatus), laborSkill: text(r.laborSkill) });
        let h = this.hhs.get(hh);
        if (!h) {
          const inc = text(r.perCapitaIncome);
          h = { members: [], type: text(r.householdType), monitorType: text(r.monitorType), risk: text(r.riskEliminated), income: inc === '' ? null : Number(inc) };
          this.hhs.set(hh, h);
        }
        h.members.push(id);
        break;
      }
      case 'dibao': case 'tekun': {
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

  finish(): Expected[] {
    const out: Expected[] = [];
    const push = (rule: string, key: string) => out.push({ rule, key });
    for (const k of this.invalid) push('ID_INVALID', k);
    for (const [id, names] of this.names) if (names.size > 1) push('ID_NAME_CONFLICT', id);
    for (const id of this.dead) if (this.monitor.has(id) || this.welfareOf.has(id)) push('DECEASED_LISTED', id);
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
      if (exited && ((h.income !== null && h.income < this.p.incomeThreshold) || unsafe
        || h.members.some((id) => this.eduDropout(id) || this.medUninsured(id)))) push('WRONG_EXIT', hid);
      const labor = h.members.some((id) => {
        const a = this.age(id);
        return !this.dead.has(id) && a >= la && a <= lb && !this.isStudent(id) && (this.disability.get(id) ?? 9) > 2;
      });
      if (labor && !any(this.employed)) push('ZERO_EMPLOYMENT', hid);
      // Two engine rules beyond §5 that this data can trigger.
      const living = h.members.filter((id) => !this.dead.has(id));
      if (living.some((id) => COMPULSORY_STAGE.test(this.monitor.get(id)!.studentStatus) && !this.isStudent(id))) push('FLAG_CONTRADICTION', hid);
      if (h.risk === '是' && living.length > 0 && living.every((id) => NO_LABOR.has(this.monitor.get(id)!.laborSkill))
        && !living.some((id) => this.welfareOf.has(id))) push('NO_LABOR_ELIMINATED', hid);
    }
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
