// 报告-<period>.html: the monthly meeting report (issue 4 "Visual report"). One self-contained file:
// inline CSS and inline SVG, no script, no network (a CSP forbids any fetch), aggregate figures only —
// no ID numbers, no names. Every text from the data is escaped and scrubbed of ID-like numbers.
import { atomicWriteFile } from './atomic.js';
import { hBarChart, shareBar, trendChart, type HBarRow } from './report-charts.js';
import { categoryColor, STATUS_COLORS } from './report-colors.js';
import { REPORT_CSS } from './report-css.js';
import {
  dateLabel, esc, fmtDelta, fmtInt, fmtPct, periodLabel, periodParts, timestampLabel,
} from './report-format.js';
import { buildReportModel, REJECTED_SHARE_ALERT, type ReportInput, type ReportModel } from './report-model.js';

export type { ReportInput, ReportTrendPoint } from './report-model.js';
export { buildReportModel, trendFromHistory } from './report-model.js';

/** Purpose of the report, in its footer. */
export const REPORT_PURPOSE_TEXT =
  '本报告所列均为部门数据比对发现的疑点，供研判和调度使用。疑点需入户核实，不是结论；每条疑点均需乡镇核实后据实整改或说明。';

/** Months shown in the trend chart and its table (the most recent ones). */
export const TREND_MONTHS = 12;

/** File name of the report of a period. */
export function reportFileName(period: string): string {
  return `报告-${period}.html`;
}

/** Write the report atomically with mode 0600. */
export async function writeHtmlReport(path: string, input: ReportInput, mode = 0o600): Promise<void> {
  await atomicWriteFile(path, renderHtmlReport(input), mode);
}

