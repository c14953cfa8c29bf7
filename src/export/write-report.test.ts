// The HTML meeting report: built from in-memory inputs, written to a tmp dir, read back as text.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_RULE_PARAMS } from '../model/types.js';
import { niceScale } from './report-charts.js';
import { categoryColor } from './report-colors.js';
import { redact, textWidthEm, timestampLabel, truncateEm } from './report-format.js';
import type { ExportFinding, FindingStatus, RunReport } from '../model/report.js';
import {
  buildReportModel, renderHtmlReport, reportFileName, trendFromHistory, writeHtmlReport, type ReportInput,
} from './write-report.js';

const ID_A = '11010519491231002X'; // GB 11643 sample
const ID_B = '440524188001010014';
const ID_C = '340524198001010013';
const ID_D = '370101190102039973';
const ID_15 = '110105491231002';
const NAMES = ['张三丰', '李四光', '王五妹', '赵六娃', '钱七姑'];
const HOSTILE = '<script>alert("x")</script>镇';

const RULES: RunReport['rules'] = [
  { code: 'MISSED', title: '疑似漏评（应纳未纳）', category: '漏评', leadDept: '乡村振兴局', subject: 'household', params: [] },
  { code: 'FOUR_CAT_VEHICLE', title: '家庭成员有小汽车', category: '四类人员', leadDept: '公安局', subject: 'household', params: [] },
  { code: 'FOUR_CAT_STAFF', title: '家庭成员为财政供养人员', category: '四类人员', leadDept: '财政局', subject: 'household', params: [] },
  { code: 'MED_UNINSURED', title: '未参加城乡居民基本医疗保险', category: '基本医疗保障', leadDept: '医保局', subject: 'person', params: [] },
  { code: 'HOUSING_UNSAFE', title: '住房安全无保障', category: '住房安全保障', leadDept: '住建局', subject: 'household', params: [] },
  { code: 'ID_INVALID', title: '身份证号无效', category: '数据质量', leadDept: '各数据提供部门', subject: 'row', params: [] },
  { code: 'ZERO_EMPLOYMENT', title: '疑似零就业家庭', category: '零就业家庭', leadDept: '人社局', subject: 'household', params: [] },
];

function report(): RunReport {
  return {
    county: '示例县', period: '2025-06', referenceDate: '2025-06-30', toolVersion: '0.1.0',
    generatedAt: '2025-07-01T08:05:00.000Z',
    params: { referenceDate: '2025-06-30', ...DEFAULT_RULE_PARAMS },
    sources: [
      { kind: 'monitor', title: '防返贫监测名单', department: '乡村振兴局', rowsRead: 1000, rowsUsed: 990, rowsRejected: 10,
        files: [{ file: '监测对象.xlsx', sha256: 'a'.repeat(64), sheets: ['Sheet1'], rowsRead: 1000, rowsUsed: 990, rowsRejected: 10, dataDate: '2025-06-28' }] },
      { kind: 'vehicle', title: '机动车登记', department: '公安交管', rowsRead: 200, rowsUsed: 180, rowsRejected: 20,
        files: [{ file: '车辆.xlsx', sha256: 'b'.repeat(64), sheets: ['车辆'], rowsRead: 200, rowsUsed: 180, rowsRejected: 20, dataDate: null }] },
      { kind: 'housing', title: '农村危房', department: '住建局', rowsRead: 0, rowsUsed: 0, rowsRejected: 0, files: [] },
    ],
    rules: RULES,
    rulesRun: ['MISSED', 'FOUR_CAT_VEHICLE', 'FOUR_CAT_STAFF', 'MED_UNINSURED', 'ID_INVALID', 'ZERO_EMPLOYMENT'],
    rulesSkipped: [{ rule: 'HOUSING_UNSAFE', reason: '缺少数据：农村危房（住建局本期未报送）' }],
    // Upstream texts that (wrongly) carry personal data must not leak into the report.
    warnings: [
      '车辆.xlsx 与上期文件完全相同（SHA-256 一致），请确认是否为最新数据',
      `监测对象.xlsx 第 12 行 ${ID_C}（${NAMES[0]}）出现两次`,
    ],
    counts: {},
  };
}

