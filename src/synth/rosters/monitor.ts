// 防返贫监测对象.xlsx: the national monitoring system export (one row per member).
// Every flag and field is written consistently with the department rosters of the same month (是否参加医保 from the
// medical roster, 是否享受低保 / 是否特困供养人员 from 民政, 是否危房户 from 住建, 劳动技能 / 在校生状况 from age and
// 学籍, 开发式帮扶 filled for every monitored household), except the cells planted through Person.mon / Household.cells.
import { cellsOf, monOf, on, type CellValue, type Household, type HouseholdCells, type Person } from '../model.js';
import { stableUnit } from '../rng.js';
import { countyShort, periodText, sexText, townOf, villageOf, who, type Col, type Ctx, type Emit, type FileOut } from './common.js';

export const MONITOR_COLS: Col[] = [
  { h: '序号', width: 7 }, { h: '省' }, { h: '市' }, { h: '县' }, { h: '乡', f: 'township' }, { h: '村', f: 'village' },
  { h: '户编号', f: 'householdId', width: 19 }, { h: '人口编号', f: 'personId', width: 21 }, { h: '姓名', f: 'name' },
  { h: '性别', f: 'sex', width: 6 }, { h: '出生日期', f: 'birthDate', width: 11 }, { h: '证件号码', f: 'idNumber', width: 21 },
  { h: '民族', width: 8 }, { h: '与户主关系', f: 'relation' }, { h: '文化程度', f: 'educationLevel' },
  { h: '在校生状况', f: 'studentStatus' }, { h: '健康状况', f: 'health', width: 16 }, { h: '残疾类别', f: 'disabilityType' },
  { h: '劳动技能', f: 'laborSkill', width: 16 }, { h: '务工时间\n（月）', f: 'workMonths' }, { h: '务工所在地', f: 'workPlace', width: 14 },
  { h: '务工月收入', f: 'workMonthlyIncome' },
  { h: '是否参加城乡居民基本医疗保险', f: 'medicalInsured', width: 14 }, { h: '是否享受低保', f: 'enjoysDibao' },
  { h: '是否特困供养人员', f: 'enjoysTekun' },
  { h: '户类型', f: 'householdType' }, { h: '监测对象类别', f: 'monitorType', width: 14 }, { h: '风险是否消除', f: 'riskEliminated' },
  { h: '识别监测时间', f: 'identifiedAt' }, { h: '风险消除时间', f: 'eliminatedAt' }, { h: '脱贫年度', f: 'exitYear' },
  { h: '人均纯收入\n（元）', f: 'perCapitaIncome' }, { h: '是否解决安全饮用水', f: 'waterSafe' }, { h: '是否危房户', f: 'unsafeHouse' },
  { h: '实施开发式帮扶措施情况', f: 'assistanceStatus', width: 14 }, { h: '产业帮扶', f: 'industryAid' }, { h: '就业帮扶', f: 'employmentAid' },
  { h: '公益岗位帮扶', f: 'publicJobAid' }, { h: '金融帮扶', f: 'financeAid' },
  { h: '综合保障', f: 'comprehensiveAid', width: 16 }, { h: '致贫/返贫风险1', f: 'risk1', width: 14 }, { h: '合规自付支出', f: 'compliantSelfPay' }, { h: '饮水安全保障', f: 'waterAid' },
  { h: '耕地面积（亩）', f: 'farmland' }, { h: '林地面积（亩）', f: 'forestLand' }, { h: '退耕还林面积（亩）', f: 'grainToGreen' },
  { h: '林果面积（亩）', f: 'orchard' }, { h: '牧草地面积（亩）', f: 'pasture' }, { h: '水面面积（亩）', f: 'waterSurface' },
  { h: '与村主干路距离（公里）', f: 'roadDistance' },
  { h: '监测联系人', f: 'monitorContact' }, { h: '监测联系人电话', f: 'monitorContactPhone', width: 14 },
  { h: '户联系电话', width: 13 }, { h: '户主姓名' }, { h: '户主证件号码', f: 'headIdNumber', width: 21 },
];

