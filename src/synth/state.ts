// Month-dependent facts of a person or household, derived from the world (ages move on between months).
import { ageAt } from './ids.js';
import { altOf, factsOf, INVALID_FORMS, on, type Household, type Person, type World } from './model.js';
import { EMPLOYERS, EMPLOY_FORMS, WORK_PLACES } from './places.js';
import { stableUnit } from './rng.js';

export const DROPOUT = new Set(['辍学', '失学', '退学']);
const INSURED = new Set(['参保', '正常参保', '已缴费', '参保缴费']);
const RENOVATED = new Set(['已竣工', '已完成', '已验收']);

export interface StudentRec { school: string; grade: string; status: string; no: string }
export interface MedicalRec { status: string }
export interface JobRec { place: string; employer: string; form: string; months: number }

export class MonthState {
  readonly ref: string;
  private jobs = new Map<Household, Map<Person, JobRec>>();

  constructor(readonly w: World, readonly m: number) {
    this.ref = w.refDates[m];
  }

  u(p: Person, salt: string): number {
    return stableUnit(this.w.seed, `${salt}:${p.idx}`);
  }

  age(p: Person): number {
    return ageAt(p.birth, this.ref);
  }

  dead(p: Person): boolean {
    return on(p.deceased, this.m);
  }

  severe(p: Person): boolean {
    return p.disability !== null && p.disability.level <= 2;
  }

  inMonitor(p: Person): boolean {
    return on(p.hh.monitor, this.m) && !on(p.offMonitor, this.m);
  }

  /** The generic school record for this month, if any. */
  genericStudent(p: Person): StudentRec | null {
    if (this.dead(p) || on(p.noStudent, this.m)) return null;
    const a = this.age(p);
    const town = this.w.townships[p.hh.town].name;
    const no = `G${p.id.slice(0, 6)}${p.id.slice(6, 14)}${String(p.idx % 10000).padStart(4, '0')}`;
    if (a >= 3 && a <= 5) {
      return this.u(p, 'kg') < 0.4 ? { school: `${town}中心幼儿园`, grade: '学前教育', status: '在读', no } : null;
    }
    if (a < 6 || a > 18) return null;
    if (a >= 16 && this.u(p, 'hs') >= 0.8) return null; // left school after 初中
    let status = '在读';
    if (this.severe(p)) status = p.disability!.level === 1 ? '送教上门' : '随班就读';
    return { school: schoolFor(town, a), grade: gradeFor(a), status, no };
  }

  studentRecs(p: Person): StudentRec[] {
    const out: StudentRec[] = [];
    const g = this.genericStudent(p);
    if (g) out.push(g);
    for (const f of factsOf(p, 'student', this.m)) {
      const a = this.age(p);
      const town = this.w.townships[p.hh.town].name;
      out.push({
        school: String(f.v.school ?? schoolFor(town, a)), grade: String(f.v.grade ?? gradeFor(a)),
        status: String(f.v.status), no: `G${p.id.slice(0, 14)}${String(out.length)}`,
      });
    }
    return out;
  }

  isStudent(p: Person): boolean {
    return this.studentRecs(p).some((r) => !DROPOUT.has(r.status));
  }

  /** 在校生状况 in the monitoring export. */
  studentStatus(p: Person): string {
    const a = this.age(p);
    const recs = this.studentRecs(p).filter((r) => !DROPOUT.has(r.status));
    if (recs.length > 0) return recs[0].grade === '学前教育' ? '学前教育' : nationalGrade(a);
    if (a < 6) return '学龄前儿童';
    // Planted dropouts are still shown as enrolled in the national export (that is the discrepancy).
    if (a <= 15) return nationalGrade(a);
    return '';
  }

  genericMedical(p: Person): MedicalRec | null {
    if (this.dead(p)) return this.u(p, 'medDead') < 0.6 ? { status: '终止参保' } : null;
    if (on(p.noMedical, this.m)) return null;
    const r = this.u(p, 'med');
    return { status: r < 0.6 ? '正常参保' : r < 0.85 ? '参保缴费' : '已缴费' };
  }

  /** Living and listed as insured in the medical roster this month (what 是否参加城乡居民基本医疗保险 should say). */
  insured(p: Person): boolean {
    if (this.dead(p)) return false;
    const g = this.genericMedical(p);
    const alt = altOf(p, 'medical', this.m);
    if (g && INSURED.has(g.status) && !(alt?.idForm && INVALID_FORMS.has(alt.idForm))) return true;
    return factsOf(p, 'medical', this.m).some((f) => INSURED.has(String(f.v.status)) && !(f.idForm && INVALID_FORMS.has(f.idForm)));
  }

