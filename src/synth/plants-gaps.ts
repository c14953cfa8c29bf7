// Planted 三保障 gaps, wrong exits, deaths still listed and zero-employment households (and look-alikes).
import { addFact, ALL, FROM1, FROM2, isExitSubject, M0, type Household, type Mask, type Person } from './model.js';
import { lifetimes, type Kit } from './plant-kit.js';
import { housingFact } from './facts.js';

const exitedOnly = (h: Household) => h.type === '脱贫户' && h.monitorType === '';
const eliminated = (h: Household) => h.risk === '是';
const open = (h: Household) => !isExitSubject(h);

function setHousing(p: Person, grade: string, reno: string, mask: Mask, kit: Kit): void {
  p.facts = p.facts?.filter((f) => f.kind !== 'housing') ?? null;
  addFact(p, { kind: 'housing', mask, v: housingFact(kit.rng, grade, reno) });
}

/** A living child of compulsory-school age (7–14 in every month), not disabled. */
const child = (kit: Kit) => (p: Person): boolean => kit.living(p) && kit.ageIn(p, 7, 14) && !p.disability;
/** Anyone living, 1–85 in every month. */
const anyone = (kit: Kit) => (p: Person): boolean => kit.living(p) && kit.ageIn(p, 1, 85);

// w.k rounds of each recipe, in this order: each picks from the households the earlier ones left unused.
export function plantGaps(kit: Kit): void {
  const { w } = kit;
  for (let i = 0; i < w.k; i++) plantWrongExit(kit);
  for (let i = 0; i < w.k; i++) {
    plantEduDropout(kit, i);
    plantEduLookalikes(kit);
  }
  for (let i = 0; i < w.k; i++) plantMedUninsured(kit, i);
  for (let i = 0; i < w.k; i++) plantHousingUnsafe(kit);

  plantDeaths(kit);
  plantZeroEmployment(kit);
  plantNoLabor(kit);
}

/** WRONG_EXIT by income, and through a member's gap (one round). */
function plantWrongExit(kit: Kit): void {
  let h = kit.pick(kit.monitorHHs, exitedOnly);
  if (h) { h.income = [5200, 5200, 5200]; kit.expect('WRONG_EXIT', h.hid, ALL, '已脱贫户人均纯收入5200元，低于6700元'); }
  h = kit.pick(kit.monitorHHs, exitedOnly);
  if (h) {
    h.income = [4800, 7600, 7600];
    kit.expect('WRONG_EXIT', h.hid, M0, '已脱贫户人均纯收入4800元（次月核实更正为7600元）');
  }
  h = kit.pick(kit.monitorHHs, eliminated);
  if (h) { h.income = [6100, 6100, 6100]; kit.expect('WRONG_EXIT', h.hid, ALL, '风险已消除户人均纯收入6100元'); }
  const c = kit.pickMember(kit.monitorHHs, child(kit), exitedOnly);
  if (c) { c.noStudent = ALL; kit.eduGap(c, ALL, '适龄儿童无学籍'); }
  const u = kit.pickMember(kit.monitorHHs, anyone(kit), eliminated);
  if (u) { u.noMedical = ALL; kit.personGap('MED_UNINSURED', u, ALL, '成员无医保参保记录'); }
  h = kit.pick(kit.monitorHHs, exitedOnly);
  if (h) { setHousing(h.members[0], 'D级', '未改造', ALL, kit); kit.householdGap('HOUSING_UNSAFE', h, ALL, '住D级危房未改造'); }
  h = kit.pick(kit.monitorHHs, exitedOnly);
  if (h) { h.income = [6700, 6700, 6700]; kit.negative('WRONG_EXIT', h.hid, '人均纯收入恰为6700元，不低于标准'); }
  h = kit.pick(kit.monitorHHs, (x) => open(x) && x.monitorType !== '');
  if (h) { h.income = [4200, 4200, 4200]; kit.negative('WRONG_EXIT', h.hid, '风险未消除的监测户，收入低不属于错退'); }
}