let seq = 0;
function finding(rule: string, township: string | null, status: FindingStatus, p: Partial<ExportFinding> = {}): ExportFinding {
  const meta = RULES.find((r) => r.code === rule)!;
  seq++;
  const n = NAMES[seq % NAMES.length];
  return {
    rule, category: meta.category, subject: meta.subject as ExportFinding['subject'],
    householdId: `HH${seq}`, headIdNumber: [ID_A, ID_B, ID_C, ID_D][seq % 4], headName: n, idNumber: ID_B, name: NAMES[(seq + 1) % NAMES.length],
    township, village: '一村', members: [ID_D, ID_15], memberNames: [NAMES[(seq + 2) % NAMES.length]],
    description: `成员${n}(身份证号${ID_A})名下有小型轿车`, basis: '公安交管机动车登记', leadDept: meta.leadDept,
    evidence: [{ kind: 'vehicle', file: '车辆.xlsx', sheet: '车辆', row: seq + 1 }],
    fingerprint: `fp-${seq}`, evidenceHash: `eh-${seq}`, status, ...p,
  };
}

function listed(): ExportFinding[] {
  const out: ExportFinding[] = [];
  const add = (rule: string, town: string | null, nNew: number, nPersisting: number) => {
    for (let i = 0; i < nNew; i++) out.push(finding(rule, town, 'new', { headIdNumber: null, householdId: `${town}-${rule}-n${i}` }));
    for (let i = 0; i < nPersisting; i++) out.push(finding(rule, town, 'persisting', { headIdNumber: null, householdId: `${town}-${rule}-p${i}` }));
  };
  add('MISSED', '甲镇', 2, 3);
  add('FOUR_CAT_VEHICLE', '甲镇', 1, 4);
  add('MED_UNINSURED', '乙乡', 3, 1);
  add('FOUR_CAT_STAFF', '乙乡', 0, 2);
  add('ZERO_EMPLOYMENT', HOSTILE, 1, 1);
  add('ID_INVALID', null, 1, 0);
  return out; // 19: new 8, persisting 11
}

function input(trendMonths: 1 | 3): ReportInput {
  const trend3 = [
    { period: '2025-04', open: 30, new: 30, resolved: 0, falsePositive: 0 },
    { period: '2025-05', open: 24, new: 6, resolved: 10, falsePositive: 2 },
    { period: '2025-06', open: 19, new: 8, resolved: 3, falsePositive: 1 },
  ];
  return {
    report: report(),
    listed: listed(),
    resolved: [finding('MISSED', '甲镇', 'resolved'), finding('MED_UNINSURED', '乙乡', 'resolved'), finding('MISSED', '乙乡', 'resolved')],
    falsePositives: [finding('FOUR_CAT_VEHICLE', '甲镇', 'false_positive')],
    trend: trendMonths === 3 ? trend3 : trend3.slice(2),
    mask: false,
  };
}

function allNames(i: ReportInput): string[] {
  const names = new Set<string>();
  for (const f of [...i.listed, ...i.resolved, ...i.falsePositives]) {
    for (const n of [f.headName, f.name, ...f.memberNames]) if (n) names.add(n);
  }
  return [...names];
}

