// Planted roster-lint problems of the monitoring export itself (issue 7): HH_STRUCTURE, SEX_MISMATCH,
// DUPLICATE_PERSON, AGE_FIELD_MISMATCH, and FLAG_CONTRADICTION through the export's flags; with look-alikes.
// Cells are planted through Kit.mon / Kit.hcells (rosters/monitor.ts writes every other cell consistently).
import { housingFact } from './facts.js';
import { addFact, ALL, FROM1, isExitSubject, M0, type Household, type Person } from './model.js';
import { lifetimes, type Kit } from './plant-kit.js';

export function plantLint(kit: Kit): void {
  plantStructure(kit);
  plantSex(kit);
  plantDuplicates(kit);
  plantAgeFields(kit);
  plantFlags(kit);
}

const alive = (p: Person) => p.deceased === 0 && p.offMonitor === 0;
const spouseOf = (h: Household) => h.members.find((p) => p.rel === '配偶');

function plantStructure(kit: Kit): void {
  const L = kit.monitorHHs;
  const adult = (p: Person, lo: number, hi: number) => alive(p) && kit.ageIn(p, lo, hi);
  let c = 0;
  for (let i = 0; i < kit.w.k; i++) {
    const grownChild = (p: Person) => (p.rel === '之子' || p.rel === '之女') && adult(p, 20, 70);
    let h = kit.pickAt(c++, L, (x) => x.members.some(grownChild));
    if (h) {
      kit.mon(h.members.find(grownChild)!, ALL, { rel: '户主' });
      kit.expect('HH_STRUCTURE', h.hid, ALL, '两名户主：成年子女也登记为户主');
    }
    h = kit.pickAt(c++, L, (x) => x.members.length >= 2 && alive(x.members[0]));
    if (h) {
      kit.mon(h.members[0], M0, { rel: '其他' });
      kit.expect('HH_STRUCTURE', h.hid, M0, '没有户主：户主的与户主关系登记为“其他”（次月已更正）');
      kit.negative('HH_STRUCTURE', h.hid, '户主关系已更正', FROM1);
    }
    h = kit.pickAt(c++, L, (x) => alive(x.members[0]));
    if (h) {
      kit.mon(h.members[0], ALL, { rel: '' });
      kit.expect('HH_STRUCTURE', h.hid, ALL, '没有户主：户主的与户主关系未填写');
    }
    const secondSpouse = (x: Household) => (p: Person) => p.rel !== '户主' && p.rel !== '配偶' && p.sex !== x.members[0].sex && adult(p, 18, 80);
    h = kit.pickAt(c++, L, (x) => spouseOf(x) !== undefined && x.members.some(secondSpouse(x)));
    if (h) {
      kit.mon(h.members.find(secondSpouse(h))!, ALL, { rel: '配偶' });
      kit.expect('HH_STRUCTURE', h.hid, ALL, '两名配偶：另一名异性成员也登记为配偶');
    }
    h = kit.pickAt(c++, L, (x) => x.members.some((p) => p.rel === '之子'));
    if (h) {
      kit.mon(h.members.find((p) => p.rel === '之子')!, ALL, { rel: '儿子' });
      kit.expect('HH_STRUCTURE', h.hid, ALL, '与户主关系“儿子”不是全国系统规范值（应为“之子”）');
    }
    h = kit.pickAt(c++, L, (x) => spouseOf(x) !== undefined);
    if (h) {
      const s = spouseOf(h)!;
      kit.mon(s, FROM1, { rel: s.sex === 2 ? '妻子' : '丈夫' });
      kit.expect('HH_STRUCTURE', h.hid, FROM1, '次月起配偶的与户主关系写作“妻子/丈夫”，不是规范值');
      kit.negative('HH_STRUCTURE', h.hid, '与户主关系为规范值“配偶”', M0);
    }
    // Look-alikes: a household of one (one 户主, no 配偶), a member recorded as 其他 (a national value).
    h = kit.pick(L, (x) => x.members.length === 1);
    if (h) kit.negative('HH_STRUCTURE', h.hid, '单人户：一名户主，没有配偶');
    h = kit.pick(L, (x) => x.members.length >= 3);
    if (h) {
      kit.mon(h.members[h.members.length - 1], ALL, { rel: '其他' });
      kit.negative('HH_STRUCTURE', h.hid, '成员关系为“其他”，属于全国系统规范值');
    }
  }
}

