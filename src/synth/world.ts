// Builds the clean base county: townships, villages, monitored and ordinary households, and generic assets.
import { ageAt, makeId } from './ids.js';
import {
  ALL, addFact, addMonths, daysBefore, lastDay, type DeadPerson, type Household, type Person, type Township, type World,
} from './model.js';
import { hanName, minorityFamily, minorityName, surname, type MinorityStyle } from './names.js';
import { businessFact, housingFact, propertyFact, staffFact, vehicleFact } from './facts.js';
import { OTHER_AREAS, pickTownships, villageNames, type CountyInfo } from './places.js';
import { Rng } from './rng.js';

export const SCALES = {
  small: { towns: 4, villages: 4, monitorHH: 800, ordinaryHH: 560, k: 1 },
  county: { towns: 6, villages: 20, monitorHH: 44000, ordinaryHH: 90000, k: 25 },
} as const;

interface MemberSpec { age: number; sex: 1 | 2; rel: string }

export function buildWorld(seed: number, scale: 'small' | 'county', county: CountyInfo, period0: string): World {
  const P = SCALES[scale];
  // One generator for the whole county: the order of the steps below is part of the generated data.
  const rng = Rng.derive(seed, 'world');
  const w = emptyWorld(rng, seed, scale, county, period0);
  for (let i = 0; i < P.monitorHH; i++) monitorAttributes(rng, makeHousehold(rng, w, true), w.periods[0]);
  for (let i = 0; i < P.ordinaryHH; i++) makeHousehold(rng, w, false);
  for (const h of w.households) genericAssets(rng, w, h);
  addDeadPersons(rng, w);
  return w;
}

/** The county's months, townships and villages, with its ID, 户编号 and birth-date makers; no households yet. */
function emptyWorld(rng: Rng, seed: number, scale: 'small' | 'county', county: CountyInfo, period0: string): World {
  const P = SCALES[scale];
  const periods = [0, 1, 2].map((k) => addMonths(period0, k));
  const refDates = periods.map(lastDay);
  const taken = new Set<string>();
  const townships: Township[] = pickTownships(rng, P.towns).map((name, i) => ({
    name, code: String(101 + i),
    villages: villageNames(rng, P.villages, taken).map((v, j) => ({ name: v, code: String(j + 1).padStart(3, '0') })),
  }));
  const ids = new Set<string>();
  const seqInVillage = new Map<string, number>();
  const ref0 = refDates[0];

  const newId = (area: string, birth: number, sex: 1 | 2): string => {
    for (;;) {
      const seq = sex === 1 ? rng.int(0, 499) * 2 + 1 : rng.int(1, 499) * 2;
      const id = makeId(area, birth, seq);
      const body = id.slice(0, 17);
      if (!ids.has(body)) { ids.add(body); return id; }
    }
  };
  const birthFor = (age: number): number => daysBefore(ref0, age * 365 + Math.floor(age / 4) + rng.int(0, 364));
  const nextHid = (h: Household): string => {
    const t = townships[h.town], v = t.villages[h.village];
    const key = `${t.code}${v.code}`;
    const n = (seqInVillage.get(key) ?? 0) + 1;
    seqInVillage.set(key, n);
    return `${county.code}${key}${String(n).padStart(4, '0')}`;
  };
  return {
    seed, scale, county, periods, refDates, townships, households: [], persons: [], dead: [], k: P.k,
    nextHid, newId, birthFor,
  };
}

/** A household of a random village with its members (a 户编号 if monitored), added to the world. */
function makeHousehold(rng: Rng, w: World, monitored: boolean): Household {
  const { townships } = w;
  const town = rng.int(0, townships.length - 1);
  const village = rng.int(0, townships[town].villages.length - 1);
  const h: Household = {
    idx: w.households.length, hid: '', town, village, members: [], monitor: monitored ? ALL : 0, type: '',
    monitorType: '', risk: '', exitYear: '', identifiedAt: '', eliminatedAt: '', income: [0, 0, 0], dibao: 0,
    noEmployment: 0, phone: `1${rng.pick(['3', '5', '7', '8', '9'])}${String(rng.int(0, 999999999)).padStart(9, '0')}`,
    used: false, plain: false,
  };
  if (monitored) h.hid = w.nextHid(h);
  const specs = composition(rng);
  const style: MinorityStyle | null = rng.chance(0.008) ? rng.pick(['彝族', '维吾尔族'] as const) : null;
  const ethnic = style ?? rng.weighted(['汉族', '彝族', '苗族', '布依族', '回族', '仡佬族'], [72, 12, 8, 5, 2, 1]);
  const family = style ? minorityFamily(rng, style) : surname(rng);
  for (const s of specs) {
    const p = makeMember(rng, w, h, s, { monitored, style, ethnic, family });
    h.members.push(p);
    w.persons.push(p);
  }
  w.households.push(h);
  return h;
}

