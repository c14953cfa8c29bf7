// Inline SVG charts of the HTML report, built as strings (no chart library, no script). Every text is
// escaped; coordinates are rounded. The SVGs scale with their container (viewBox, width 100 %). Pure.
import { STATUS_COLORS } from './report-colors.js';
import { esc, fmtInt, periodParts, r1, textWidthEm, truncateEm } from './report-format.js';

const AXIS = '#8a93a0';
const GRID = '#e3e7ec';
const INK = '#1d2733';
const MUTED = '#5b6675';

/** A round axis maximum and tick step (1, 2 or 5 × 10^k; integers, as the charts count findings). */
export function niceScale(max: number, targetTicks = 5): { max: number; step: number } {
  if (!(max > 0)) return { max: 1, step: 1 };
  const raw = max / targetTicks;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = Math.max(1, [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag);
  return { max: Math.ceil(max / step) * step, step };
}

function ticks(scale: { max: number; step: number }): number[] {
  const out: number[] = [];
  for (let v = 0; v <= scale.max + 1e-9; v += scale.step) out.push(Math.round(v));
  return out;
}

function svgOpen(width: number, height: number, label: string): string {
  return `<svg class="chart" viewBox="0 0 ${width} ${r1(height)}" width="${width}" height="${r1(height)}" role="img" aria-label="${esc(label)}">`;
}

function text(x: number, y: number, s: string, attrs = ''): string {
  return `<text x="${r1(x)}" y="${r1(y)}"${attrs ? ` ${attrs}` : ''}>${esc(s)}</text>`;
}

export interface HBarSegment {
  value: number;
  color: string;
  /** Series name, for the tooltip. */
  name: string;
}

export interface HBarRow {
  label: string;
  /** A small colour square before the label (e.g. the rule's category). */
  chip?: string;
  /** Smaller grey text after the label (e.g. the rule code). */
  note?: string;
  segments: HBarSegment[];
}

export interface HBarOptions {
  width?: number;
  rowHeight?: number;
  barHeight?: number;
  /** Cap of the label column, in em. */
  maxLabelEm?: number;
  axisTitle: string;
  ariaLabel: string;
}

/**
 * Horizontal stacked bars: one row per item, segments left to right, the segment value inside the
 * segment when it fits, the row total after the bar, vertical grid lines and a labelled x axis.
 */
export function hBarChart(rows: readonly HBarRow[], o: HBarOptions): string {
  const width = o.width ?? 680;
  const rowH = o.rowHeight ?? 26;
  const barH = o.barHeight ?? 16;
  const fs = 12.5;
  const maxLabelEm = o.maxLabelEm ?? 14;
  const hasChip = rows.some((r) => r.chip);
  const chipW = hasChip ? 14 : 0;
  const labelEm = Math.min(maxLabelEm, Math.max(2, ...rows.map((r) => textWidthEm(r.label))));
  const left = Math.round(chipW + labelEm * fs + 12);
  const totals = rows.map((r) => r.segments.reduce((n, s) => n + s.value, 0));
  const maxTotal = Math.max(0, ...totals);
  const right = Math.round(12 + textWidthEm(fmtInt(maxTotal)) * fs);
  const top = 6;
  const plotW = width - left - right;
  const plotH = rows.length * rowH;
  const height = top + plotH + 40;
  const scale = niceScale(maxTotal);
  const x = (v: number) => left + (v / scale.max) * plotW;

  const out: string[] = [svgOpen(width, height, o.ariaLabel)];
  // grid and tick labels
  for (const t of ticks(scale)) {
    out.push(`<line x1="${r1(x(t))}" y1="${top}" x2="${r1(x(t))}" y2="${r1(top + plotH)}" stroke="${t === 0 ? AXIS : GRID}" stroke-width="1"/>`);
    out.push(text(x(t), top + plotH + 15, fmtInt(t), `class="tick" text-anchor="middle" fill="${MUTED}"`));
  }
  out.push(text(left + plotW / 2, top + plotH + 33, o.axisTitle, `class="axis-title" text-anchor="middle" fill="${MUTED}"`));

  rows.forEach((row, i) => {
    const cy = top + i * rowH + rowH / 2;
    const label = truncateEm(row.label, maxLabelEm);
    out.push(`<g class="row">`);
    if (row.chip) out.push(`<rect x="0" y="${r1(cy - 5)}" width="10" height="10" rx="2" fill="${esc(row.chip)}"/>`);
    const full = row.note ? `${row.label}（${row.note}）` : row.label;
    // With chips the labels read like a list (left-aligned after the chip); without, they hug the axis.
    const anchor = hasChip ? `x="${chipW}" text-anchor="start"` : `x="${r1(left - 8)}" text-anchor="end"`;
    out.push(`<text ${anchor} y="${r1(cy + 4.5)}" fill="${INK}" class="label"><title>${esc(full)}</title>${esc(label)}</text>`);
    let acc = 0;
    for (const s of row.segments) {
      if (s.value <= 0) continue;
      const x0 = x(acc);
      const w = x(acc + s.value) - x0;
      acc += s.value;
      out.push(`<rect x="${r1(x0)}" y="${r1(cy - barH / 2)}" width="${r1(Math.max(w, 0.8))}" height="${barH}" fill="${esc(s.color)}"><title>${esc(`${row.label} · ${s.name}：${s.value}`)}</title></rect>`);
      const v = fmtInt(s.value);
      if (w >= textWidthEm(v) * 10.5 + 6) {
        out.push(text(x0 + w / 2, cy + 3.8, v, `class="in-bar" text-anchor="middle" fill="#fff"`));
      }
    }
    out.push(text(x(acc) + 5, cy + 4.5, fmtInt(totals[i]), `class="total" fill="${INK}"`));
    out.push(`</g>`);
  });
  out.push('</svg>');
  return out.join('');
}

export interface TrendOptions {
  width?: number;
  ariaLabel: string;
}

/**
 * Month-by-month chart: columns for 新增 and 已销号 in each month, a line with points for the findings
 * listed (在册疑点). One month gives one group of columns and a single point.
 */
export function trendChart(
  points: readonly { period: string; open: number; new: number; resolved: number }[],
  o: TrendOptions,
): string {
  const width = o.width ?? 680;
  const height = 250;
  const left = 48;
  const right = 16;
  const top = 26;
  const bottom = 46;
  const plotW = width - left - right;
  const plotH = height - top - bottom;
  const n = Math.max(1, points.length);
  const maxV = Math.max(0, ...points.flatMap((p) => [p.open, p.new, p.resolved]));
  const scale = niceScale(maxV);
  const y = (v: number) => top + plotH - (v / scale.max) * plotH;
  const band = plotW / n;
  const colW = Math.min(24, band * 0.26);
  const cx = (i: number) => left + band * i + band / 2;
  // Column values only when there is room; the table under the chart has every number anyway.
  const showColValues = band >= 56;

  const out: string[] = [svgOpen(width, height, o.ariaLabel)];
  out.push(text(4, 12, '单位：条', `class="tick" fill="${MUTED}"`));
  for (const t of ticks(scale)) {
    out.push(`<line x1="${left}" y1="${r1(y(t))}" x2="${width - right}" y2="${r1(y(t))}" stroke="${t === 0 ? AXIS : GRID}" stroke-width="1"/>`);
    out.push(text(left - 6, y(t) + 4, fmtInt(t), `class="tick" text-anchor="end" fill="${MUTED}"`));
  }
  points.forEach((p, i) => {
    const c = cx(i);
    const cols: [number, string, string][] = [
      [p.new, STATUS_COLORS.new, '新增'],
      [p.resolved, STATUS_COLORS.resolved, '已销号'],
    ];
    cols.forEach(([v, color, name], k) => {
      const x0 = c - colW - 1 + k * (colW + 2);
      const h = Math.max(0, y(0) - y(v));
      out.push(`<rect x="${r1(x0)}" y="${r1(y(v))}" width="${r1(colW)}" height="${r1(h)}" fill="${color}"><title>${esc(`${p.period} ${name}：${v}`)}</title></rect>`);
      // ...and not where it would sit on the label of the line's point (same height, overlapping x).
      const clashes = Math.abs(y(v) - y(p.open)) < 18;
      if (showColValues && v > 0 && !clashes) {
        out.push(text(x0 + colW / 2, y(v) - 4, fmtInt(v), `class="col-value" text-anchor="middle" fill="${MUTED}"`));
      }
    });
    // x labels: month; the year under the first month and under each January
    const parts = periodParts(p.period);
    if (parts) {
      out.push(text(c, top + plotH + 16, parts.month, `class="tick" text-anchor="middle" fill="${INK}"`));
      if (i === 0 || parts.monthNo === 1) out.push(text(c, top + plotH + 31, parts.year, `class="tick" text-anchor="middle" fill="${MUTED}"`));
    } else {
      out.push(text(c, top + plotH + 16, p.period, `class="tick" text-anchor="middle" fill="${INK}"`));
    }
  });
  // the open line on top
  if (points.length > 1) {
    const d = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${r1(cx(i))} ${r1(y(p.open))}`).join(' ');
    out.push(`<path d="${d}" fill="none" stroke="${STATUS_COLORS.open}" stroke-width="2.2" stroke-linejoin="round"/>`);
  }
  points.forEach((p, i) => {
    out.push(`<circle cx="${r1(cx(i))}" cy="${r1(y(p.open))}" r="4" fill="#fff" stroke="${STATUS_COLORS.open}" stroke-width="2.2"><title>${esc(`${p.period} 在册疑点：${p.open}`)}</title></circle>`);
    out.push(text(cx(i), y(p.open) - 9, fmtInt(p.open), `class="point-value halo" text-anchor="middle" fill="${STATUS_COLORS.open}"`));
  });
  out.push('</svg>');
  return out.join('');
}

/**
 * A small bar of a share (0..1) on a track that spans 0..`scaleMax`, with a dashed marker at the alert
 * threshold; red when `high`.
 */
export function shareBar(share: number | null, o: { scaleMax: number; threshold: number; high: boolean; width?: number }): string {
  const width = o.width ?? 120;
  const h = 10;
  const x = (v: number) => Math.min(width, (v / o.scaleMax) * width);
  const parts = [`<svg class="share" viewBox="0 0 ${width} ${h + 4}" width="${width}" height="${h + 4}" aria-hidden="true">`];
  parts.push(`<rect x="0" y="2" width="${width}" height="${h}" rx="2" fill="#eef1f4"/>`);
  if (share !== null && share > 0) {
    parts.push(`<rect x="0" y="2" width="${r1(Math.max(1.5, x(share)))}" height="${h}" rx="2" fill="${o.high ? STATUS_COLORS.alert : '#7f8fa6'}"/>`);
  }
  const tx = x(o.threshold);
  parts.push(`<line x1="${r1(tx)}" y1="0" x2="${r1(tx)}" y2="${h + 4}" stroke="${STATUS_COLORS.alert}" stroke-width="1" stroke-dasharray="2 2"/>`);
  parts.push('</svg>');
  return parts.join('');
}
