// CSV as Excel reads it (UTF-8 BOM, CRLF), with formula neutralisation: findings.csv and `fupin findings --format csv`.
import { neutralizeFormula } from './text-safety.js';
import { BOM } from '../model/text.js';

/** RFC 4180 quoting after formula neutralisation. */
export function csvCell(value: string): string {
  const s = neutralizeFormula(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvLine(cells: readonly string[]): string {
  return cells.map(csvCell).join(',') + '\r\n';
}

/** CSV for Excel (BOM, CRLF), with the same quoting and formula neutralisation as findings.csv. */
export function csvTable(header: string[], rows: unknown[][]): string {
  return BOM + [header, ...rows].map((r) => r.map((v) => csvCell(v === null || v === undefined ? '' : String(v))).join(',')).join('\r\n') + '\r\n';
}