/** The big number of a key-figure card. */
function figure(html: string, label: string): string | undefined {
  return new RegExp(`<div class="k">${label}</div><div class="v">([^<]*)`).exec(html)?.[1];
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'fupin-report-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('writeHtmlReport', () => {
  it('writes one self-contained file with mode 0600 and no temp files left', async () => {
    const path = join(dir, reportFileName('2025-06'));
    await writeHtmlReport(path, input(3));
    expect(reportFileName('2025-06')).toBe('报告-2025-06.html');
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir)).toEqual(['报告-2025-06.html']);
    const html = readFileSync(path, 'utf8');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<html lang="zh-CN">');
    for (const tag of ['html', 'head', 'body', 'main', 'section', 'table', 'svg', 'figure', 'footer', 'header']) {
      const open = html.match(new RegExp(`<${tag}[\\s>]`, 'g'))?.length ?? 0;
      const close = html.match(new RegExp(`</${tag}>`, 'g'))?.length ?? 0;
      expect(close, tag).toBe(open);
    }
  });

  it('references nothing outside the file', async () => {
    const path = join(dir, '报告.html');
    await writeHtmlReport(path, input(3));
    const html = readFileSync(path, 'utf8');
    expect(html).not.toMatch(/https?:\/\//i);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<link/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/<iframe/i);
    expect(html).not.toMatch(/@import/i);
    expect(html).not.toMatch(/url\(/i);
    expect(html).not.toMatch(/\s(src|href)=/i);
    expect(html).toContain(`Content-Security-Policy" content="default-src 'none'`);
    expect(html).toContain('"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC"');
    expect(html).toContain('@page { size: A4');
  });

  it('shows the key figures', async () => {
    const path = join(dir, '报告.html');
    await writeHtmlReport(path, input(3));
    const html = readFileSync(path, 'utf8');
    expect(figure(html, '疑点总数')).toBe('19');
    expect(figure(html, '新增')).toBe('8');
    expect(figure(html, '持续')).toBe('11');
    expect(figure(html, '已销号')).toBe('3');
    expect(figure(html, '核实不属实')).toBe('1');
    expect(figure(html, '涉及户数')).toBe('19');
    expect(figure(html, '不可用行数')).toBe('30');
    expect(html).toContain('较上月 −5');
    // header
    expect(html).toContain('示例县2025年6月防返贫动态监测部门数据比对报告');
    expect(html).toContain('2025年6月30日');
    expect(html).toContain('2025-07-01 16:05'); // generated time in UTC+8
    expect(html).toContain('fupin 0.1.0');
    // footer purpose
    expect(html).toContain('疑点需入户核实，不是结论');
  });

  it('contains no ID numbers and no names, even when upstream texts carry them', async () => {
    const i = input(3);
    const html = renderHtmlReport(i);
    expect(html).not.toMatch(/[0-9]{17}[0-9Xx]/);
    expect(html).not.toMatch(/[0-9]{15}/);
    for (const id of [ID_A, ID_B, ID_C, ID_D, ID_15]) expect(html).not.toContain(id);
    const names = allNames(i);
    expect(names.length).toBeGreaterThanOrEqual(5);
    for (const n of names) expect(html, n).not.toContain(n);
    // The warning is kept, with the personal data removed.
    expect(html).toContain('监测对象.xlsx 第 12 行 [号码已隐去]（[姓名已隐去]）出现两次');
    // and no village, household numbers or finding descriptions
    expect(html).not.toContain('一村');
    expect(html).not.toContain('HH1');
    expect(html).not.toContain('名下有小型轿车');
  });

  it('escapes a hostile township name', () => {
    const html = renderHtmlReport(input(3));
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('alert("x")');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;镇');
  });

  it('draws the charts as inline SVG', () => {
    const html = renderHtmlReport(input(3));
    const svgs = html.match(/<svg /g)?.length ?? 0;
    expect(svgs).toBeGreaterThanOrEqual(3 + 2); // township, rule and trend charts + share bars of the sources read
    expect(html).toContain('aria-label="各乡镇疑点数（按问题类别）"');
    expect(html).toContain('aria-label="各规则疑点数（新增与持续）"');
    expect(html).toContain('aria-label="各月在册疑点、新增与已销号"');
    // category colours are the same in the township chart and the rule chart
    expect(html).toContain(`fill="${categoryColor('漏评')}"`);
    // the trend line goes through 3 points
    const trendSvg = html.slice(html.indexOf('aria-label="各月在册疑点'));
    expect(trendSvg.slice(0, trendSvg.indexOf('</svg>')).match(/<circle /g)).toHaveLength(3);
    expect(trendSvg).toMatch(/<path d="M[^"]+L[^"]+L[^"]+"/);
    // township axis title, numbers on bars
    expect(html).toContain('疑点数（条）');
    expect(html).toMatch(/<text [^>]*class="total"[^>]*>10<\/text>/); // 甲镇: 5 MISSED + 5 FOUR_CAT_VEHICLE
    expect(html).toMatch(/<text [^>]*class="in-bar"[^>]*>5<\/text>/); // a segment value inside its bar
  });

  it('works with a single month of history', () => {
    const html = renderHtmlReport(input(1));
    const trendSvg = html.slice(html.indexOf('aria-label="各月在册疑点'));
    const svg = trendSvg.slice(0, trendSvg.indexOf('</svg>'));
    expect(svg.match(/<circle /g)).toHaveLength(1);
    expect(svg).not.toContain('<path');
    expect(html).toContain('本期为首次比对');
    expect(figure(html, '疑点总数')).toBe('19');
  });

  it('shows data quality per source and highlights a rejected share over 5 %', () => {
    const html = renderHtmlReport(input(3));
    const dq = html.slice(html.indexOf('五、数据质量'), html.indexOf('六、'));
    expect(dq).toContain('防返贫监测名单');
    expect(dq).toContain('1.0%');
    expect(dq).toMatch(/<tr class="high">[\s\S]*机动车登记[\s\S]*10\.0%[\s\S]*偏高/);
    expect(dq.match(/<tr class="high">/g)).toHaveLength(1);
    expect(dq).toContain('本期未提供');
  });

  it('lists skipped rules with reasons, warnings, and the township × rule table', () => {
    const html = renderHtmlReport(input(3));
    const six = html.slice(html.indexOf('六、'), html.indexOf('七、'));
    expect(six).toContain('住房安全无保障');
    expect(six).toContain('缺少数据：农村危房（住建局本期未报送）');
    expect(six).toContain('车辆.xlsx 与上期文件完全相同');
    const table = html.slice(html.indexOf('<table class="matrix'));
    // townships in pinyin order (乙 yi after 甲 jia), hostile one escaped, unknown township last
    const rows = [...table.matchAll(/<td class="town">([^<]*)<\/td>/g)].map((m) => m[1]);
    expect(rows).toEqual(['&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;镇', '甲镇', '乙乡', '未知乡镇', '全县']);
    expect(table).toMatch(/<tfoot><tr><td class="town">全县<\/td>(<td class="n">\d+<\/td>)+<td class="n">19<\/td>/);
  });

  it('says so when there is nothing to list', () => {
    const i = { ...input(1), listed: [], resolved: [], falsePositives: [] };
    const html = renderHtmlReport(i);
    expect(figure(html, '疑点总数')).toBe('0');
    expect(html).toContain('本期没有列出的疑点');
  });
});

