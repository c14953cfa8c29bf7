// Planted problems of the export's dates and household fields (issue 7): QUICK_EXIT (by 识别监测时间 / 风险消除时间),
// NO_ASSISTANCE, WATER_UNSAFE (and WRONG_EXIT for an exited household), INCOME_BELOW_LINE; with boundary look-alikes.
import { addMonths, ALL, FROM1, M0, type Household, type Mask, type Person } from './model.js';
import type { Kit } from './plant-kit.js';

const LABOR = new Set(['普通劳动力', '技能劳动力', '弱劳动力或半劳动力']);
const NO_LABOR = new Set(['无劳动力', '丧失劳动力']);

/** YYYYMM shifted by k months. */
function shift(ym: string, k: number): string {
  return addMonths(`${ym.slice(0, 4)}-${ym.slice(4, 6)}`, k).replace('-', '');
}

const exitedOnly = (h: Household) => h.type === '脱贫户' && h.monitorType === '';
const openMon = (h: Household) => h.monitorType !== '' && h.risk === '否';
/** An 一般户 candidate: exited only, no 低保, no 特困 member. */
const ordinary = (x: Household) => exitedOnly(x) && x.dibao === 0 && x.members.every((p) => p.tekun === 0);
const noAid = (): [string, string, string, string] => ['', '', '', ''];

/**
 * What the recipes of one round share: the monitored households, the labour predicates, and the running case number
 * `next()` that spreads the cases over the townships (kit.pickAt) — one counter over all rules and rounds, so the
 * order of the calls below is part of the generated county.
 */
interface Scope {
  kit: Kit;
  L: Household[];
  next: () => number;
  withLabor: (h: Household) => boolean;
  eliminated: (h: Household) => boolean;
}

function scopeOf(kit: Kit): Scope {
  const { st } = kit;
  const laborNow = (p: Person) => st.every((s) => !s.dead(p) && LABOR.has(s.laborSkill(p)));
  const withLabor = (h: Household) => h.members.some(laborNow);
  let c = 0;
  return {
    kit, L: kit.monitorHHs, next: () => c++, withLabor,
    eliminated: (h) => h.risk === '是' && h.identifiedAt !== '' && withLabor(h),
  };
}

export function plantStatus(kit: Kit): void {
  const s = scopeOf(kit);
  for (let i = 0; i < kit.w.k; i++) {
    plantQuickExit(s);
    plantNoAssistance(s);
    plantNoAssistanceLookalikes(s);
    plantWaterUnsafe(s);
    plantIncomeBelowLine(s);
    plantLowIncomeNotOrdinary(s);
  }
}

/** QUICK_EXIT: risk eliminated k months after identification (whole calendar months); exactly 6 months does not fire. */
function plantQuickExit({ kit, L, next, eliminated }: Scope): void {
  const quick: [number, Mask, string][] = [
    [5, ALL, '识别后5个月即消除风险（不足6个月）'], [2, ALL, '识别后2个月即消除风险'], [0, ALL, '识别当月即消除风险'],
    [-3, M0, '风险消除时间早于识别监测时间（次月已更正为识别后8个月）'],
  ];
  for (const [k, mask, why] of quick) {
    const h = kit.pickAt(next(), L, eliminated);
    if (!h) continue;
    if (mask === ALL) h.eliminatedAt = shift(h.identifiedAt, k);
    else {
      h.eliminatedAt = shift(h.identifiedAt, 8);
      kit.hcells(h, mask, { eliminatedAt: shift(h.identifiedAt, k) });
      kit.negative('QUICK_EXIT', h.hid, '风险消除时间已更正，监测满8个月', ALL & ~mask);
    }
    kit.expect('QUICK_EXIT', h.hid, mask, why);
  }
  const h = kit.pick(L, eliminated);
  if (h) { h.eliminatedAt = shift(h.identifiedAt, 6); kit.negative('QUICK_EXIT', h.hid, '识别后恰满6个月消除风险'); }
}

