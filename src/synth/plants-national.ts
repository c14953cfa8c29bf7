// Planted problems of the national system's numbered checks (issue 12, rules/national.ts), with look-alikes.
import { ALL, FROM1, M0, monOf, on, type Household, type Mask, type Person } from './model.js';
import type { Kit } from './plant-kit.js';

export function plantNational(kit: Kit): void {
  const { st } = kit;
  const L = kit.monitorHHs;
  const healthyAdult = (lo: number, hi: number) => (p: Person) => kit.living(p) && kit.ageIn(p, lo, hi) && p.tekun === 0
    && !p.disability && !p.seriousIll && !p.chronic && st.every((s) => s.studentStatus(p) === '' && !s.isStudent(p));

  for (let i = 0; i < kit.w.k; i++) {
    // TEKUN_ABLE_BODIED (5_15_018/019): a healthy working-age non-student on 特困 (all months; new in month 1; aged 18).
    let p = kit.pickMember(L, healthyAdult(25, 50));
    if (p) { p.tekun = ALL; kit.expect('TEKUN_ABLE_BODIED', p.id, ALL, '健康、非在校生、劳动年龄人口享受特困供养'); }
    p = kit.pickMember(L, healthyAdult(40, 55));
    if (p) { p.tekun = ALL; kit.expect('TEKUN_ABLE_BODIED', p.id, ALL, '健康、非在校生、劳动年龄人口享受特困供养'); }
    p = kit.pickMember(L, healthyAdult(30, 45));
    if (p) { p.tekun = FROM1; kit.expect('TEKUN_ABLE_BODIED', p.id, FROM1, '次月起享受特困供养的健康劳动年龄人口'); }
    p = kit.pickMember(L, healthyAdult(18, 18));
    if (p) { p.tekun = ALL; kit.expect('TEKUN_ABLE_BODIED', p.id, ALL, '年满18周岁的健康非在校生享受特困供养（下限）'); }
    // Look-alikes: a chronically ill adult on 特困; an elder on 特困.
    p = kit.pickMember(L, (x) => kit.living(x) && kit.ageIn(x, 30, 50) && x.tekun === 0 && x.chronic && !x.disability);
    if (p) { p.tekun = ALL; kit.negative('TEKUN_ABLE_BODIED', p.id, '长期慢性病患者享受特困供养'); }
    p = kit.pickMember(L, (x) => kit.living(x) && x.tekun === ALL && kit.ageIn(x, 61, 120));
    if (p) kit.negative('TEKUN_ABLE_BODIED', p.id, '61周岁以上的特困供养人员');
  }
  plantRisks(kit);
  plantWork(kit);
  plantMeasures(kit);
  plantMissingFields(kit);
  plantEducation(kit);
  plantLand(kit);
}

/** LAND_AREA_IMPLAUSIBLE (5_14_001…020) and look-alikes. */
function plantLand(kit: Kit): void {
  const L = kit.monitorHHs;
  const exitedOnly = (h: Household) => h.type === '脱贫户' && h.monitorType === '';
  const monitored = (h: Household) => h.monitorType !== '';
  for (let i = 0; i < kit.w.k; i++) {
    let h = kit.pick(L, exitedOnly);
    if (h) { kit.hcells(h, ALL, { land: { farmland: '150' } }); kit.expect('LAND_AREA_IMPLAUSIBLE', h.hid, ALL, '脱贫户耕地150亩'); }
    h = kit.pick(L, monitored);
    if (h) { kit.hcells(h, ALL, { land: { forestLand: '260' } }); kit.expect('LAND_AREA_IMPLAUSIBLE', h.hid, ALL, '监测对象林地260亩'); }
    h = kit.pick(L, monitored);
    if (h) { kit.hcells(h, M0, { land: { waterSurface: '' } }); kit.expect('LAND_AREA_IMPLAUSIBLE', h.hid, M0, '监测对象水面面积为空（次月已补录）'); }
    h = kit.pick(L, exitedOnly);
    if (h) { kit.hcells(h, FROM1, { land: { roadDistance: '8.5' } }); kit.expect('LAND_AREA_IMPLAUSIBLE', h.hid, FROM1, '与村主干路距离8.5公里'); }
    // Look-alikes: the limits themselves; an empty area of a 脱贫户 (only monitored households must fill it).
    h = kit.pick(L, exitedOnly);
    if (h) { kit.hcells(h, ALL, { land: { farmland: '100', forestLand: '200', roadDistance: '5' } }); kit.negative('LAND_AREA_IMPLAUSIBLE', h.hid, '耕地100亩、林地200亩、距离5公里，恰在上限'); }
    h = kit.pick(L, exitedOnly);
    if (h) { kit.hcells(h, ALL, { land: { pasture: '' } }); kit.negative('LAND_AREA_IMPLAUSIBLE', h.hid, '脱贫户牧草地面积为空，不属此项'); }
  }
}

