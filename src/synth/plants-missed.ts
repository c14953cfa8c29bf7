// Planted MISSED cases (and look-alikes that must not fire).
import { addAlt, ALL, addMonths, FROM1, M0, type Household, type IdForm, type Person } from './model.js';
import { lifetimes, type Kit } from './plant-kit.js';

function head(h: Household): Person {
  return h.members[0];
}

const plainFamily = (h: Household) => h.plain && h.members.length >= 2 && h.members.length <= 5 && h.members.every((p) => !p.disability || p.disability.level > 2);

// The recipes run in this order: each picks from the households the earlier ones left unused.
export function plantMissed(kit: Kit): void {
  plantDibaoUnmonitored(kit);
  plantTekunUnmonitored(kit);
  plantDisabledUnmonitored(kit);
  plantIllnessUnmonitored(kit);
  plantDisabledInDibao(kit);
  plantLowIncomeUnmonitored(kit);
  plantMonitoredLookalikes(kit);
  plantIdFormLookalikes(kit);
  plantBelowThresholdLookalikes(kit);
  plantListedLookalikes(kit);
}

/** Ordinary 低保 households not in the monitor roster; the second of each three is taken into monitoring in month 1. */
function plantDibaoUnmonitored(kit: Kit): void {
  const { w } = kit;
  lifetimes(w.k, [ALL, M0, FROM1]).forEach((mask, i) => {
    const h = kit.pick(kit.ordinaryHHs, plainFamily);
    if (!h) return;
    const hd = head(h);
    if (mask === M0) {
      h.dibao = ALL;
      h.monitor = 0b110;
      h.hid = w.nextHid(h);
      h.type = '监测户'; h.monitorType = '边缘易致贫户'; h.risk = '否';
      h.identifiedAt = addMonths(w.periods[1], 0).replace('-', '');
      h.income = [0, 5200, 5200];
      for (const p of h.members) p.noMedical = 0;
      kit.expect('MISSED', hd.id, M0, '低保户未纳入监测（次月已纳入监测）');
      kit.negative('MISSED', hd.id, '该低保户已于次月纳入监测', 0b110);
    } else {
      h.dibao = mask;
      kit.expect('MISSED', hd.id, mask, mask === ALL ? '农村低保户全家不在监测名单' : '次月新增低保户，未纳入监测');
    }
    if (i === 0) {
      // A member's row in the 低保 roster carries a wrong check character: ID_INVALID, the household still fires.
      addAlt(h.members[1], { kind: 'dibao', mask: ALL, idForm: 'badcheck' });
    }
  });
}

/** 特困 persons living alone, not monitored. */
function plantTekunUnmonitored(kit: Kit): void {
  lifetimes(kit.w.k, [ALL, ALL]).forEach((mask) => {
    const h = kit.pick(kit.ordinaryHHs, (x) => x.plain && x.members.length === 1 && kit.ageIn(x.members[0], 60, 100));
    if (!h) return;
    head(h).tekun = mask;
    kit.expect('MISSED', head(h).id, mask, '特困供养人员未纳入监测');
  });
}

/** Level 1–2 disability, not monitored, no household data (household of one). */
function plantDisabledUnmonitored(kit: Kit): void {
  lifetimes(kit.w.k, [ALL, ALL]).forEach((_, i) => {
    const h = kit.pick(kit.ordinaryHHs, (x) => !x.members.some((p) => p.disability) && kit.ageIn(head(x), 18, 75));
    if (!h) return;
    head(h).disability = { cat: i % 2 === 0 ? 4 : 1, level: i % 2 === 0 ? 1 : 2 };
    kit.expect('MISSED', head(h).id, ALL, '一、二级残疾人未纳入监测');
  });
}

/** High self-pay patients (the first exactly at the threshold), not monitored. */
function plantIllnessUnmonitored(kit: Kit): void {
  lifetimes(kit.w.k, [ALL, ALL]).forEach((_, i) => {
    const h = kit.pick(kit.ordinaryHHs, (x) => x.members[0].illnessPay === null && !x.members[0].disability);
    if (!h) return;
    const p = head(h);
    p.seriousIll = true;
    p.illnessPay = i === 0 ? 10000 : kit.rng.int(12000, 80000) + 0.5;
    kit.expect('MISSED', p.id, ALL, `大病个人自付${p.illnessPay}元，未纳入监测`);
  });
}

/** A level-2 disabled member of an unmonitored 低保 household: one finding, keyed by the 低保 head. */
function plantDisabledInDibao(kit: Kit): void {
  for (let i = 0; i < kit.w.k; i++) {
    const h = kit.pick(kit.ordinaryHHs, (x) => plainFamily(x) && x.members.length >= 3);
    if (!h) continue;
    h.dibao = ALL;
    const mem = h.members[1];
    mem.disability = { cat: 5, level: 2 };
    kit.expect('MISSED', head(h).id, ALL, '低保户（成员为二级残疾人）未纳入监测');
    kit.negative('MISSED', mem.id, '二级残疾人属于未纳入监测的低保户，并入该户，不单独成户');
  }
}