/** One member of `h` as `s` describes (name, ID, health, disability), not yet added to the household. */
function makeMember(rng: Rng, w: World, h: Household, s: MemberSpec,
  { monitored, style, ethnic, family }: { monitored: boolean; style: MinorityStyle | null; ethnic: string; family: string }): Person {
  const birth = w.birthFor(s.age);
  const married = s.rel === '配偶' || s.rel === '之儿媳' || s.rel === '之母';
  const area = rng.chance(married ? 0.3 : 0.03) ? rng.pick(OTHER_AREAS) : w.county.code;
  const ownFamily = married ? undefined : family;
  const name = style ? minorityName(rng, style, s.sex, family) : hanName(rng, s.sex, ownFamily);
  const p: Person = {
    idx: w.persons.length, id: w.newId(area, birth, s.sex), name, sex: s.sex, birth, hh: h, rel: s.rel, ethnic,
    edu: eduFor(rng, s.age), chronic: rng.chance(s.age > 50 ? 0.25 : 0.05), seriousIll: rng.chance(monitored ? 0.02 : 0.008),
    disability: null, illnessPay: null, tekun: 0, noMedical: 0, noStudent: 0, deceased: 0, deathDate: null,
    offMonitor: 0, facts: null, alts: null,
  };
  if (rng.chance(monitored ? 0.06 : 0.03)) {
    p.disability = { cat: rng.int(1, 7), level: monitored ? rng.weighted([1, 2, 3, 4], [15, 20, 30, 35]) : rng.int(3, 4) };
  }
  if (p.seriousIll) {
    p.illnessPay = monitored ? rng.int(2000, 60000) + rng.int(0, 99) / 100 : rng.int(800, 9800) + rng.int(0, 99) / 100;
  }
  return p;
}

/** People who died this year (the 死亡人员 roster), none of them in a household. */
function addDeadPersons(rng: Rng, w: World): void {
  const { periods, refDates, townships } = w;
  const nDead = Math.round(w.persons.length * 0.006) + 3;
  const yearStart = `${periods[0].slice(0, 4)}-01-01`;
  const span = Math.max(1, (Date.parse(refDates[2]) - Date.parse(yearStart)) / 86400000);
  for (let i = 0; i < nDead; i++) {
    const sex: 1 | 2 = rng.chance(0.55) ? 1 : 2;
    const age = rng.int(45, 96);
    const deathDate = isoPlus(yearStart, rng.int(0, span));
    const birth = w.birthFor(age);
    const d: DeadPerson = {
      id: w.newId(w.county.code, birth, sex), name: hanName(rng, sex), sex, town: rng.int(0, townships.length - 1),
      village: 0, deathDate, medical: rng.chance(0.3),
    };
    d.village = rng.int(0, townships[d.town].villages.length - 1);
    w.dead.push(d);
  }
}

function isoPlus(iso: string, days: number): string {
  const d = new Date(Date.parse(iso) + days * 86400000);
  return d.toISOString().slice(0, 10);
}