/** EDUCATION_RECORD_CONFLICT (3_01_003, 5_17_007): plants, then the truth of every planted 文化程度 / 在校生状况 cell. */
function plantEducation(kit: Kit): void {
  const { st } = kit;
  const L = kit.monitorHHs;
  const listed = (p: Person) => kit.living(p) && p.offMonitor === 0 && !p.mon?.length;
  for (let i = 0; i < kit.w.k; i++) {
    let p = kit.pickMember(L, (x) => listed(x) && kit.ageIn(x, 12, 14) && st.every((s) => s.isStudent(x)));
    if (p) kit.mon(p, ALL, { edu: '小学' });
    p = kit.pickMember(L, (x) => listed(x) && kit.ageIn(x, 17, 21) && st.every((s) => s.studentStatus(x) === ''));
    if (p) kit.mon(p, ALL, { edu: '小学' });
    p = kit.pickMember(L, (x) => listed(x) && kit.ageIn(x, 18, 21) && st.every((s) => s.studentStatus(x) === ''));
    if (p) kit.mon(p, FROM1, { edu: '文盲或半文盲' });
    // Look-alikes: 小学 past the age band; a 学龄前儿童 (no school stage).
    p = kit.pickMember(L, (x) => listed(x) && kit.ageIn(x, 24, 35) && st.every((s) => s.studentStatus(x) === ''));
    if (p) { kit.mon(p, ALL, { edu: '小学' }); kit.negative('EDUCATION_RECORD_CONFLICT', p.id, '24周岁以上文化程度为小学'); }
  }
  // Defaults never conflict (a student's 文化程度 is empty, adults have 初中 or more below 40), so only planted cells can.
  const STAGE = (s: string) => s !== '' && s !== '学龄前儿童' && s !== '非在校生';
  const [lo, hi] = [16, 22];
  for (const h of kit.w.households) {
    for (const p of h.members) {
      if (!p.mon?.some((c) => c.edu !== undefined || c.student !== undefined)) continue;
      let mask: Mask = 0;
      kit.st.forEach((s, m) => {
        if (!on(h.monitor, m) || on(p.offMonitor, m)) return;
        const c = monOf(p, m);
        const student = s.studentStatus(p);
        const written = c.student ?? student;
        const edu = c.edu ?? (student && student !== '学龄前儿童' ? '' : s.age(p) >= 16 ? p.edu || '初中' : '');
        const age = kit.age(p, m);
        if (edu !== '' && (STAGE(written) || (/小学|文盲/.test(edu) && age >= lo && age <= hi))) mask |= 1 << m;
      });
      if (mask) kit.expect('EDUCATION_RECORD_CONFLICT', p.id, mask, '文化程度与在校生状况或年龄矛盾');
    }
  }
}