describe('buildReportModel', () => {
  it('aggregates per township, rule and category', () => {
    const m = buildReportModel(input(3));
    expect(m.figures).toMatchObject({ total: 19, new: 8, persisting: 11, resolved: 3, falsePositive: 1, rowsRead: 1200, rowsRejected: 30 });
    expect(m.townshipsByTotal.map((t) => [t.name, t.total])).toEqual([
      ['甲镇', 10], ['乙乡', 6], [HOSTILE, 2], ['未知乡镇', 1],
    ]);
    expect(m.townshipsByTotal[0].byCategory.get('四类人员')).toBe(5);
    // rules grouped by category (catalogue order), then by count
    expect(m.rules.map((r) => r.code)).toEqual(['MISSED', 'FOUR_CAT_VEHICLE', 'FOUR_CAT_STAFF', 'MED_UNINSURED', 'ZERO_EMPLOYMENT', 'ID_INVALID']);
    expect(m.rules[0]).toMatchObject({ new: 2, persisting: 3, total: 5, resolved: 2 });
    expect(m.quietRules).toEqual([]);
    expect(m.categories).toEqual(['漏评', '四类人员', '基本医疗保障', '零就业家庭', '数据质量']);
    expect(m.skipped).toEqual([{ code: 'HOUSING_UNSAFE', title: '住房安全无保障', category: '住房安全保障', leadDept: '住建局', reason: '缺少数据：农村危房（住建局本期未报送）' }]);
    expect(m.figures.rulesKnown).toBe(7);
    expect(m.previous?.period).toBe('2025-05');
  });

  it('counts households once', () => {
    const i = input(1);
    i.listed = [
      finding('MISSED', '甲镇', 'new', { headIdNumber: ID_A }),
      finding('FOUR_CAT_VEHICLE', '甲镇', 'new', { headIdNumber: ID_A }),
      finding('MED_UNINSURED', '甲镇', 'persisting', { headIdNumber: null, householdId: null, idNumber: ID_B }),
      finding('ID_INVALID', '甲镇', 'new', { headIdNumber: null, householdId: null, idNumber: null }),
    ];
    expect(buildReportModel(i).figures.households).toBe(2);
  });

  it('sorts the trend, drops later months and keeps this month consistent with the figures', () => {
    const i = input(3);
    i.trend = [
      { period: '2025-07', open: 1, new: 1, resolved: 1, falsePositive: 1 },
      { period: '2025-06', open: 999, new: 999, resolved: 999, falsePositive: 999 },
      { period: '2025-04', open: 30, new: 30, resolved: 0, falsePositive: 0 },
    ];
    expect(buildReportModel(i).trend).toEqual([
      { period: '2025-04', open: 30, new: 30, resolved: 0, falsePositive: 0 },
      { period: '2025-06', open: 19, new: 8, resolved: 3, falsePositive: 1 },
    ]);
    i.trend = [];
    expect(buildReportModel(i).trend).toHaveLength(1);
    expect(buildReportModel(i).previous).toBeNull();
  });

  it('builds the trend from history periods', () => {
    const history = [
      { period: '2025-05', finishedAt: 'x', rules: [{ rule: 'A', total: 3, new: 3, persisting: 0, resolved: 0, falsePositive: 0 }, { rule: 'B', total: 2, new: 1, persisting: 1, resolved: 4, falsePositive: 1 }] },
      { period: '2025-04', finishedAt: 'x', rules: [{ rule: 'A', total: 7, new: 7, persisting: 0, resolved: 0, falsePositive: 0 }] },
      { period: '2025-06', finishedAt: 'x', rules: [] },
    ];
    expect(trendFromHistory(history, '2025-05')).toEqual([
      { period: '2025-04', open: 7, new: 7, resolved: 0, falsePositive: 0 },
      { period: '2025-05', open: 5, new: 4, resolved: 4, falsePositive: 1 },
    ]);
  });
});