function composition(rng: Rng): MemberSpec[] {
  const out: MemberSpec[] = [];
  if (rng.chance(0.08)) {
    out.push({ age: rng.int(60, 88), sex: rng.chance(0.45) ? 1 : 2, rel: '户主' });
    return out;
  }
  const headAge = rng.int(28, 78);
  const headSex: 1 | 2 = rng.chance(0.85) ? 1 : 2;
  const other: 1 | 2 = headSex === 1 ? 2 : 1;
  out.push({ age: headAge, sex: headSex, rel: '户主' });
  if (rng.chance(headAge < 70 ? 0.88 : 0.55)) out.push({ age: Math.max(20, headAge + rng.int(-6, 4)), sex: other, rel: '配偶' });
  const child = (age: number): MemberSpec => {
    const sex: 1 | 2 = rng.chance(0.52) ? 1 : 2;
    return { age, sex, rel: sex === 1 ? '之子' : '之女' };
  };
  if (headAge <= 58) {
    const n = rng.weighted([0, 1, 2, 3, 4], [10, 30, 35, 18, 7]);
    for (let i = 0; i < n; i++) {
      const a = headAge - rng.int(20, 36);
      if (a >= 0) out.push(child(a));
    }
  } else {
    const n = rng.weighted([0, 1, 2], [30, 50, 20]);
    for (let i = 0; i < n; i++) {
      const c = child(headAge - rng.int(24, 34));
      out.push(c);
      if (i === 0 && c.sex === 1 && rng.chance(0.6)) {
        out.push({ age: Math.max(20, c.age + rng.int(-4, 3)), sex: 2, rel: '之儿媳' });
        const g = rng.int(0, 2);
        for (let j = 0; j < g; j++) {
          const ga = rng.int(0, Math.max(0, Math.min(17, c.age - 20)));
          const sex: 1 | 2 = rng.chance(0.52) ? 1 : 2;
          out.push({ age: ga, sex, rel: sex === 1 ? '之孙子' : '之孙女' });
        }
      }
    }
  }
  if (headAge < 50 && rng.chance(0.3)) {
    const fa = headAge + rng.int(22, 32);
    if (rng.chance(0.6) && fa <= 92) out.push({ age: fa, sex: 1, rel: '之父' });
    const mo = headAge + rng.int(20, 30);
    if (rng.chance(0.8) && mo <= 92) out.push({ age: mo, sex: 2, rel: '之母' });
  }
  if (rng.chance(0.03)) out.push({ age: Math.max(18, headAge + rng.int(-10, 10)), sex: rng.chance(0.5) ? 1 : 2, rel: '之兄弟姐妹' });
  return out;
}

function eduFor(rng: Rng, age: number): string {
  if (age < 18) return '';
  if (age > 60) return rng.weighted(['文盲或半文盲', '小学', '初中'], [45, 45, 10]);
  if (age > 40) return rng.weighted(['小学', '初中', '高中'], [40, 50, 10]);
  return rng.weighted(['初中', '高中', '大专', '本科及以上'], [50, 30, 15, 5]);
}

function ym(period: string, monthsBack: number): string {
  return addMonths(period, -monthsBack).replace('-', '');
}

function monitorAttributes(rng: Rng, h: Household, period0: string): void {
  const single = h.members.length === 1;
  const r = rng.next();
  if (r < 0.75) {
    h.type = '脱贫户'; h.exitYear = String(rng.int(2014, 2020));
  } else if (r < 0.88) {
    h.type = '脱贫户'; h.exitYear = String(rng.int(2016, 2020)); h.monitorType = '脱贫不稳定户';
  } else {
    h.type = rng.chance(0.5) ? '监测户' : '一般户'; h.monitorType = rng.chance(0.6) ? '边缘易致贫户' : '突发严重困难户';
  }
  if (h.monitorType) {
    const back = rng.int(8, 60);
    h.identifiedAt = ym(period0, back);
    h.risk = rng.chance(0.45) ? '是' : '否';
    if (h.risk === '是') h.eliminatedAt = ym(period0, rng.int(1, back - 6));
  }
  const subject = (h.type === '脱贫户' && h.monitorType === '') || h.risk === '是';
  const inc = subject ? rng.int(7200, 26000) : rng.int(3000, 12000);
  h.income = [inc, inc, inc];
  const head = h.members[0];
  const headAge = ageAt(head.birth, `${period0}-28`);
  if (single && headAge >= 60 && rng.chance(0.35)) head.tekun = ALL;
  else if (rng.chance(0.15)) h.dibao = ALL;
  // A household without labour is not marked risk-eliminated unless 低保/特困 covers it (NO_LABOR_ELIMINATED).
  const capable = h.members.some((p) => {
    const a = ageAt(p.birth, `${period0}-28`);
    return a >= 19 && a <= 58 && !(p.disability && p.disability.level <= 2);
  });
  if (h.risk === '是' && !capable && !head.tekun) h.dibao = ALL;
}

const VEHICLE_GOOD = ['K33', 'K33', 'K31', '小型轿车', 'K43', 'H31', 'M21', 'M22', 'N11', '普通二轮摩托车'];

