// Plain-text tables for stderr/stdout; width-aware for CJK characters.
import { csvCell } from '../export/write-findings.js';
import { BOM } from '../model/text.js';

export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    w += c > 0x2e80 && !(c >= 0xff61 && c <= 0xff9f) ? 2 : 1;
  }
  return w;
}

function padEnd(s: string, w: number): string {
  return s + ' '.repeat(Math.max(0, w - displayWidth(s)));
}

export function table(header: string[], rows: (string | number)[][]): string {
  const cells = [header, ...rows.map((r) => r.map((c) => String(c)))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => displayWidth(r[i] ?? ''))));
  const line = (r: string[]) => r.map((c, i) => padEnd(c ?? '', widths[i])).join('  ').trimEnd();
  return [line(cells[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n') + '\n';
}

/** CSV for Excel (BOM, CRLF), with the same quoting and formula neutralisation as findings.csv. */
export function csv(header: string[], rows: unknown[][]): string {
  return BOM + [header, ...rows].map((r) => r.map((v) => csvCell(v === null || v === undefined ? '' : String(v))).join(',')).join('\r\n') + '\r\n';
}