function plantSex(kit: Kit): void {
  const L = kit.monitorHHs;
  const adult = (p: Person) => alive(p) && kit.ageIn(p, 18, 80);
  const flip = (p: Person) => (p.sex === 1 ? '女' : '男');
  let c = 0;
  for (let i = 0; i < kit.w.k; i++) {
    let p = kit.pickMemberAt(c++, L, adult);
    if (p) { kit.mon(p, ALL, { sex: flip(p) }); kit.expect('SEX_MISMATCH', p.id, ALL, `性别一栏为“${flip(p)}”，与身份证号不符`); }
    p = kit.pickMemberAt(c++, L, (x) => alive(x) && kit.ageIn(x, 3, 15));
    if (p) {
      kit.mon(p, M0, { sex: flip(p) });
      kit.expect('SEX_MISMATCH', p.id, M0, '儿童性别登记错误（次月已更正）');
      kit.negative('SEX_MISMATCH', p.id, '性别已更正', FROM1);
    }
    p = kit.pickMemberAt(c++, L, adult);
    if (p) {
      kit.mon(p, FROM1, { sex: flip(p) });
      kit.expect('SEX_MISMATCH', p.id, FROM1, '次月起性别一栏录错');
      kit.negative('SEX_MISMATCH', p.id, '性别与身份证号一致', M0);
    }
    // A same-sex 配偶: a member of the head's sex recorded as 配偶 in a household without one.
    const sameSex = (x: Household) => (q: Person) => q.rel !== '户主' && q.sex === x.members[0].sex && adult(q);
    const h = kit.pickAt(c++, L, (x) => spouseOf(x) === undefined && alive(x.members[0]) && x.members.some(sameSex(x)));
    if (h) {
      const q = h.members.find(sameSex(h))!;
      kit.mon(q, ALL, { rel: '配偶' });
      kit.expect('SEX_MISMATCH', q.id, ALL, '登记为配偶，但与户主同为一个性别');
    }
    // Look-alikes: 女性 / code 1 spelled differently, a female head with a male spouse.
    p = kit.pickMember(L, (x) => adult(x) && x.sex === 2);
    if (p) { kit.mon(p, ALL, { sex: '女性' }); kit.negative('SEX_MISMATCH', p.id, '性别写作“女性”，与身份证号一致'); }
    p = kit.pickMember(L, (x) => adult(x) && x.sex === 1);
    if (p) { kit.mon(p, ALL, { sex: '1' }); kit.negative('SEX_MISMATCH', p.id, '性别写作代码“1”（男），与身份证号一致'); }
    const f = kit.pick(L, (x) => x.members[0].sex === 2 && spouseOf(x)?.sex === 1);
    if (f) kit.negative('SEX_MISMATCH', spouseOf(f)!.id, '女户主的配偶为男性');
  }
}

/** The same ID in two households: a grown child still listed at home and as 儿媳/女婿 of a later household. */
function plantDuplicates(kit: Kit): void {
  const L = kit.monitorHHs;
  let c = 0;
  lifetimes(kit.w.k, [ALL, ALL, M0]).forEach((mask) => {
    const p = kit.pickMemberAt(c++, L, (x) => (x.rel === '之女' || x.rel === '之子') && alive(x) && kit.ageIn(x, 20, 45));
    if (!p) return;
    // The second household comes later in the export, so the person stays placed in their own household.
    const b = kit.pickAt(c++, L, (x) => x.hid > p.hh.hid && x.town !== p.hh.town) ?? kit.pick(L, (x) => x.hid > p.hh.hid);
    if (!b) return;
    (b.guests ??= []).push({ p, rel: p.sex === 2 ? '之儿媳' : '之女婿', mask });
    kit.expect('DUPLICATE_PERSON', p.id, mask, mask === ALL ? '同一人同时登记在娘家户和婆家户' : '同一人登记在两户（次月已从一户删除）');
    if (mask !== ALL) kit.negative('DUPLICATE_PERSON', p.id, '已从第二户删除', ALL & ~mask);
    kit.negative('HH_STRUCTURE', b.hid, '多登记了一名儿媳/女婿，户主、配偶结构仍正常');
  });
  for (let i = 0; i < kit.w.k; i++) {
    const p = kit.pickMember(L, (x) => x.rel !== '户主' && alive(x));
    if (!p) continue;
    (p.hh.guests ??= []).push({ p, rel: p.rel, mask: ALL });
    kit.negative('DUPLICATE_PERSON', p.id, '同一户内重复登记两行，不是多户重复');
    kit.negative('HH_STRUCTURE', p.hh.hid, '重复行按一人计');
  }
}