/** EDU_DROPOUT in households still under monitoring, so no WRONG_EXIT (round `i`). */
function plantEduDropout(kit: Kit, i: number): void {
  const edu: [Mask, string | null, string][] = [
    [ALL, null, '适龄儿童无学籍'], [M0, null, '适龄儿童无学籍（次月已入学）'], [ALL, '辍学', '学籍状态为辍学'],
    [FROM1, '失学', '次月学籍状态为失学'], [FROM2, '退学', '第三个月学籍状态为退学'],
  ];
  edu.forEach(([mask, status, why], j) => {
    const c = kit.pickMember(kit.monitorHHs, child(kit), open);
    if (!c) return;
    c.noStudent = mask;
    if (status) addFact(c, { kind: 'student', mask, v: { status } });
    kit.eduGap(c, mask, why);
    if (i === 0 && j === 0 && !isExitSubject(c.hh)) kit.negative('WRONG_EXIT', c.hh.hid, '风险未消除的监测户，失学不算错退');
  });
}

/** EDU_DROPOUT look-alikes: aged 5 and 16 without school record, 送教上门, 休学, a dropout record beside an active one. */
function plantEduLookalikes(kit: Kit): void {
  let h = kit.pick(kit.monitorHHs, (x) => x.members.length < 6 && kit.ageIn(x.members[0], 28, 70));
  if (h) {
    const p = kit.addMember(h, 5 * 365 + 1 + 200, 1, kit.age(h.members[0]) >= 48 ? '之孙子' : '之子');
    p.noStudent = ALL;
    kit.negative('EDU_DROPOUT', p.id, '5周岁，未到义务教育年龄，无学籍');
  }
  h = kit.pick(kit.monitorHHs, (x) => x.members.length < 6 && kit.ageIn(x.members[0], 38, 70));
  if (h) {
    const p = kit.addMember(h, 16 * 365 + 4 + 60, 2, kit.age(h.members[0]) >= 55 ? '之孙女' : '之女');
    p.noStudent = ALL;
    kit.negative('EDU_DROPOUT', p.id, '16周岁，已超出义务教育年龄，无学籍');
  }
  let c = kit.pickMember(kit.monitorHHs, child(kit));
  if (c) { c.disability = { cat: 5, level: 1 }; kit.negative('EDU_DROPOUT', c.id, '一级残疾儿童，学籍状态为送教上门'); }
  c = kit.pickMember(kit.monitorHHs, child(kit));
  if (c) { c.noStudent = ALL; addFact(c, { kind: 'student', mask: ALL, v: { status: '休学' } }); kit.negative('EDU_DROPOUT', c.id, '学籍状态为休学'); }
  c = kit.pickMember(kit.monitorHHs, child(kit));
  if (c) {
    addFact(c, { kind: 'student', mask: ALL, v: { status: '辍学', school: '外县某中心小学', grade: '三年级' } });
    kit.negative('EDU_DROPOUT', c.id, '一条学籍为辍学，另一条为在读');
  }
}

/** MED_UNINSURED, and a 停保 record next to a normal one (round `i`). */
function plantMedUninsured(kit: Kit, i: number): void {
  const med: [Mask, string | null, string][] = [
    [ALL, null, '无医保参保记录'], [M0, null, '无医保参保记录（次月已参保）'], [ALL, '停保', '参保状态为停保'],
    [FROM1, '暂停缴费', '次月参保状态为暂停缴费'],
  ];
  med.forEach(([mask, status, why], j) => {
    const p = kit.pickMember(kit.monitorHHs, anyone(kit), open);
    if (!p) return;
    p.noMedical = mask;
    if (status) addFact(p, { kind: 'medical', mask, v: { status } });
    kit.personGap('MED_UNINSURED', p, mask, why);
    if (i === 0 && j === 0 && !isExitSubject(p.hh)) kit.negative('WRONG_EXIT', p.hh.hid, '风险未消除的监测户，未参保不算错退');
  });
  const p = kit.pickMember(kit.monitorHHs, anyone(kit));
  if (p) { addFact(p, { kind: 'medical', mask: ALL, v: { status: '停保' } }); kit.negative('MED_UNINSURED', p.id, '一条停保记录，另一条正常参保'); }
}

