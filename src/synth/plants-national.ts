// Planted problems of the national system's numbered checks (issue 12, rules/national.ts), with look-alikes.
import { ALL, FROM1, M0, type Household, type Person } from './model.js';
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
