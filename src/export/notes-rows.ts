// The 说明 sheet: what was compared, with which data and parameters, and what the list is for. Pure.
import type { IncomeLine, RuleParams } from '../model/types.js';
import { describeIncomeLine } from '../rules/income-line.js';
import type { ColumnSpec, OutCell } from './types.js';
import type { RunReport } from '../model/report.js';
import { timestampLabel } from './report-format.js';
import { RulesSchema } from '../config/schema.js';

export const PURPOSE_TEXT = '本清单为比对疑点，供乡镇入户核实，不是结论；每条疑点均需核实后据实整改或说明。';

export const PRIVACY_TEXT =
  '本清单含个人信息（部分属敏感个人信息），仅限防返贫动态监测核实整改工作使用，不得公开、张贴、转发或用于其他用途；工作完成后请按规定删除或归档。';

export type NoteStyle = 'plain' | 'title' | 'section' | 'header';
export interface NoteRow {
  cells: OutCell[];
  style: NoteStyle;
}

export const NOTES_COLUMNS: readonly ColumnSpec[] = [
  { header: '', width: 22, wrap: true },
  { header: '', width: 40, wrap: true },
  { header: '', width: 36, wrap: true },
  { header: '', width: 12 },
  { header: '', width: 12 },
  { header: '', width: 12 },
  { header: '', width: 14 },
];

const PARAM_LABELS: Record<string, string> = {
  referenceDate: '基准日期（年龄按此日计算）',
  incomeThreshold: '收入监测线（元/人·年）',
  compulsoryEducationAge: '义务教育年龄（周岁）',
  laborAge: '劳动年龄（周岁）',
  illnessSelfPayThreshold: '大病自付费用阈值（元）',
  vehicleTypes: '计入的车辆类型',
  disabled: '停用的规则',
  minMonitorMonths: '最短监测月数（快进快出）',
  assistanceGraceMonths: '落实帮扶的宽限月数',
  rowCountChangeWarning: '名册行数变化提醒比例',
  tekunAbleAge: '健康人员享受特困供养的核查年龄（周岁）',
  workMonthlyIncome: '务工月收入合理范围（元）',
  workMinAge: '登记务工的最低年龄（周岁）',
  lowEducationAge: '文化程度小学及以下的核查年龄（周岁）',
  landAreaMax: '土地面积上限（亩）',
  roadDistanceMaxKm: '与村主干路距离上限（公里）',
};

const STATUS_NOTES: [string, string][] = [
  ['新增', '本期首次出现的疑点'],
  ['持续', '上期已列出、本期仍存在的疑点'],
  ['已销号', '上期列出、本期比对不再出现的疑点'],
  ['未评估', '相关部门本期未提供数据，该规则未运行；沿用上期疑点，不视为已整改'],
  ['核实不属实', '乡镇已核实为不属实且依据数据未变化的疑点，本期不再列入清单'],
];

export interface NotesContext {
  /** A single township's list, or the whole county. */
  township?: string;
  maskIdNumbers: boolean;
  /** Overrides the first line (e.g. for the data-quality workbook). */
  title?: string;
}