/** HOUSING_UNSAFE (D级 not renovated, C级 under renovation, a member's D), and its look-alikes (one round). */
function plantHousingUnsafe(kit: Kit): void {
  let h = kit.pick(kit.monitorHHs, open);
  if (h) { setHousing(h.members[0], 'D级', '未改造', ALL, kit); kit.householdGap('HOUSING_UNSAFE', h, ALL, '住D级危房未改造'); }
  h = kit.pick(kit.monitorHHs, open);
  if (h) {
    setHousing(h.members[0], 'C级', '改造中', M0, kit);
    addFact(h.members[0], { kind: 'housing', mask: FROM1, v: housingFact(kit.rng, 'C级', '已竣工') });
    kit.householdGap('HOUSING_UNSAFE', h, M0, 'C级危房改造中（次月已竣工）');
    kit.negative('HOUSING_UNSAFE', h.hid, 'C级危房已竣工', FROM1);
  }
  h = kit.pick(kit.monitorHHs, (x) => open(x) && x.members.length >= 2);
  if (h) { setHousing(h.members[1], 'D', '', ALL, kit); kit.householdGap('HOUSING_UNSAFE', h, ALL, '成员名下D级危房，改造状态未填'); }
  const looks: [string, string, string][] = [['C级', '已竣工', 'C级危房已竣工'], ['D级', '已验收', 'D级危房已改造验收'], ['B级', '', 'B级不属于危房']];
  for (const [g, r, why] of looks) {
    h = kit.pick(kit.monitorHHs, () => true);
    if (h) { setHousing(h.members[0], g, r, ALL, kit); kit.negative('HOUSING_UNSAFE', h.hid, why); }
  }
}

/** Risk marked eliminated for a household with no labour at all (an engine rule beyond §5: NO_LABOR_ELIMINATED). */
function plantNoLabor(kit: Kit): void {
  const elderly = (welfare: boolean) => (x: Household) => x.monitorType !== '' && x.risk === '否' && !x.members[0].tekun
    && (x.dibao === ALL) === welfare && x.members.every((p) => kit.ageIn(p, 62, 120) && kit.st.every((s) => s.laborSkill(p) === '无劳动力'));
  const eliminate = (h: Household) => {
    const y = Number(h.identifiedAt.slice(0, 4)), m = Number(h.identifiedAt.slice(4, 6)) + 6;
    h.risk = '是';
    h.eliminatedAt = `${y + Math.floor((m - 1) / 12)}${String(((m - 1) % 12) + 1).padStart(2, '0')}`;
    h.income = [8200, 8200, 8200];
  };
  // Several townships; the third is taken into 低保 in month 1 (fixed).
  lifetimes(kit.w.k, [ALL, ALL, M0]).forEach((mask, i) => {
    const h = kit.pickAt(i, kit.monitorHHs, elderly(false));
    if (!h) return;
    eliminate(h);
    kit.negative('QUICK_EXIT', h.hid, '识别后恰满6个月消除风险');
    if (mask === ALL) { kit.expect('NO_LABOR_ELIMINATED', h.hid, ALL, '风险已消除，但全户无劳动力且未纳入低保、特困'); return; }
    h.dibao = ALL & ~mask;
    kit.expect('NO_LABOR_ELIMINATED', h.hid, mask, '风险已消除，但全户无劳动力且未纳入低保、特困（次月已纳入低保）');
    kit.negative('NO_LABOR_ELIMINATED', h.hid, '次月已纳入低保兜底', ALL & ~mask);
  });
  for (let i = 0; i < kit.w.k; i++) {
    const h = kit.pick(kit.monitorHHs, elderly(true));
    if (h) { eliminate(h); kit.negative('NO_LABOR_ELIMINATED', h.hid, '全户无劳动力，但已纳入低保兜底'); }
  }
}

