// Inline stylesheet of the HTML report: an A4 page on screen, clean A4 pages in print, Chinese system
// fonts only (no web fonts: the file must open offline).

export const REPORT_CSS = `
:root {
  --ink: #1d2733; --muted: #5b6675; --faint: #8a93a0; --line: #dde2e8; --soft: #f4f6f8;
  --brand: #1f3a5f; --accent: #e07a2f; --ok: #3c9a5f; --alert: #c0392b;
  --font: "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "Hiragino Sans GB", sans-serif;
}
* { box-sizing: border-box; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
html { background: #e9ecef; }
body { margin: 0; padding: 24px 0; font-family: var(--font); color: var(--ink); font-size: 13.5px; line-height: 1.6; }
.page { width: 210mm; max-width: 100%; margin: 0 auto; background: #fff; padding: 16mm 15mm 12mm; box-shadow: 0 1px 4px rgba(0,0,0,.12); }
h1, h2, h3 { font-weight: 700; color: var(--brand); margin: 0; }
.num, td.n, th.n { font-variant-numeric: tabular-nums; }

/* header */
.masthead { border-bottom: 3px solid var(--brand); padding-bottom: 12px; margin-bottom: 14px; }
.eyebrow { font-size: 12px; letter-spacing: .18em; color: var(--muted); }
h1 { font-size: 25px; line-height: 1.35; margin: 4px 0 10px; letter-spacing: .02em; }
.meta { display: flex; flex-wrap: wrap; gap: 4px 22px; font-size: 12.5px; color: var(--muted); margin: 0; }
.meta div { display: flex; gap: 6px; }
.meta dt { color: var(--faint); }
.meta dd { margin: 0; color: var(--ink); }
.notice { margin: 12px 0 0; padding: 7px 12px; background: #fdf6ec; border-left: 3px solid var(--accent); font-size: 12.5px; color: #6b4a1f; }

/* sections */
section { margin-top: 22px; }
h2 { font-size: 16.5px; padding-bottom: 5px; border-bottom: 1px solid var(--line); margin-bottom: 10px; display: flex; align-items: baseline; gap: 10px; }
h2 .sub { font-size: 12px; font-weight: 400; color: var(--muted); }
h3 { font-size: 14px; margin: 14px 0 6px; color: var(--ink); }
p.note, .caption { font-size: 12px; color: var(--muted); margin: 6px 0 0; }
.empty { padding: 14px; text-align: center; color: var(--muted); background: var(--soft); border-radius: 4px; font-size: 13px; }

/* key figures */
.figures { display: grid; grid-template-columns: repeat(4, 1fr); gap: 10px; }
.fig { border: 1px solid var(--line); border-radius: 6px; padding: 9px 12px 8px; border-top: 3px solid var(--line); }
.fig .k { font-size: 12.5px; color: var(--muted); }
.fig .v { font-size: 26px; font-weight: 700; line-height: 1.25; font-variant-numeric: tabular-nums; }
.fig .v small { font-size: 14px; font-weight: 400; color: var(--muted); }
.fig .s { font-size: 11.5px; color: var(--faint); min-height: 1.5em; }
.fig.primary { background: var(--brand); border-color: var(--brand); color: #fff; }
.fig.primary .k, .fig.primary .s { color: #c9d5e6; }
.fig.new { border-top-color: var(--accent); }
.fig.persisting { border-top-color: #6b7c99; }
.fig.resolved { border-top-color: var(--ok); }
.fig.fp { border-top-color: #a3a9b3; }
.fig.alert .v, .fig.alert .s { color: var(--alert); }
.fig.alert { border-top-color: var(--alert); }

/* charts */
.chart { display: block; width: 100%; height: auto; font-family: var(--font); }
.chart text { font-size: 12.5px; }
.chart .tick, .chart .axis-title { font-size: 11px; }
.chart .in-bar { font-size: 10.5px; font-weight: 600; }
.chart .total { font-size: 12px; font-weight: 700; }
.chart .col-value { font-size: 10.5px; }
.chart .point-value { font-size: 12px; font-weight: 700; }
.chart .halo { paint-order: stroke; stroke: #fff; stroke-width: 3px; stroke-linejoin: round; }
.legend { display: flex; flex-wrap: wrap; gap: 4px 16px; font-size: 12px; color: var(--muted); margin: 2px 0 8px; }
.legend span { display: inline-flex; align-items: center; gap: 5px; }
.legend i { display: inline-block; width: 11px; height: 11px; border-radius: 2px; }
.legend i.line { height: 3px; width: 16px; border-radius: 0; }

/* tables */
table { border-collapse: collapse; width: 100%; font-size: 12.5px; }
th, td { padding: 5px 8px; border-bottom: 1px solid var(--line); text-align: left; vertical-align: middle; }
thead th { background: var(--soft); color: var(--muted); font-weight: 600; font-size: 12px; border-bottom: 1.5px solid #c9d0d8; }
td.n, th.n { text-align: right; white-space: nowrap; }
tfoot td { font-weight: 700; border-top: 1.5px solid #c9d0d8; border-bottom: none; }
.small { font-size: 11.5px; color: var(--faint); }
tr.high td { background: #fcefed; }
tr.high .pct { color: var(--alert); font-weight: 700; }
.badge { display: inline-block; padding: 0 6px; border-radius: 3px; font-size: 11px; line-height: 1.6; font-weight: 600; }
.badge.alert { background: var(--alert); color: #fff; }
.badge.grey { background: #e7eaee; color: var(--muted); }
.sharecell { display: flex; align-items: center; gap: 8px; white-space: nowrap; }
.sharecell .pct { min-width: 3.6em; text-align: right; font-variant-numeric: tabular-nums; }
.nw { white-space: nowrap; }
table.dq td.src { min-width: 9em; }
.chip { display: inline-block; width: 9px; height: 9px; border-radius: 2px; margin-right: 6px; vertical-align: 0; }

/* township x rule matrix */
table.matrix { font-size: 12px; table-layout: auto; }
table.matrix th, table.matrix td { padding: 4px 3px; text-align: center; border: 1px solid #e6e9ee; }
table.matrix thead th.rule { vertical-align: top; font-weight: 500; color: var(--ink); background: #fff; padding: 6px 2px; border-top-width: 4px; min-width: 26px; }
/* Chinese reads well top to bottom; long titles wrap into a second column instead of a tall header. */
table.matrix .vt { writing-mode: vertical-rl; text-orientation: mixed; max-height: 10.5em; margin: 0 auto; line-height: 1.25; text-align: left; }
table.matrix thead th.corner { vertical-align: bottom; text-align: left; background: #fff; }
table.matrix thead th.sum { vertical-align: bottom; background: var(--soft); }
table.matrix td.town { text-align: left; white-space: nowrap; font-weight: 600; padding-left: 6px; padding-right: 8px; }
table.matrix td.z { color: #c3c9d1; }
table.matrix td.sum, table.matrix tfoot td { font-weight: 700; background: var(--soft); }
table.matrix tfoot td { border-top: 1.5px solid #c9d0d8; }
/* many rule columns: equal narrow columns that always fit the page width */
table.matrix.dense { table-layout: fixed; font-size: 10px; }
table.matrix.dense th, table.matrix.dense td { padding: 3px 0; overflow: hidden; }
table.matrix.dense th.corner, table.matrix.dense td.town { width: 5.5em; padding-left: 4px; }
table.matrix.dense th.sum, table.matrix.dense td.sum { width: 4.6em; }
table.matrix.dense thead th.rule { min-width: 0; }
table.matrix.dense .vt { max-height: 16em; }

ul.plain { margin: 4px 0 0; padding: 0; list-style: none; }
ul.plain li { padding: 6px 10px 6px 12px; border-left: 3px solid var(--accent); background: #fdf8f2; margin-bottom: 5px; font-size: 12.5px; }

/* footer */
footer { margin-top: 26px; padding-top: 10px; border-top: 2px solid var(--brand); font-size: 12px; color: var(--muted); }
footer p { margin: 3px 0; }
footer strong { color: var(--ink); }

@page { size: A4; margin: 12mm 11mm 14mm; }
@media print {
  html, body { background: #fff; padding: 0; }
  .page { width: auto; box-shadow: none; padding: 0; margin: 0; }
  section { break-inside: auto; }
  .keep, .figures, figure { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
  thead { display: table-header-group; }
  tfoot { display: table-row-group; }
  tr { break-inside: avoid; }
}
figure { margin: 0; }
`;