/** NO_ASSISTANCE: monitored, risk not eliminated, with labour, identified ≥ 1 month ago, no development measure. */
function plantNoAssistance({ kit, L, next, withLabor }: Scope): void {
  const period0 = kit.w.periods[0];
  const target = (x: Household) => openMon(x) && withLabor(x);
  let h = kit.pickAt(next(), L, target);
  if (h) {
    h.identifiedAt = addMonths(period0, -1).replace('-', '');
    kit.hcells(h, ALL, { assist: '尚未实施' });
    kit.expect('NO_ASSISTANCE', h.hid, ALL, '上月识别的监测户，实施开发式帮扶措施情况为尚未实施（恰满1个月）');
  }
  h = kit.pickAt(next(), L, target);
  if (h) {
    h.identifiedAt = period0.replace('-', '');
    kit.hcells(h, M0, { assist: '尚未实施' });
    kit.negative('NO_ASSISTANCE', h.hid, '本月刚识别，尚未实施帮扶但未满1个月（次月已实施）');
  }
  h = kit.pickAt(next(), L, target);
  if (h) {
    kit.hcells(h, ALL, { assist: '', aid: noAid() });
    kit.expect('NO_ASSISTANCE', h.hid, ALL, '有劳动力的监测户，产业、就业、公益岗位、金融帮扶均为空');
  }
  h = kit.pickAt(next(), L, target);
  if (h) {
    kit.hcells(h, M0, { assist: '尚未实施' });
    kit.expect('NO_ASSISTANCE', h.hid, M0, '实施开发式帮扶措施情况为尚未实施（次月已实施）');
    kit.negative('NO_ASSISTANCE', h.hid, '次月已实施帮扶', FROM1);
  }
  h = kit.pickAt(next(), L, target);
  if (h) {
    kit.hcells(h, FROM1, { assist: '已实施', aid: ['无', '无', '否', '无'] });
    kit.expect('NO_ASSISTANCE', h.hid, FROM1, '次月起帮扶措施各栏均为无/否');
    kit.negative('NO_ASSISTANCE', h.hid, '本月有帮扶措施', M0);
  }
}

/** NO_ASSISTANCE look-alikes: no labour, risk eliminated, a single measure. */
function plantNoAssistanceLookalikes({ kit, L, withLabor, eliminated }: Scope): void {
  const { st } = kit;
  let h = kit.pick(L, (x) => openMon(x) && x.members.every((p) => st.every((s) => s.dead(p) || NO_LABOR.has(s.laborSkill(p)))));
  if (h) { kit.hcells(h, ALL, { assist: '尚未实施', aid: noAid() }); kit.negative('NO_ASSISTANCE', h.hid, '全户无劳动力，不属于开发式帮扶对象'); }
  h = kit.pick(L, eliminated);
  if (h) { kit.hcells(h, ALL, { assist: '尚未实施', aid: noAid() }); kit.negative('NO_ASSISTANCE', h.hid, '风险已消除，不再核查帮扶措施'); }
  h = kit.pick(L, (x) => openMon(x) && withLabor(x));
  if (h) { kit.hcells(h, ALL, { assist: '', aid: ['', '', '', '小额信贷'] }); kit.negative('NO_ASSISTANCE', h.hid, '只有金融帮扶（小额信贷）一项，已有帮扶措施'); }
}

/** WATER_UNSAFE: monitored, exited (also WRONG_EXIT), risk eliminated (also WRONG_EXIT); 已解决 does not fire. */
function plantWaterUnsafe({ kit, L, next, eliminated }: Scope): void {
  let h = kit.pickAt(next(), L, openMon);
  if (h) { kit.hcells(h, ALL, { water: '否' }); kit.householdGap('WATER_UNSAFE', h, ALL, '监测户未解决安全饮用水'); }
  h = kit.pickAt(next(), L, exitedOnly);
  if (h) { kit.hcells(h, ALL, { water: '否' }); kit.householdGap('WATER_UNSAFE', h, ALL, '脱贫户未解决安全饮用水'); }
  h = kit.pickAt(next(), L, eliminated);
  if (h) {
    kit.hcells(h, FROM1, { water: '未解决' });
    kit.householdGap('WATER_UNSAFE', h, FROM1, '次月起风险已消除户的饮水写作“未解决”');
    kit.negative('WATER_UNSAFE', h.hid, '本月饮水安全已解决', M0);
    kit.negative('WRONG_EXIT', h.hid, '本月饮水安全已解决', M0);
  }
  h = kit.pickAt(next(), L, openMon);
  if (h) {
    kit.hcells(h, M0, { water: '否' });
    kit.householdGap('WATER_UNSAFE', h, M0, '监测户未解决安全饮用水（次月已解决）');
    kit.negative('WATER_UNSAFE', h.hid, '次月已解决安全饮用水', FROM1);
  }
  h = kit.pick(L, exitedOnly);
  if (h) {
    kit.hcells(h, ALL, { water: '已解决' });
    kit.negative('WATER_UNSAFE', h.hid, '是否解决安全饮用水写作“已解决”');
    kit.negative('WRONG_EXIT', h.hid, '脱贫户饮水已解决，收入达标');
  }
}