function plantDeaths(kit: Kit): void {
  const { w } = kit;
  const die = (p: Person, mask: Mask, from: number) => {
    p.deceased = mask;
    p.deathDate = from === 0 ? kit.dateBefore(kit.rng.int(5, 200)) : kit.dateBefore(-kit.rng.int(1, 28) - 31 * (from - 1));
  };
  // Not in risk-eliminated households: a death there could leave them without labour (NO_LABOR_ELIMINATED).
  const adultMember = (p: Person) => p.rel !== '户主' && kit.ageIn(p, 25, 95) && p.hh.risk !== '是';
  for (let i = 0; i < w.k; i++) {
    let p = kit.pickMember(kit.monitorHHs, adultMember, (h) => h.members.length >= 3 && h.dibao === 0);
    if (p && p.hh.dibao === 0) { die(p, ALL, 0); kit.expect('DECEASED_LISTED', p.id, ALL, '已死亡仍在监测名单'); kit.negative('MED_UNINSURED', p.id, '已死亡，不计未参保'); }
    p = kit.pickMember(kit.monitorHHs, (x) => adultMember(x) && x.hh.dibao === 0, (h) => h.members.length >= 3);
    if (p) { die(p, ALL, 0); p.offMonitor = FROM1; kit.expect('DECEASED_LISTED', p.id, M0, '已死亡仍在监测名单（次月已标注自然减少）'); }
    p = kit.pickMember(kit.monitorHHs, (x) => x.rel !== '户主' && kit.ageIn(x, 7, 14) && !x.disability && x.hh.dibao === 0);
    if (p) {
      die(p, ALL, 0);
      kit.expect('DECEASED_LISTED', p.id, ALL, '已死亡儿童仍在监测名单');
      kit.negative('EDU_DROPOUT', p.id, '已死亡的适龄儿童，不计失学');
    }
    let h = kit.pick(kit.monitorHHs, (x) => x.members[0].tekun === ALL);
    if (h) { die(h.members[0], ALL, 0); kit.expect('DECEASED_LISTED', h.members[0].id, ALL, '特困供养人员已死亡仍在名单'); }
    p = kit.pickMember(kit.monitorHHs, adultMember, (x) => x.dibao === ALL && x.members.length >= 2);
    if (p && p.hh.dibao === ALL) { die(p, ALL, 0); kit.expect('DECEASED_LISTED', p.id, ALL, '已死亡仍在监测和低保名单'); }
    else if (p) { die(p, ALL, 0); kit.expect('DECEASED_LISTED', p.id, ALL, '已死亡仍在监测名单'); }
    p = kit.pickMember(kit.monitorHHs, (x) => adultMember(x) && x.hh.dibao === 0, (x) => x.members.length >= 3);
    if (p) { die(p, FROM1, 1); kit.expect('DECEASED_LISTED', p.id, FROM1, '次月新增死亡人员仍在监测名单'); }
    // The only working-age member died: the household is not a zero-employment household.
    h = kit.pick(kit.monitorHHs, (x) => {
      const lab = x.members.filter((m) => kit.laborAll(m));
      const others = x.members.filter((m) => !lab.includes(m));
      return x.dibao === 0 && x.risk !== '是' && lab.length === 1 && lab[0].rel !== '户主' && others.every((m) => kit.st.every((s) => !s.laborCandidate(m)));
    });
    if (h) {
      const q = h.members.find((m) => kit.laborAll(m))!;
      die(q, ALL, 0);
      kit.expect('DECEASED_LISTED', q.id, ALL, '唯一劳动力已死亡仍在监测名单');
      kit.negative('ZERO_EMPLOYMENT', h.hid, '唯一劳动年龄成员已死亡');
    }
  }
}

function plantZeroEmployment(kit: Kit): void {
  const { w } = kit;
  const hasLabor = (h: Household) => h.members.some((p) => kit.laborAll(p)) && !h.members.some((p) => p.facts?.some((f) => f.kind === 'employment'));
  lifetimes(w.k, [ALL, ALL, M0, FROM2]).forEach((mask) => {
    const h = kit.pick(kit.monitorHHs, hasLabor);
    if (!h) return;
    h.noEmployment = mask;
    kit.expect('ZERO_EMPLOYMENT', h.hid, mask, mask === M0 ? '有劳动力无人务工（次月已就业）' : '有劳动力无人务工就业');
  });
  for (let i = 0; i < w.k; i++) {
    // Only working-age members are students.
    let h = kit.pick(kit.monitorHHs, (x) => x.members.some((p) => kit.ageIn(p, 16, 60) && kit.st.every((s) => s.isStudent(p)))
      && x.members.every((p) => kit.st.every((s) => !s.laborCandidate(p))));
    if (h) { h.noEmployment = ALL; kit.negative('ZERO_EMPLOYMENT', h.hid, '劳动年龄成员均为在校生'); }
    // The only able member is severely disabled.
    h = kit.pick(kit.monitorHHs, (x) => {
      const lab = x.members.filter((p) => kit.laborAll(p));
      return x.risk !== '是' && lab.length === 1 && x.members.every((p) => lab.includes(p) || kit.st.every((s) => !s.laborCandidate(p)));
    });
    if (h) {
      const p = h.members.find((m) => kit.laborAll(m))!;
      p.disability = { cat: 4, level: 1 };
      h.noEmployment = ALL;
      kit.negative('ZERO_EMPLOYMENT', h.hid, '唯一劳动年龄成员为一级残疾');
    }
    h = kit.pick(kit.monitorHHs, (x) => x.members.every((p) => kit.ageIn(p, 61, 120)));
    if (h) kit.negative('ZERO_EMPLOYMENT', h.hid, '全户均超过劳动年龄');
  }
}