/** Assets of ordinary people (anything goes) and harmless look-alikes for monitored people. */
function genericAssets(rng: Rng, w: World, h: Household): void {
  const age = (p: Person) => ageAt(p.birth, w.refDates[0]);
  const monitored = h.monitor !== 0;
  let any = false;
  for (const p of h.members) {
    const a = age(p);
    if (!monitored) {
      if (rng.chance(0.04)) p.noMedical = ALL;
      if (a >= 20 && a <= 65 && rng.chance(0.25)) {
        const type = rng.pick(VEHICLE_GOOD);
        addFact(p, { kind: 'vehicle', mask: ALL, v: vehicleFact(rng, w, type, rng.chance(0.9) ? '正常' : rng.pick(['注销', '报废', '转出'])) });
        any = true;
      }
      if (a >= 22 && a <= 65 && rng.chance(0.07)) {
        const status = rng.chance(0.85) ? rng.pick(['存续', '在业', '存续（在营、开业、在册）', '开业']) : rng.pick(['注销', '吊销，未注销']);
        if (rng.chance(0.5)) addFact(p, { kind: 'business', mask: ALL, v: businessFact(rng, w, p, 'csv', '个体工商户', status, null) });
        else addFact(p, { kind: 'business', mask: ALL, v: businessFact(rng, w, p, 'xlsx', rng.pick(['有限责任公司（自然人独资）', '有限责任公司', '农民专业合作社']), status, rng.weighted(['法定代表人', '股东', '监事'], [60, 25, 15])) });
        any = true;
      }
      if (a >= 22 && a <= 60 && rng.chance(0.04)) { addFact(p, { kind: 'staff', mask: ALL, v: staffFact(rng) }); any = true; }
    } else if (a >= 18 && a <= 65) {
      const r = rng.next();
      if (r < 0.08) addFact(p, { kind: 'vehicle', mask: ALL, v: vehicleFact(rng, w, rng.pick(['M21', 'M22', '普通二轮摩托车']), '正常') });
      else if (r < 0.11) addFact(p, { kind: 'vehicle', mask: ALL, v: vehicleFact(rng, w, rng.pick(['N11', '三轮汽车']), '正常') });
      else if (r < 0.12) addFact(p, { kind: 'vehicle', mask: ALL, v: vehicleFact(rng, w, 'H31', '正常') });
      else if (r < 0.13) addFact(p, { kind: 'vehicle', mask: ALL, v: vehicleFact(rng, w, rng.pick(['K33', 'K31']), rng.pick(['注销', '报废'])) });
      const b = rng.next();
      if (b < 0.02) addFact(p, { kind: 'business', mask: ALL, v: businessFact(rng, w, p, 'xlsx', '农民专业合作社', '存续', '股东') });
      else if (b < 0.03) addFact(p, { kind: 'business', mask: ALL, v: businessFact(rng, w, p, 'csv', '个体工商户', '注销', null) });
    }
  }
  const head = h.members[0];
  if (!monitored) {
    if (rng.chance(0.15)) { addFact(head, { kind: 'property', mask: ALL, v: propertyFact(rng, w, head, '商品房', '住宅') }); any = true; }
    if (rng.chance(0.1)) {
      const g = rng.pick(['A级', 'B级', 'C级', 'D级']);
      const reno = g === 'A级' || g === 'B级' ? '无需改造' : rng.pick(['未改造', '改造中', '已竣工']);
      addFact(head, { kind: 'housing', mask: ALL, v: housingFact(rng, g, reno) });
      any = true;
    }
    h.plain = !any;
  } else {
    const r = rng.next();
    if (r < 0.06) addFact(head, { kind: 'property', mask: ALL, v: propertyFact(rng, w, head, '易地扶贫搬迁安置房', '住宅') });
    else if (r < 0.08) addFact(head, { kind: 'property', mask: ALL, v: propertyFact(rng, w, head, '自建房', '住宅') });
    if (rng.chance(0.35)) {
      const g = rng.weighted(['A级', 'B级', 'C级', 'D级'], [40, 45, 10, 5]);
      const reno = g === 'A级' || g === 'B级' ? rng.pick(['无需改造', '']) : rng.pick(['已竣工', '已验收', '已完成']);
      addFact(head, { kind: 'housing', mask: ALL, v: housingFact(rng, g, reno) });
    }
  }
}