/** MONITOR_FIELD_MISSING (1_11_011, 3_02_002) and look-alikes. */
function plantMissingFields(kit: Kit): void {
  const L = kit.monitorHHs;
  const eliminated = (h: Household) => h.risk === '是' && h.monitorType !== '';
  for (let i = 0; i < kit.w.k; i++) {
    let h = kit.pick(L, eliminated);
    if (h) { kit.hcells(h, ALL, { contact: '' }); kit.expect('MONITOR_FIELD_MISSING', h.hid, ALL, '风险已消除，监测联系人为空'); }
    h = kit.pick(L, eliminated);
    if (h) { kit.hcells(h, ALL, { contactPhone: '' }); kit.expect('MONITOR_FIELD_MISSING', h.hid, ALL, '风险已消除，监测联系人电话为空'); }
    h = kit.pick(L, eliminated);
    if (h) { kit.hcells(h, FROM1, { contact: '', contactPhone: '' }); kit.expect('MONITOR_FIELD_MISSING', h.hid, FROM1, '风险已消除，次月起监测联系人和电话为空'); }
    h = kit.pick(L, (x) => x.monitorType !== '' && x.risk === '否');
    if (h) { kit.hcells(h, M0, { water: '' }); kit.expect('MONITOR_FIELD_MISSING', h.hid, M0, '是否解决安全饮用水为空（次月已补录）'); }
    h = kit.pick(L, (x) => x.monitorType !== '' && x.risk === '否');
    if (h) { kit.hcells(h, ALL, { contact: '', contactPhone: '' }); kit.negative('MONITOR_FIELD_MISSING', h.hid, '风险未消除的监测户没有监测联系人，不属此项'); }
  }
}

/** MEASURE_MISMATCH (5_16_003/004/005/006/008) and look-alikes. */
function plantMeasures(kit: Kit): void {
  const L = kit.monitorHHs;
  const listed = (h: Household) => h.members.every((p) => p.offMonitor === 0) && !h.guests?.length;
  const severe = (h: Household) => h.members.some((p) => p.disability !== null && p.disability.level <= 2);
  const tekun = (h: Household) => h.members.some((p) => p.tekun !== 0);
  const plain = (h: Household) => listed(h) && h.dibao === 0 && !tekun(h) && !severe(h) && !h.members.some((p) => p.mon?.length);
  for (let i = 0; i < kit.w.k; i++) {
    let h = kit.pick(L, (x) => listed(x) && x.dibao === ALL && !x.members.some((p) => p.mon?.length));
    if (h) { kit.hcells(h, ALL, { comprehensiveAid: '临时救助' }); kit.expect('MEASURE_MISMATCH', h.hid, ALL, '享受低保，综合保障中没有低保'); }
    h = kit.pick(L, (x) => listed(x) && x.members.some((p) => p.tekun === ALL) && !x.members.some((p) => p.mon?.length));
    if (h) { kit.hcells(h, FROM1, { comprehensiveAid: '' }); kit.expect('MEASURE_MISMATCH', h.hid, FROM1, '特困供养人员，综合保障为空'); }
    h = kit.pick(L, plain);
    if (h) { kit.hcells(h, ALL, { comprehensiveAid: '低保' }); kit.expect('MEASURE_MISMATCH', h.hid, ALL, '综合保障有低保，但无人享受低保'); }
    h = kit.pick(L, (x) => plain({ ...x, members: x.members.filter((p) => !p.disability) }) && x.members.some((p) => p.disability !== null && p.disability.level <= 2 && p.alts === null));
    if (h) {
      kit.hcells(h, M0, { comprehensiveAid: '临时救助' });
      kit.expect('MEASURE_MISMATCH', h.hid, M0, '一、二级残疾人，综合保障中没有残疾人补贴（次月已补录）');
      kit.negative('MEASURE_MISMATCH', h.hid, '已补录残疾人两项补贴', FROM1);
    }
    h = kit.pick(L, (x) => listed(x) && x.dibao === ALL);
    if (h) kit.negative('MEASURE_MISMATCH', h.hid, '享受低保，综合保障中有低保');
  }
}

