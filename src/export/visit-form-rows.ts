// 入户核查表 (product-spec §9.5): one printable block per household with findings — the household, its members,
// every finding with the rule's question for the visit, blanks for the answers, signature lines. Pure.
import type { ColumnSpec, OutCell } from './types.js';
import type { ExportFinding } from '../model/report.js';
import { maskIdsInText, maybeMaskId, neutralizeFormula } from './text-safety.js';
import { STATUS_LABELS, sortFindingsForList } from './rectification-rows.js';

export interface VisitMember {
  name: string;
  idNumber: string | null;
  relation: string | null;
}

/** Members of a finding's household (from the monitoring roster), or null when it is not known. */
export type MemberLookup = (f: ExportFinding) => VisitMember[] | null;

export type FormStyle = 'title' | 'section' | 'box' | 'boxBold' | 'signature' | 'plain';

export interface FormRow {
  cells: OutCell[];
  style: FormStyle;
  /** 1-based inclusive column ranges merged into one cell. */
  merges?: [number, number][];
  /** At least this many lines high (room to write). */
  minLines?: number;
  pageBreakAfter?: boolean;
}

/** Portrait A4: a label column and five for the text. */
export const VISIT_COLUMNS: readonly ColumnSpec[] = [
  { header: '', width: 13, wrap: true },
  { header: '', width: 18, wrap: true },
  { header: '', width: 18, wrap: true },
  { header: '', width: 18, wrap: true },
  { header: '', width: 18, wrap: true },
  { header: '', width: 18, wrap: true },
];
const W = VISIT_COLUMNS.length;

export interface VisitFormOptions {
  county: string;
  township: string;
  period: string;
  maskIdNumbers: boolean;
  ruleTitles: Readonly<Record<string, string>>;
  questions: Readonly<Record<string, string>>;
  ruleOrder?: readonly string[];
  members?: MemberLookup;
}

/** Rules about a department's own rows, not a household: they go to the department lists. */
const NOT_FOR_VISITS = new Set(['ID_INVALID', 'ID_NAME_CONFLICT']);

/** The household a finding is about: its 户编号, else its head, else the person. */
export function visitKey(f: ExportFinding): string {
  if (f.householdId) return `HH:${f.householdId}`;
  if (f.headIdNumber) return `H:${f.headIdNumber}`;
  if (f.idNumber) return `P:${f.idNumber}`;
  return `F:${f.fingerprint}`;
}

/** Findings grouped by household in list order (village, household, rule). */
export function visitHouseholds(findings: readonly ExportFinding[], ruleOrder: readonly string[] = []): ExportFinding[][] {
  const groups = new Map<string, ExportFinding[]>();
  for (const f of sortFindingsForList(findings.filter((x) => !NOT_FOR_VISITS.has(x.rule) && x.subject !== 'row'), ruleOrder)) {
    const k = visitKey(f);
    let g = groups.get(k);
    if (!g) groups.set(k, (g = []));
    g.push(f);
  }
  return [...groups.values()];
}

export function visitFormTitle(o: Pick<VisitFormOptions, 'county' | 'township' | 'period'>): string {
  return `${o.county} ${o.township} 防返贫动态监测疑点入户核查表（${o.period}）`;
}

export function visitFormRows(households: readonly ExportFinding[][], o: VisitFormOptions): FormRow[] {
  const t = (s: string | null | undefined) => neutralizeFormula(s ?? '');
  const id = (s: string | null | undefined) => maybeMaskId(s ?? null, o.maskIdNumbers);
  const text = (s: string) => t(o.maskIdNumbers ? maskIdsInText(s) : s);
  const wide = (label: string, value: string, style: FormStyle = 'box', minLines?: number): FormRow => ({
    cells: [label, value, ...new Array<OutCell>(W - 2).fill(null)], style, merges: [[2, W]], ...(minLines ? { minLines } : {}),
  });
  const rows: FormRow[] = [
    { cells: [visitFormTitle(o)], style: 'title', merges: [[1, W]] },
    {
      cells: ['每户一页：入户核实后逐项填写核实情况并勾选结果，核查人和户主签字（或按手印）。结果请同时填入整改清单的“核实结果”等列后返回县里。'],
      style: 'plain', merges: [[1, W]],
    },
  ];
  households.forEach((list, n) => {
    const f0 = list[0];
    const head = [f0.headName && `户主 ${t(f0.headName)}`, f0.headIdNumber && `（${id(f0.headIdNumber)}）`].filter(Boolean).join('');
    const where = [f0.village && `${t(f0.village)}`, f0.householdId && `户编号 ${t(f0.householdId)}`, head].filter(Boolean).join(' ｜ ');
    rows.push(wide(`第 ${n + 1} 户`, `${where || '（无户信息）'} ｜ 疑点 ${list.length} 个`, 'section'));
    rows.push(wide('家庭成员', memberText(list, o, t, id)));
    list.forEach((f, i) => {
      const status = STATUS_LABELS[f.status] ?? f.status;
      const who = f.name ? `（${t(f.name)}）` : '';
      rows.push(wide(`疑点 ${i + 1}`, `${t(o.ruleTitles[f.rule] ?? f.rule)}${who} ｜ ${status} ｜ 编号 ${t(f.fingerprint)}`, 'boxBold'));
      rows.push(wide('问题描述', text(f.description)));
      rows.push(wide('入户核实时问', t(o.questions[f.rule] ?? '')));
      rows.push(wide('核实情况', '', 'box', 3));
      rows.push(wide('核实结果', '□ 属实        □ 不属实'));
      rows.push(wide('整改措施及时限', '', 'box', 2));
    });
    rows.push({ cells: new Array<OutCell>(W).fill(null), style: 'plain' });
    rows.push({
      cells: ['核查人（签字）：', null, '户主（签字或按手印）：', null, '核查日期：      年    月    日', null],
      style: 'signature', merges: [[1, 2], [3, 4], [5, 6]], pageBreakAfter: n < households.length - 1,
    });
  });
  return rows;
}

function memberText(
  list: readonly ExportFinding[], o: VisitFormOptions, t: (s: string | null | undefined) => string, id: (s: string | null | undefined) => string,
): string {
  const known = o.members?.(list[0]) ?? null;
  if (known && known.length) {
    return known.map((m) => `${t(m.name) || '（无姓名）'}（${[m.relation && t(m.relation), m.idNumber && id(m.idNumber)].filter(Boolean).join('，')}）`).join('、');
  }
  // Not in the monitoring roster (e.g. a household that may have been missed): the people the findings name.
  const seen = new Map<string, string>();
  for (const f of list) f.members.forEach((m, i) => { if (!seen.has(m)) seen.set(m, f.memberNames[i] ?? ''); });
  if (seen.size === 0) return '（监测名单中无该户成员信息）';
  return [...seen].map(([m, name]) => `${t(name) || '（无姓名）'}（${id(m)}）`).join('、') + '（监测名单中无该户，以上为部门名册中的人员）';
}