const DISABILITY = ['', '视力残疾', '听力残疾', '言语残疾', '肢体残疾', '智力残疾', '精神残疾', '多重残疾'];
const INDUSTRY = ['种植业', '养殖业', '产业奖补', '入股分红'];
const EMPLOY = ['务工就业', '技能培训', '就业补贴'];
const PUBLIC_JOB = ['护林员', '保洁员', '护路员'];

/** The assistance a household would carry when nothing is planted: monitored households have measures in place. */
export function defaultAid(seed: number, h: Household): { assist: string; aid: [string, string, string, string] } {
  if (h.type === '一般户' && h.monitorType === '') return { assist: '', aid: ['', '', '', ''] };
  const u = (s: string) => stableUnit(seed, `aid${s}:${h.idx}`);
  const aid: [string, string, string, string] = [
    u('i') < 0.6 ? INDUSTRY[Math.floor(u('ii') * INDUSTRY.length)] : '',
    u('e') < 0.5 ? EMPLOY[Math.floor(u('ee') * EMPLOY.length)] : '',
    u('p') < 0.15 ? PUBLIC_JOB[Math.floor(u('pp') * PUBLIC_JOB.length)] : '',
    u('f') < 0.3 ? '小额信贷' : '',
  ];
  if (aid.every((a) => a === '')) aid[0] = '产业奖补';
  return { assist: h.monitorType ? '已实施' : '', aid };
}

const LAND: [keyof NonNullable<HouseholdCells['land']>, number][] = [
  ['farmland', 8], ['forestLand', 30], ['grainToGreen', 5], ['orchard', 3], ['pasture', 2], ['waterSurface', 1], ['roadDistance', 4],
];

/** Land areas (亩) and the distance to the village road (km) of a 脱贫户 or monitored household: small and plausible. */
function landCells(seed: number, h: Household, planted: NonNullable<HouseholdCells['land']>): string[] {
  const has = h.type === '脱贫户' || h.monitorType !== '';
  return LAND.map(([k, max]) => planted[k] ?? (has ? String(Math.floor(stableUnit(seed, `land${k}:${h.idx}`) * max * 10) / 10) : ''));
}

export function monitorFiles(ctx: Ctx): FileOut[] {
  const { w, m } = ctx;
  function* rows(): Iterable<Emit> {
    const seq = { n: 0 };
    for (const h of ctx.order) {
      if (!on(h.monitor, m)) continue;
      const hhCells = householdCells(ctx, h);
      const rowsOut: Emit[] = [];
      h.members.forEach((p, i) => { if (!on(p.offMonitor, m)) rowsOut.push(memberRow(ctx, seq, h, p, i, p.rel, hhCells)); });
      (h.guests ?? []).forEach((g, k) => { if (on(g.mask, m)) rowsOut.push(memberRow(ctx, seq, h, g.p, h.members.length + k, g.rel, hhCells)); });
      yield* rowsOut;
    }
  }
  return [{
    kind: 'monitor', path: '防返贫监测对象.xlsx', format: 'xlsx', plain: true,
    sheets: [{ name: '监测对象', title: `${countyShort(w)}防返贫监测对象及家庭成员信息（${periodText(ctx.period)}）`, cols: MONITOR_COLS, rows }],
  }];
}

/** 是否享受低保 of a member's row: planted, else what 民政 says of the member's household. */
function dibaoFlag(p: Person, m: number): string {
  return monOf(p, m).dibaoFlag ?? (on(p.hh.dibao, m) ? '是' : '否');
}

/** 是否特困供养人员 of a member's row: planted, else what 民政 says. */
function tekunFlag(p: Person, m: number): string {
  return monOf(p, m).tekunFlag ?? (on(p.tekun, m) ? '是' : '否');
}