/** 2026: 农村低收入人口 (低保边缘家庭, 刚性支出困难家庭) not monitored; the second is listed from month 1. */
function plantLowIncomeUnmonitored(kit: Kit): void {
  lifetimes(kit.w.k, [ALL, FROM1]).forEach((mask, i) => {
    const h = kit.pick(kit.ordinaryHHs, plainFamily);
    if (!h) return;
    const type = i % 2 === 0 ? '低保边缘家庭' : '刚性支出困难家庭';
    h.lowIncome = { mask, type };
    kit.expect('MISSED', head(h).id, mask, `${type}未纳入防止返贫致贫监测`);
  });
}

/** Look-alikes: 低收入人口 and 低保 households that are monitored already. */
function plantMonitoredLookalikes(kit: Kit): void {
  const { w } = kit;
  for (let i = 0; i < w.k; i++) {
    const h = kit.pick(kit.monitorHHs, (x) => x.dibao === 0 && !x.lowIncome);
    if (!h) continue;
    h.lowIncome = { mask: ALL, type: i % 2 === 0 ? '刚性支出困难家庭' : '低保边缘家庭' };
    kit.negative('MISSED', head(h).id, '低收入人口家庭已纳入监测');
  }
  for (let i = 0; i < 2 * w.k; i++) {
    const h = kit.pick(kit.monitorHHs, (x) => x.dibao === ALL);
    if (h) kit.negative('MISSED', head(h).id, '低保户已纳入监测');
  }
}

/** Look-alikes: 低保 rows of monitored households written as 15 digits, lower-case x, full-width digits. */
function plantIdFormLookalikes(kit: Kit): void {
  for (let i = 0; i < 3 * kit.w.k; i++) {
    const wantX = i % 3 === 0;
    const h = kit.pick(kit.monitorHHs, (x) => x.dibao === ALL && (!wantX || x.members.some((p) => p.id.endsWith('X'))));
    if (!h) continue;
    const forms = new Set<IdForm>();
    for (const p of h.members) {
      const form: IdForm = p.id.endsWith('X') ? 'lowerx' : p.id.slice(6, 8) === '19' ? 'id15' : 'fullwidth';
      forms.add(form);
      addAlt(p, { kind: 'dibao', mask: ALL, idForm: form });
    }
    const label = [...forms].map((f) => ({ lowerx: '小写x', id15: '15位号码', fullwidth: '全角数字' } as Record<string, string>)[f]).join('、');
    kit.negative('MISSED', head(h).id, `已纳入监测的低保户，低保名单中成员身份证号为${label}，规范化后应能匹配`);
  }
}

/** Look-alikes below the thresholds: level-3 disability, self-pay 9999.5. */
function plantBelowThresholdLookalikes(kit: Kit): void {
  const { w } = kit;
  for (let i = 0; i < 2 * w.k; i++) {
    const h = kit.pick(kit.ordinaryHHs, (x) => !x.members.some((p) => p.disability) && kit.ageIn(head(x), 18, 80));
    if (!h) continue;
    head(h).disability = { cat: 2, level: 3 };
    kit.negative('MISSED', head(h).id, '三级残疾，不属于漏评条件');
  }
  for (let i = 0; i < w.k; i++) {
    const h = kit.pick(kit.ordinaryHHs, (x) => x.members[0].illnessPay === null);
    if (!h) continue;
    head(h).seriousIll = true;
    head(h).illnessPay = 9999.5;
    kit.negative('MISSED', head(h).id, '个人自付9999.5元，低于10000元门槛');
  }
}

/** Look-alikes already in the monitor roster: high self-pay, level-1 disability, 特困. */
function plantListedLookalikes(kit: Kit): void {
  for (let i = 0; i < kit.w.k; i++) {
    const p = kit.pickMember(kit.monitorHHs, (x) => kit.living(x) && x.illnessPay === null && kit.ageIn(x, 20, 80));
    if (!p) continue;
    p.seriousIll = true;
    p.illnessPay = 35000;
    kit.negative('MISSED', p.id, '大病高额自付，但已在监测名单中');
    const q = kit.pickMember(kit.monitorHHs, (x) => x.disability?.level === 1);
    if (q) kit.negative('MISSED', q.id, '一级残疾人，已在监测名单中');
    const t = kit.pick(kit.monitorHHs, (x) => x.members[0].tekun === ALL);
    if (t) kit.negative('MISSED', head(t).id, '特困供养人员，已在监测名单中');
  }
}