describe('report helpers', () => {
  it('picks round axis scales', () => {
    expect(niceScale(0)).toEqual({ max: 1, step: 1 });
    expect(niceScale(3)).toEqual({ max: 3, step: 1 });
    expect(niceScale(61)).toEqual({ max: 80, step: 20 });
    expect(niceScale(416)).toEqual({ max: 500, step: 100 });
    expect(niceScale(1234)).toEqual({ max: 1500, step: 500 });
  });

  it('redacts ID-like numbers and names in free text', () => {
    expect(redact(`号码 ${ID_A} 与 ${ID_15} 不符`)).toBe('号码 [号码已隐去] 与 [号码已隐去] 不符');
    expect(redact('张三丰的记录', new Set(['张三丰']))).toBe('[姓名已隐去]的记录');
    expect(redact('第 1234 行')).toBe('第 1234 行');
  });

  it('estimates widths and truncates long labels', () => {
    expect(textWidthEm('城关镇')).toBe(3);
    expect(truncateEm('城关镇', 5)).toBe('城关镇');
    expect(truncateEm('一二三四五六七八九十', 5)).toBe('一二三四…');
  });

  it('formats timestamps as China Standard Time', () => {
    expect(timestampLabel('2025-06-30T16:30:00.000Z')).toBe('2025-07-01 00:30');
    expect(timestampLabel('not a date')).toBe('not a date');
  });

  it('gives every category a stable colour', () => {
    expect(categoryColor('漏评')).toBe(categoryColor('漏评'));
    expect(categoryColor('新类别甲')).toMatch(/^#[0-9a-f]{6}$/);
    expect(categoryColor('新类别甲')).toBe(categoryColor('新类别甲'));
  });
});