function plantAgeFields(kit: Kit): void {
  const L = kit.monitorHHs;
  const { st } = kit;
  const never = (x: Person) => st.every((s) => !s.isStudent(x));
  const healthy = (x: Person) => !x.disability && !x.seriousIll && !x.chronic;
  let c = 0;
  for (let i = 0; i < kit.w.k; i++) {
    const child = (lo: number, hi: number) => (x: Person) => alive(x) && kit.ageIn(x, lo, hi) && x.noStudent === 0;
    let p = kit.pickMemberAt(c++, L, child(6, 6)) ?? kit.pickMemberAt(c++, L, child(6, 8));
    if (p) { kit.mon(p, ALL, { edu: '本科及以上' }); kit.expect('AGE_FIELD_MISMATCH', p.id, ALL, `${kit.age(p)}周岁，文化程度登记为本科及以上`); }
    p = kit.pickMemberAt(c++, L, (x) => alive(x) && kit.ageIn(x, 38, 45) && never(x));
    if (p) {
      kit.mon(p, ALL, { student: '七年级' });
      kit.expect('AGE_FIELD_MISMATCH', p.id, ALL, `${kit.age(p)}周岁，在校生状况登记为七年级`);
      kit.expect('FLAG_CONTRADICTION', p.hh.hid, ALL, '成年人在校生状况为七年级，学籍名单中没有其学籍');
    }
    const student = (lo: number, hi: number) => (x: Person) => alive(x) && kit.ageIn(x, lo, hi) && st.every((s) => s.isStudent(x));
    p = kit.pickMemberAt(c++, L, student(16, 18)) ?? kit.pickMemberAt(c++, L, student(12, 15));
    if (p) {
      kit.mon(p, M0, { labor: '普通劳动力' });
      kit.expect('AGE_FIELD_MISMATCH', p.id, M0, '在校生劳动技能登记为普通劳动力（次月已更正）');
      kit.negative('AGE_FIELD_MISMATCH', p.id, '在校生劳动技能已更正为无劳动力', FROM1);
    }
    p = kit.pickMemberAt(c++, L, (x) => alive(x) && kit.ageIn(x, 28, 35) && healthy(x) && never(x) && x.hh.risk !== '是');
    if (p) { kit.mon(p, ALL, { labor: '无劳动力' }); kit.expect('AGE_FIELD_MISMATCH', p.id, ALL, '身体健康、非在校生的劳动年龄人口登记为无劳动力'); }
    p = kit.pickMemberAt(c++, L, (x) => alive(x) && kit.ageIn(x, 17, 17)) ?? kit.pickMemberAt(c++, L, (x) => alive(x) && kit.ageIn(x, 14, 17));
    if (p) {
      kit.mon(p, FROM1, { edu: '大专' });
      kit.expect('AGE_FIELD_MISMATCH', p.id, FROM1, `次月起${kit.age(p)}周岁文化程度登记为大专（不满18周岁）`);
      kit.negative('AGE_FIELD_MISMATCH', p.id, '文化程度未填', M0);
    }
    // Look-alikes: 大专 at 18 (the lowest plausible age), healthy but past labour age, 无劳动力 with a chronic illness.
    p = kit.pickMember(L, (x) => alive(x) && kit.ageIn(x, 18, 18)) ?? kit.pickMember(L, (x) => alive(x) && kit.ageIn(x, 18, 19));
    if (p) { kit.mon(p, ALL, { edu: '大专' }); kit.negative('AGE_FIELD_MISMATCH', p.id, '18周岁大专，不低于合理年龄'); }
    const idleOld = (lo: number, hi: number) => (x: Person) => alive(x) && kit.ageIn(x, lo, hi) && healthy(x) && st.every((s) => s.laborSkill(x) === '无劳动力');
    p = kit.pickMember(L, idleOld(61, 61)) ?? kit.pickMember(L, idleOld(61, 70));
    if (p) kit.negative('AGE_FIELD_MISMATCH', p.id, `${kit.age(p)}周岁身体健康、无劳动力，已超过劳动年龄`);
    p = kit.pickMember(L, (x) => alive(x) && kit.ageIn(x, 25, 55) && x.chronic && !x.disability && !x.seriousIll && never(x) && x.hh.risk !== '是');
    if (p) { kit.mon(p, ALL, { labor: '无劳动力' }); kit.negative('AGE_FIELD_MISMATCH', p.id, '健康状况为长期慢性病，不属于“健康”'); }
  }
}