  /** A member's house is graded C/D and not renovated this month (what 是否危房户 should say). */
  houseUnsafe(h: Household): boolean {
    return h.members.some((p) => factsOf(p, 'housing', this.m).some((f) => {
      const g = /[CD]/.exec(String(f.v.grade ?? '').toUpperCase());
      return g !== null && !RENOVATED.has(String(f.v.reno ?? '')) && !(f.idForm && INVALID_FORMS.has(f.idForm));
    }));
  }

  laborCandidate(p: Person): boolean {
    const a = this.age(p);
    return !this.dead(p) && a >= 16 && a <= 60 && !this.isStudent(p) && !this.severe(p);
  }

  /** Generic employment records of a household this month (suppressed for planted zero-employment). */
  genericJobs(h: Household): Map<Person, JobRec> {
    let map = this.jobs.get(h);
    if (map) return map;
    map = new Map();
    if (!on(h.noEmployment, this.m)) {
      const first = h.members.find((p) => this.laborCandidate(p));
      for (const p of h.members) {
        const a = this.age(p);
        const extra = !this.dead(p) && a >= 18 && a <= 55 && !this.isStudent(p) && !this.severe(p) && this.u(p, 'job') < 0.3;
        if (p === first || extra) map.set(p, this.jobFor(p));
      }
    }
    this.jobs.set(h, map);
    return map;
  }

  jobFor(p: Person): JobRec {
    const r = this.u(p, 'jobkind');
    const place = WORK_PLACES[Math.floor(r * WORK_PLACES.length)];
    const local = place === '县内' || place === '乡内';
    const form = place === '乡内' ? (r < 0.5 ? '公益性岗位' : '扶贫车间') : local ? '县内务工' : place.startsWith('贵州') ? '省内县外务工' : '省外务工';
    const employer = form === '公益性岗位' ? '乡镇公益性岗位' : form === '扶贫车间' ? '村扶贫车间'
      : EMPLOYERS[Math.floor(this.u(p, 'employer') * EMPLOYERS.length)];
    return { place, employer, form: EMPLOY_FORMS.includes(form) ? form : '灵活就业', months: 6 + Math.floor(this.u(p, 'months') * 7) };
  }

  /** Everybody of the household with an employment record this month (generic and planted). */
  employed(h: Household): Set<Person> {
    const s = new Set(this.genericJobs(h).keys());
    for (const p of h.members) if (factsOf(p, 'employment', this.m).length > 0) s.add(p);
    return s;
  }

  laborSkill(p: Person): string {
    const a = this.age(p);
    if (a < 16 || this.isStudent(p)) return '无劳动力';
    if (this.severe(p)) return '丧失劳动力';
    if (a > 60) return this.u(p, 'oldskill') < 0.6 ? '无劳动力' : '弱劳动力或半劳动力';
    if (p.disability || p.seriousIll) return '弱劳动力或半劳动力';
    return this.u(p, 'skill') < 0.8 ? '普通劳动力' : '技能劳动力';
  }

  health(p: Person): string {
    const parts: string[] = [];
    if (p.disability) parts.push('残疾');
    if (p.seriousIll) parts.push('患有大病');
    if (p.chronic) parts.push('长期慢性病');
    if (parts.length === 0) return '健康';
    if (parts.length > 1 && this.u(p, 'hord') < 0.5) parts.reverse();
    return parts.join(',');
  }
}

function schoolFor(town: string, age: number): string {
  const base = town.replace(/[乡镇]$/, '');
  if (age <= 11) return `${base}中心小学`;
  if (age <= 14) return `${base}中学`;
  return age === 18 ? '县中等职业学校' : '县第一中学';
}

function gradeFor(age: number): string {
  const primary = ['一年级', '二年级', '三年级', '四年级', '五年级', '六年级'];
  if (age <= 11) return primary[age - 6];
  if (age <= 14) return ['七年级', '八年级', '九年级'][age - 12];
  if (age <= 17) return ['高一', '高二', '高三'][age - 15];
  return '中职三年级';
}

function nationalGrade(age: number): string {
  if (age <= 11) return '小学';
  if (age <= 14) return ['七年级', '八年级', '九年级'][age - 12];
  if (age <= 17) return ['普通高中一年级', '普通高中二年级', '普通高中三年级'][age - 15];
  return '中职三年级';
}