/** WORK_RECORD_IMPLAUSIBLE (5_16_001/002/010) and look-alikes. */
function plantWork(kit: Kit): void {
  const { st } = kit;
  const L = kit.monitorHHs;
  const worker = (p: Person) => kit.living(p) && p.offMonitor === 0 && st.every((s) => s.employed(p.hh).has(p));
  for (let i = 0; i < kit.w.k; i++) {
    let p = kit.pickMember(L, worker);
    if (p) { kit.mon(p, ALL, { workIncome: '35000' }); kit.expect('WORK_RECORD_IMPLAUSIBLE', p.id, ALL, '务工月收入35000元'); }
    p = kit.pickMember(L, worker);
    if (p) {
      kit.mon(p, M0, { workIncome: '80' });
      kit.expect('WORK_RECORD_IMPLAUSIBLE', p.id, M0, '有务工记录，月收入80元（次月已更正）');
      kit.negative('WORK_RECORD_IMPLAUSIBLE', p.id, '务工月收入已更正', FROM1);
    }
    p = kit.pickMember(L, (x) => kit.living(x) && x.offMonitor === 0 && kit.ageIn(x, 12, 14) && st.every((s) => !s.employed(x.hh).has(x)));
    if (p) { kit.mon(p, ALL, { workMonths: '4', workPlace: '广东省' }); kit.expect('WORK_RECORD_IMPLAUSIBLE', p.id, ALL, '未满16周岁登记外出务工'); }
    // Look-alikes: the ceiling and the floor themselves.
    p = kit.pickMember(L, worker);
    if (p) { kit.mon(p, ALL, { workIncome: '30000' }); kit.negative('WORK_RECORD_IMPLAUSIBLE', p.id, '务工月收入恰为30000元'); }
    p = kit.pickMember(L, worker);
    if (p) { kit.mon(p, ALL, { workIncome: '100' }); kit.negative('WORK_RECORD_IMPLAUSIBLE', p.id, '务工月收入恰为100元'); }
  }
}

const LABOR = new Set(['普通劳动力', '技能劳动力', '弱劳动力或半劳动力']);

/** RISK_MISMATCH (5_15_013/014/015/020, 5_18_006) and look-alikes. */
function plantRisks(kit: Kit): void {
  const { st } = kit;
  const L = kit.monitorHHs;
  const monitored = (h: Household) => h.monitorType !== '' && h.members.every((p) => kit.living(p) && p.offMonitor === 0);
  const illness = (h: Household) => h.members.some((p) => p.seriousIll || p.chronic);
  const noLabor = (h: Household) => st.every((s) => h.members.every((p) => !LABOR.has(s.laborSkill(p))) && s.employed(h).size === 0);
  const working = (h: Household) => st.every((s) => h.members.some((p) => LABOR.has(s.laborSkill(p))) && s.employed(h).size > 0);
  for (let i = 0; i < kit.w.k; i++) {
    let h = kit.pick(L, (x) => monitored(x) && noLabor(x));
    if (h) { kit.hcells(h, ALL, { risk1: '因务工就业不稳' }); kit.expect('RISK_MISMATCH', h.hid, ALL, '因务工就业不稳，但全户无劳动能力、无务工记录'); }
    h = kit.pick(L, (x) => monitored(x) && working(x) && !illness(x));
    if (h) { kit.hcells(h, ALL, { risk1: '因病', selfPay: '6000' }); kit.expect('RISK_MISMATCH', h.hid, ALL, '因病，但无人患大病或慢性病'); }
    h = kit.pick(L, (x) => monitored(x) && illness(x));
    if (h) {
      kit.hcells(h, ALL, { risk1: '因病', selfPay: '0' });
      kit.hcells(h, FROM1, { selfPay: '4200' });
      kit.expect('RISK_MISMATCH', h.hid, M0, '因病，但合规自付支出为0（次月已更正）');
      kit.negative('RISK_MISMATCH', h.hid, '因病，合规自付支出已更正为4200元', FROM1);
    }
    h = kit.pick(L, (x) => monitored(x) && !illness(x));
    if (h) { kit.hcells(h, FROM1, { risk1: '因安全饮水' }); kit.expect('RISK_MISMATCH', h.hid, FROM1, '因安全饮水，但无饮水安全保障措施'); }
    // Look-alikes.
    h = kit.pick(L, (x) => monitored(x) && working(x));
    if (h) { kit.hcells(h, ALL, { risk1: '因务工就业不稳' }); kit.negative('RISK_MISMATCH', h.hid, '因务工就业不稳，有劳动力且有务工记录'); }
    h = kit.pick(L, (x) => monitored(x) && !illness(x));
    if (h) { kit.hcells(h, ALL, { risk1: '因安全饮水', waterAid: '集中供水工程' }); kit.negative('RISK_MISMATCH', h.hid, '因安全饮水，已落实饮水安全保障'); }
    h = kit.pick(L, (x) => monitored(x) && illness(x));
    if (h) kit.negative('RISK_MISMATCH', h.hid, '因病，有慢性病或大病成员，合规自付支出大于0');
  }
}