/** 是否参加医保 / 是否享受低保 / 是否特困供养人员 / 是否危房户 contradicting the department rosters. */
function plantFlags(kit: Kit): void {
  const L = kit.monitorHHs;
  let c = 0;
  for (let i = 0; i < kit.w.k; i++) {
    const p = kit.pickMemberAt(c++, L, (x) => alive(x) && kit.ageIn(x, 1, 85) && kit.st.every((s) => s.insured(x)));
    if (p) {
      kit.mon(p, ALL, { medFlag: '否' });
      kit.expect('FLAG_CONTRADICTION', p.hh.hid, ALL, '是否参加城乡居民基本医疗保险为“否”，但医保名单中有其参保记录');
    }
    let h = kit.pickAt(c++, L, (x) => x.dibao === 0 && alive(x.members[0]));
    if (h) {
      kit.mon(h.members[0], M0, { dibaoFlag: '是' });
      kit.expect('FLAG_CONTRADICTION', h.hid, M0, '是否享受低保为“是”，但全户均不在低保名单中（次月已更正）');
      kit.negative('FLAG_CONTRADICTION', h.hid, '低保标识已更正', FROM1);
    }
    h = kit.pickAt(c++, L, (x) => x.members[0].tekun === ALL && alive(x.members[0]));
    if (h) {
      kit.mon(h.members[0], FROM1, { tekunFlag: '否' });
      kit.expect('FLAG_CONTRADICTION', h.hid, FROM1, '次月起是否特困供养人员为“否”，但在特困供养名单中');
      kit.negative('FLAG_CONTRADICTION', h.hid, '特困供养人员标识为“是”，与名单一致', M0);
    }
    h = kit.pickAt(c++, L, (x) => !isExitSubject(x));
    if (h) {
      const head = h.members[0];
      head.facts = head.facts?.filter((f) => f.kind !== 'housing') ?? null;
      addFact(head, { kind: 'housing', mask: ALL, v: housingFact(kit.rng, 'D级', '未改造') });
      kit.hcells(h, ALL, { unsafeFlag: '否' });
      kit.householdGap('HOUSING_UNSAFE', h, ALL, '住D级危房未改造');
      kit.expect('FLAG_CONTRADICTION', h.hid, ALL, '是否危房户为“否”，但住建鉴定为D级危房未改造');
    }
    // Look-alikes: flags that agree with the rosters.
    h = kit.pick(L, (x) => x.dibao === ALL && x.members.every(alive));
    if (h) kit.negative('FLAG_CONTRADICTION', h.hid, '是否享受低保为“是”，全户在低保名单中');
    h = kit.pick(L, (x) => !isExitSubject(x));
    if (h) {
      const head = h.members[0];
      head.facts = head.facts?.filter((f) => f.kind !== 'housing') ?? null;
      addFact(head, { kind: 'housing', mask: ALL, v: housingFact(kit.rng, 'C级', '改造中') });
      kit.householdGap('HOUSING_UNSAFE', h, ALL, 'C级危房改造中');
      kit.negative('FLAG_CONTRADICTION', h.hid, '是否危房户为“是”，与住建鉴定一致');
    }
  }
  // A planted uninsured member: the export says 否 too, which agrees with the medical roster.
  const u = kit.monitorHHs.flatMap((h) => h.members).find((p) => p.noMedical === ALL && !p.facts?.some((f) => f.kind === 'medical') && alive(p)
    && !kit.expected.some((e) => e.rule === 'FLAG_CONTRADICTION' && e.key === p.hh.hid));
  if (u) kit.negative('FLAG_CONTRADICTION', u.hh.hid, '未参保成员的是否参加医保为“否”，与医保名单一致');
}