/** Turns an exited household into an 一般户 listed in the export without monitoring. */
function toOrdinary(x: Household, income: number[]): void {
  x.type = '一般户'; x.exitYear = ''; x.identifiedAt = ''; x.eliminatedAt = '';
  x.income = income;
}

/** INCOME_BELOW_LINE: 一般户 listed in the export without monitoring; 6700 and 9000 do not fire. */
function plantIncomeBelowLine({ kit, L, next }: Scope): void {
  const low: [number[], Mask, string][] = [
    [[6699, 6699, 6699], ALL, '一般户人均纯收入6699元，低于6700元'], [[5000, 5000, 5000], ALL, '一般户人均纯收入5000元'],
    [[4500, 8000, 8000], M0, '一般户人均纯收入4500元（次月核实为8000元）'], [[7000, 6000, 6000], FROM1, '次月一般户人均纯收入降至6000元'],
  ];
  for (const [income, mask, why] of low) {
    const h = kit.pickAt(next(), L, ordinary);
    if (!h) continue;
    toOrdinary(h, income);
    kit.expect('INCOME_BELOW_LINE', h.hid, mask, why);
    if (mask !== ALL) kit.negative('INCOME_BELOW_LINE', h.hid, '收入不低于6700元', ALL & ~mask);
  }
  let h = kit.pick(L, ordinary);
  if (h) { toOrdinary(h, [6700, 6700, 6700]); kit.negative('INCOME_BELOW_LINE', h.hid, '一般户人均纯收入恰为6700元'); }
  h = kit.pick(L, ordinary);
  if (h) {
    toOrdinary(h, [9000, 9000, 9000]);
    kit.hcells(h, ALL, { water: '否' });
    kit.negative('WATER_UNSAFE', h.hid, '从未纳入监测的一般户，不核查饮水');
    kit.negative('INCOME_BELOW_LINE', h.hid, '一般户收入9000元');
  }
}

/** Low income outside INCOME_BELOW_LINE: exited or risk-eliminated (WRONG_EXIT), or still monitored (nothing fires). */
function plantLowIncomeNotOrdinary({ kit, L, eliminated }: Scope): void {
  let h = kit.pick(L, exitedOnly);
  if (h) {
    h.income = [6699, 6699, 6699];
    kit.expect('WRONG_EXIT', h.hid, ALL, '脱贫户人均纯收入6699元，低于6700元');
    kit.negative('INCOME_BELOW_LINE', h.hid, '脱贫户收入低由WRONG_EXIT提示，不是一般户');
  }
  h = kit.pick(L, (x) => eliminated(x) && x.type === '一般户') ?? kit.pick(L, eliminated);
  if (h) {
    h.type = '一般户';
    h.income = [6000, 6000, 6000];
    kit.expect('WRONG_EXIT', h.hid, ALL, '风险已消除的一般户人均纯收入6000元');
    kit.negative('INCOME_BELOW_LINE', h.hid, '风险已消除户收入低由WRONG_EXIT提示');
  }
  h = kit.pick(L, (x) => openMon(x) && x.type === '一般户') ?? kit.pick(L, openMon);
  if (h) {
    h.type = '一般户';
    h.income = [4000, 4000, 4000];
    kit.negative('INCOME_BELOW_LINE', h.hid, '已纳入监测（风险未消除）的一般户');
    kit.negative('WRONG_EXIT', h.hid, '风险未消除的监测户，收入低不属于错退');
  }
}