/** The whole report as an HTML string. */
export function renderHtmlReport(input: ReportInput): string {
  const m = buildReportModel(input);
  const title = `${m.county}${periodLabel(m.period)}防返贫动态监测部门数据比对报告`;
  return [
    '<!doctype html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    // Nothing may be fetched: the report is opened offline and shown at meetings.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="fupin ${esc(m.toolVersion)}">`,
    `<title>${esc(title)}</title>`,
    `<style>${REPORT_CSS}</style>`,
    '</head>',
    '<body>',
    '<main class="page">',
    header(m, title),
    keyFigures(m),
    townships(m),
    rules(m),
    trend(m),
    dataQuality(m),
    skippedAndWarnings(m),
    matrix(m),
    footer(m),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function header(m: ReportModel, title: string): string {
  const meta: [string, string][] = [
    ['比对期间', periodLabel(m.period)],
    ['基准日期', dateLabel(m.referenceDate)],
    ['生成时间', timestampLabel(m.generatedAt)],
    ['工具版本', `fupin ${m.toolVersion}`],
  ];
  return `<header class="masthead">
<div class="eyebrow">防返贫动态监测 · 部门数据比对 · 月度会商</div>
<h1>${esc(title)}</h1>
<dl class="meta">${meta.map(([k, v]) => `<div><dt>${esc(k)}</dt><dd>${esc(v)}</dd></div>`).join('')}</dl>
<p class="notice">本报告只含汇总数字，不含身份证号和姓名。所列均为部门数据比对发现的<strong>疑点</strong>，需乡镇入户核实，不是结论。</p>
</header>`;
}

function fig(cls: string, label: string, value: string, sub: string): string {
  return `<div class="fig ${cls}"><div class="k">${esc(label)}</div><div class="v">${value}</div><div class="s">${esc(sub)}</div></div>`;
}

function keyFigures(m: ReportModel): string {
  const f = m.figures;
  const prev = m.previous;
  const rejectedShare = f.rowsRead ? f.rowsRejected / f.rowsRead : 0;
  const cards = [
    fig('primary', '疑点总数', esc(fmtInt(f.total)), prev ? fmtDelta(f.total - prev.open) : '本期为首次比对'),
    fig('new', '新增', esc(fmtInt(f.new)), `占疑点 ${fmtPct(f.new, f.total)}`),
    fig('persisting', '持续', esc(fmtInt(f.persisting)), `上期已列出、本期仍存在`),
    fig('resolved', '已销号', esc(fmtInt(f.resolved)), '上期疑点本期不再出现'),
    fig('fp', '核实不属实', esc(fmtInt(f.falsePositive)), '乡镇核实后不再列入'),
    fig('', '已豁免', esc(fmtInt(f.exempted)), f.exempted > 0
      ? m.exemptedByRule.slice(0, 3).map((r) => `${r.title} ${fmtInt(r.count)}`).join('；') : '按豁免清单不列入乡镇清单'),
    fig('', '涉及户数', esc(fmtInt(f.households)), '按户去重'),
    fig(rejectedShare > REJECTED_SHARE_ALERT ? 'alert' : '', '不可用行数', esc(fmtInt(f.rowsRejected)),
      `占读取行数 ${fmtPct(f.rowsRejected, f.rowsRead)}`),
    fig(f.rulesSkipped > 0 ? 'alert' : '', '运行规则', `${esc(fmtInt(f.rulesRun))}<small> / ${esc(fmtInt(f.rulesKnown))}</small>`,
      f.rulesSkipped > 0 ? `${f.rulesSkipped} 条规则缺数据未运行` : '全部规则已运行'),
  ];
  return `<section class="keep"><h2>一、总体情况<span class="sub">${esc(periodLabel(m.period))}</span></h2>
<div class="figures">${cards.join('')}</div>
</section>`;
}

function legend(items: { label: string; color: string; line?: boolean }[]): string {
  return `<div class="legend">${items
    .map((i) => `<span><i class="${i.line ? 'line' : ''}" style="background:${esc(i.color)}"></i>${esc(i.label)}</span>`)
    .join('')}</div>`;
}

function townships(m: ReportModel): string {
  let body: string;
  if (m.townshipsByTotal.length === 0) {
    body = '<div class="empty">本期没有列出的疑点。</div>';
  } else {
    const rows: HBarRow[] = m.townshipsByTotal.map((t) => ({
      label: t.name,
      segments: m.categories.map((c) => ({ value: t.byCategory.get(c) ?? 0, color: categoryColor(c), name: c })),
    }));
    body = `${legend(m.categories.map((c) => ({ label: c, color: categoryColor(c) })))}
<figure>${hBarChart(rows, { axisTitle: '疑点数（条）', ariaLabel: '各乡镇疑点数（按问题类别）', maxLabelEm: 9 })}</figure>
<p class="caption">按疑点数从多到少排列；条内数字为各类别疑点数，条后数字为合计。未填乡镇的疑点记为“未知乡镇”。</p>`;
  }
  return `<section class="keep"><h2>二、各乡镇疑点分布<span class="sub">按问题类别</span></h2>
${body}
</section>`;
}

function rules(m: ReportModel): string {
  let body: string;
  if (m.rules.length === 0) {
    body = '<div class="empty">本期没有列出的疑点。</div>';
  } else {
    const rows: HBarRow[] = m.rules.map((r) => ({
      label: r.title,
      note: r.code,
      chip: categoryColor(r.category),
      segments: [
        { value: r.persisting, color: STATUS_COLORS.persisting, name: '持续' },
        { value: r.new, color: STATUS_COLORS.new, name: '新增' },
      ],
    }));
    body = `${legend([
      { label: '持续（上期已列出）', color: STATUS_COLORS.persisting },
      { label: '新增（本期首次出现）', color: STATUS_COLORS.new },
    ])}
<figure>${hBarChart(rows, { axisTitle: '疑点数（条）', ariaLabel: '各规则疑点数（新增与持续）', maxLabelEm: 17 })}</figure>
<p class="caption">规则名称前的色块表示问题类别，颜色与上图一致。</p>`;
  }
  if (m.quietRules.length > 0) {
    body += `\n<p class="note">本期已运行、没有疑点的规则（${m.quietRules.length} 条）：${esc(m.quietRules.map((r) => r.title).join('、'))}。</p>`;
  }
  return `<section class="keep"><h2>三、各规则疑点<span class="sub">新增与持续</span></h2>
${body}
</section>`;
}

function trend(m: ReportModel): string {
  const points = m.trend.slice(-TREND_MONTHS);
  const cut = m.trend.length > points.length ? `（显示最近 ${TREND_MONTHS} 个月）` : '';
  const only = points.length === 1 ? '本期为首次比对，下月起显示变化趋势。' : '';
  const label = (p: string) => {
    const parts = periodParts(p);
    return parts ? `${parts.year}${parts.month}` : p;
  };
  const table = `<table class="trend-table">
<thead><tr><th>月份</th><th class="n">在册疑点</th><th class="n">新增</th><th class="n">已销号</th><th class="n">核实不属实</th></tr></thead>
<tbody>${points
    .map((p) => `<tr><td>${esc(label(p.period))}</td><td class="n">${esc(fmtInt(p.open))}</td><td class="n">${esc(fmtInt(p.new))}</td><td class="n">${esc(fmtInt(p.resolved))}</td><td class="n">${esc(fmtInt(p.falsePositive))}</td></tr>`)
    .join('')}</tbody>
</table>`;
  return `<section class="keep"><h2>四、月度趋势<span class="sub">在册疑点、新增与销号${esc(cut)}</span></h2>
${legend([
    { label: '在册疑点（本月列出的疑点）', color: STATUS_COLORS.open, line: true },
    { label: '新增', color: STATUS_COLORS.new },
    { label: '已销号', color: STATUS_COLORS.resolved },
  ])}
<figure>${trendChart(points, { ariaLabel: '各月在册疑点、新增与已销号' })}</figure>
${only ? `<p class="caption">${esc(only)}</p>` : ''}
${table}
</section>`;
}

function dataQuality(m: ReportModel): string {
  if (m.sources.length === 0) {
    return `<section><h2>五、数据质量</h2><div class="empty">本期没有读取任何数据。</div></section>`;
  }
  const maxShare = Math.max(0, ...m.sources.map((s) => s.rejectedShare ?? 0));
  const scaleMax = Math.min(1, Math.max(0.1, Math.ceil(maxShare * 20) / 20));
  const rows = m.sources.map((s) => {
    const missing = s.files.length === 0;
    const files = missing
      ? '<span class="badge grey">本期未提供</span>'
      : s.files.map((f) => `${esc(f.file)}${f.dataDate ? `<span class="small">（${esc(f.dataDate)}）</span>` : ''}`).join('<br>');
    const share = s.rejectedShare === null
      ? '<span class="small">—</span>'
      : `<div class="sharecell">${shareBar(s.rejectedShare, { scaleMax, threshold: REJECTED_SHARE_ALERT, high: s.high })}<span class="pct">${esc(fmtPct(s.rowsRejected, s.rowsRead))}</span>${s.high ? '<span class="badge alert">偏高</span>' : ''}</div>`;
    return `<tr class="${s.high ? 'high' : ''}"><td class="src"><strong>${esc(s.title)}</strong><br><span class="small">${esc(s.department)}</span></td><td class="small">${files}</td><td class="n">${esc(fmtInt(s.rowsRead))}</td><td class="n">${esc(fmtInt(s.rowsUsed))}</td><td class="n">${esc(fmtInt(s.rowsRejected))}</td><td>${share}</td></tr>`;
  });
  const sum = (k: 'rowsRead' | 'rowsUsed' | 'rowsRejected') => m.sources.reduce((n, s) => n + s[k], 0);
  const read = sum('rowsRead');
  const rejected = sum('rowsRejected');
  const high = m.sources.filter((s) => s.high).length;
  return `<section><h2>五、数据质量<span class="sub">各部门数据读取情况</span></h2>
<table class="dq">
<thead><tr><th>数据来源</th><th>文件（数据日期）</th><th class="n">读取行数</th><th class="n">可用行数</th><th class="n">不可用行数</th><th>不可用占比</th></tr></thead>
<tbody>${rows.join('\n')}</tbody>
<tfoot><tr><td>合计</td><td></td><td class="n">${esc(fmtInt(read))}</td><td class="n">${esc(fmtInt(sum('rowsUsed')))}</td><td class="n">${esc(fmtInt(rejected))}</td><td class="n" style="text-align:left">${esc(fmtPct(rejected, read))}</td></tr></tfoot>
</table>
<p class="caption">不可用行（身份证号无效、以数字形式存储丢失位数、空行等）不参与比对，明细见数据质量清单；虚线为 5% 警戒线，超过的来源标红${high ? `（本期 ${high} 个）` : ''}，请提供部门核查后重新报送。</p>
</section>`;
}

function skippedAndWarnings(m: ReportModel): string {
  const skipped = m.skipped.length === 0
    ? '<div class="empty">全部规则均已运行。</div>'
    : `<table>
<thead><tr><th>规则</th><th class="nw">类别</th><th class="nw">牵头单位</th><th>未运行原因</th></tr></thead>
<tbody>${m.skipped
      .map((s) => `<tr><td>${esc(s.title)}<br><span class="small">${esc(s.code)}</span></td><td class="nw">${s.category ? `<i class="chip" style="background:${esc(categoryColor(s.category))}"></i>` : ''}${esc(s.category)}</td><td class="nw">${esc(s.leadDept)}</td><td>${esc(s.reason)}</td></tr>`)
      .join('\n')}</tbody>
</table>
<p class="caption">未运行规则上期的疑点本期记为“未评估”，不计为已销号。</p>`;
  const warnings = m.warnings.length === 0
    ? '<div class="empty">无。</div>'
    : `<ul class="plain">${m.warnings.map((w) => `<li>${esc(w)}</li>`).join('')}</ul>`;
  return `<section><h2>六、未运行规则与提示</h2>
<h3>未运行的规则（${m.skipped.length} 条）</h3>
${skipped}
<h3>数据提示（${m.warnings.length} 条）</h3>
${warnings}
</section>`;
}

/** White → brand blue, t in 0..1 (cell shading of the matrix). */
function tint(t: number): string {
  const [r, g, b] = [0x2b, 0x5c, 0x9a];
  const mix = (c: number) => Math.round(255 + (c - 255) * t);
  return `rgb(${mix(r)},${mix(g)},${mix(b)})`;
}

function matrix(m: ReportModel): string {
  if (m.rules.length === 0 || m.townshipsByName.length === 0) {
    return `<section><h2>七、乡镇 × 规则疑点明细</h2><div class="empty">本期没有列出的疑点。</div></section>`;
  }
  const max = Math.max(1, ...m.townshipsByName.flatMap((t) => [...t.byRule.values()]));
  const head = m.rules
    .map((r) => `<th class="rule" style="border-top-color:${esc(categoryColor(r.category))}" title="${esc(`${r.code} · ${r.category}`)}"><div class="vt">${esc(r.title)}</div></th>`)
    .join('');
  const body = m.townshipsByName.map((t) => {
    const cells = m.rules.map((r) => {
      const v = t.byRule.get(r.code) ?? 0;
      if (v === 0) return '<td class="n z">·</td>';
      const share = v / max;
      const depth = 0.08 + 0.72 * share;
      const style = `background:${tint(depth)}${depth > 0.45 ? ';color:#fff' : ''}`;
      return `<td class="n" style="${style}">${esc(fmtInt(v))}</td>`;
    });
    return `<tr><td class="town">${esc(t.name)}</td>${cells.join('')}<td class="n sum">${esc(fmtInt(t.total))}</td></tr>`;
  });
  const totals = m.rules.map((r) => `<td class="n">${esc(fmtInt(r.total))}</td>`).join('');
  return `<section class="keep"><h2>七、乡镇 × 规则疑点明细<span class="sub">单位：条</span></h2>
${legend(m.categories.map((c) => ({ label: c, color: categoryColor(c) })))}
<table class="matrix${m.rules.length > 14 ? ' dense' : ''}">
<thead><tr><th class="corner">乡镇</th>${head}<th class="sum n">合计</th></tr></thead>
<tbody>${body.join('\n')}</tbody>
<tfoot><tr><td class="town">全县</td>${totals}<td class="n">${esc(fmtInt(m.figures.total))}</td></tr></tfoot>
</table>
<p class="caption">乡镇按拼音排序；列顶色条为问题类别；颜色越深疑点越多，“·”为无。</p>
</section>`;
}

function footer(m: ReportModel): string {
  return `<footer>
<p><strong>用途说明：</strong>${esc(REPORT_PURPOSE_TEXT)}</p>
<p><strong>个人信息：</strong>本报告仅含汇总数字，不含身份证号、姓名等个人信息；疑点明细见分乡镇整改清单，按规定范围使用。</p>
<p class="small">${esc(m.county)} · ${esc(periodLabel(m.period))} · 基准日期 ${esc(m.referenceDate)} · 由 fupin ${esc(m.toolVersion)} 于 ${esc(timestampLabel(m.generatedAt))} 生成</p>
</footer>`;
}