/** The household's cells, repeated on every member's row (户类型 … 户主证件号码). */
function householdCells(ctx: Ctx, h: Household): CellValue[] {
  const { w, m, st } = ctx;
  const head = h.members[0];
  const planted = cellsOf(h, m);
  const base = defaultAid(w.seed, h);
  const aid = planted.aid ?? base.aid;
  // 致贫/返贫风险1 of a monitored household: 因病 when a listed member is seriously or chronically ill (with a
  // 合规自付支出), else 因意外事故 — consistent with the record unless planted (RISK_MISMATCH).
  const listed = h.members.filter((p) => !on(p.offMonitor, m));
  const ill = listed.some((p) => /大病|慢性病/.test(st.health(p)));
  const risk = planted.risk1 ?? (h.monitorType !== '' ? (ill ? '因病' : '因意外事故') : '');
  const selfPay = planted.selfPay ?? (risk === '因病' ? String(2000 + Math.floor(stableUnit(w.seed, `pay:${h.idx}`) * 8000)) : '');
  // 综合保障 from what the members' rows say (低保 / 特困 flags) and level 1–2 disability, unless planted (MEASURE_MISMATCH).
  const comprehensive = planted.comprehensiveAid ?? [
    listed.some((p) => dibaoFlag(p, m) === '是') ? '低保' : '', listed.some((p) => tekunFlag(p, m) === '是') ? '特困供养' : '',
    listed.some((p) => p.disability !== null && p.disability.level <= 2) ? '残疾人两项补贴' : '',
  ].filter(Boolean).join('、');
  const monitoredOnce = h.monitorType !== '' || h.risk !== '';
  return [
    h.type, h.monitorType, h.risk, h.identifiedAt, planted.eliminatedAt ?? h.eliminatedAt, h.exitYear, h.income[m], planted.water ?? '是',
    planted.unsafeFlag ?? (st.houseUnsafe(h) ? '是' : '否'), planted.assist ?? base.assist, ...aid,
    comprehensive, risk, selfPay, planted.waterAid ?? '',
    ...landCells(w.seed, h, planted.land ?? {}),
    // A monitored (or once monitored) household has a 监测联系人 (a village cadre) unless planted (MONITOR_FIELD_MISSING).
    planted.contact ?? (monitoredOnce ? `${townOf(w, h).slice(0, 1)}干部` : ''),
    planted.contactPhone ?? (monitoredOnce ? `0857-52${String(h.town).padStart(2, '0')}${String(h.village % 100).padStart(2, '0')}1` : ''),
    h.phone, head.name, head.id,
  ];
}

/** The row of member (or guest) `p` of `h`, numbered by `seq` over the whole roster; `i` gives its 人口编号. */
function memberRow(ctx: Ctx, seq: { n: number }, h: Household, p: Person, i: number, rel: string, hhCells: CellValue[]): Emit {
  const { w, m, st } = ctx;
  const x = who(ctx, p, 'monitor');
  const c = monOf(p, m);
  const jobs = st.employed(p.hh);
  const job = jobs.has(p) ? st.genericJobs(p.hh).get(p) ?? st.jobFor(p) : null;
  const student = st.studentStatus(p);
  seq.n++;
  return {
    invalid: x.invalid,
    cells: [
      seq.n, w.county.province, w.county.city, countyShort(w), townOf(w, h), villageOf(w, h), h.hid,
      `${h.hid}0${String(i + 1).padStart(2, '0')}`, x.name, c.sex ?? sexText(p), String(p.birth), x.id, p.ethnic, c.rel ?? rel,
      c.edu ?? (student && student !== '学龄前儿童' ? '' : st.age(p) >= 16 ? p.edu || '初中' : ''), c.student ?? student, st.health(p),
      p.disability ? DISABILITY[p.disability.cat] : '', c.labor ?? st.laborSkill(p), c.workMonths ?? (job ? job.months : 0), c.workPlace ?? (job ? job.place : ''),
      c.workIncome ?? (job ? String(1500 + Math.floor(stableUnit(w.seed, `wage:${p.idx}`) * 60) * 100) : ''),
      c.medFlag ?? (st.insured(p) ? '是' : '否'), dibaoFlag(p, m), tekunFlag(p, m), ...hhCells,
    ],
  };
}