export function buildNotes(report: RunReport, ctx: NotesContext): NoteRow[] {
  const rows: NoteRow[] = [];
  const plain = (...cells: OutCell[]) => rows.push({ cells, style: 'plain' });
  const section = (title: string) => {
    if (rows.length) plain();
    rows.push({ cells: [title], style: 'section' });
  };
  const header = (...cells: string[]) => rows.push({ cells, style: 'header' });

  rows.push({ cells: [ctx.title ?? `${report.county} ${ctx.township ?? '全县'} 防返贫动态监测疑点整改清单（${report.period}）— 说明`], style: 'title' });
  plain('用途', PURPOSE_TEXT);
  plain('个人信息保护', PRIVACY_TEXT);
  plain('县', report.county);
  plain('比对期间', report.period);
  plain('基准日期', report.referenceDate);
  plain('范围', ctx.township ?? '全县');
  plain('身份证号显示', ctx.maskIdNumbers ? '已脱敏（保留前6位和后4位）' : '完整号码（仅限内部使用，不得外发）');
  plain('工具版本', `fupin ${report.toolVersion}`);
  plain('生成时间', timestampLabel(report.generatedAt)); // local time, as in the report (not the stored UTC form)

  section('数据来源');
  header('来源', '提供部门', '文件', '读取行数', '可用行数', '不可用行数', '数据日期');
  for (const s of report.sources) {
    if (s.files.length === 0) {
      plain(s.title, s.department, '（本期未提供）', 0, 0, 0, '');
      continue;
    }
    for (const f of s.files) plain(s.title, s.department, f.file, f.rowsRead, f.rowsUsed, f.rowsRejected, f.dataDate ?? '');
  }
  if (report.sources.length === 0) plain('（无）');

  // Which column each field was read from: a wrong copy of a repeated header shows here before it misleads a rule.
  const sheets = report.sources.flatMap((s) => s.files.flatMap((f) => (f.columns ?? []).map((c) => ({ source: s.title, ...c }))));
  if (sheets.length > 0) {
    section('字段来源（每个字段读自哪一列）');
    // One heading row per file and sheet, then its fields: the columns keep the widths of this sheet's other tables.
    for (const sc of sheets) {
      header(sc.source, `${sc.file} / 工作表「${sc.sheet}」`, `表头在第 ${sc.headerRow} 行`);
      header('字段', '表头', '分组（表头上一行）', '列');
      for (const [field, c] of Object.entries(sc.columns)) plain(`${c.title ?? field}（${field}）`, c.header, c.group ?? '', c.letter);
    }
  }

  section('比对参数');
  header('参数', '取值', '使用该参数的规则');
  for (const [key, value] of paramEntries(report.params)) {
    const users = report.rules.filter((r) => r.params.includes(key)).map((r) => r.code);
    // A key without a label here (a newer setting) still reads in Chinese: the schema's own description.
    plain(PARAM_LABELS[key] ?? RulesSchema.shape[key as keyof typeof RulesSchema.shape]?.description ?? key, formatParam(key, value, report.period), users.join('、'));
  }

  section('比对规则');
  header('规则代码', '规则名称', '类别', '牵头单位', '本期情况', '未运行原因');
  const run = new Set(report.rulesRun);
  const skipped = new Map(report.rulesSkipped.map((s) => [s.rule, s.reason]));
  const codes = [...report.rules.map((r) => r.code), ...report.rulesRun, ...skipped.keys()];
  for (const code of [...new Set(codes)]) {
    const r = report.rules.find((x) => x.code === code);
    const state = run.has(code) ? '已运行' : '未运行';
    plain(code, r?.title ?? '', r?.category ?? '', r?.leadDept ?? '', state, run.has(code) ? '' : skipped.get(code) ?? '');
  }

  section('提示');
  if (report.warnings.length === 0) plain('无');
  for (const w of report.warnings) plain(w);

  section('状态说明');
  for (const [k, v] of STATUS_NOTES) plain(k, v);

  section('填报说明');
  plain('核实结果', '请填写"属实"或"不属实"，并在核实说明中写明核实情况');
  plain('编号(请勿修改)', '用于回收后自动匹配疑点，请勿修改或删除该列；可以排序、筛选');
  return rows;
}

function paramEntries(params: RuleParams): [string, unknown][] {
  const order = Object.keys(PARAM_LABELS);
  const entries = Object.entries(params) as [string, unknown][];
  return entries.sort((a, b) => rank(order, a[0]) - rank(order, b[0]));
}

function rank(order: string[], k: string): number {
  const i = order.indexOf(k);
  return i < 0 ? order.length : i;
}

function formatParam(key: string, value: unknown, period: string): string {
  if (key === 'incomeThreshold' && (typeof value === 'number' || (typeof value === 'object' && value !== null))) {
    return describeIncomeLine(value as IncomeLine, period);
  }
  if ((key === 'compulsoryEducationAge' || key === 'laborAge' || key === 'tekunAbleAge' || key === 'workMonthlyIncome' || key === 'lowEducationAge') && Array.isArray(value)) return `${value[0]}–${value[1]}`;
  if (Array.isArray(value)) return value.length ? value.join('、') : '无';
  if (key === 'landAreaMax' && typeof value === 'object' && value !== null) {
    const names: Record<string, string> = { farmland: '耕地', forestLand: '林地', grainToGreen: '退耕还林', orchard: '林果', pasture: '牧草地', waterSurface: '水面' };
    return Object.entries(value).map(([k, v]) => `${names[k] ?? k} ${String(v)}`).join('；');
  }
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
