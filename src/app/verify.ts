// Use-case behind `fupin verify`: read township-returned lists back (matched by the 编号 column, not by position).
import path from 'node:path';
import type { Db } from '../store/db.js';
import { readTable } from '../io/read-table.js';
import { normalizeHeader } from '../sources/header-text.js';
import { cellText } from '../sources/cell-text.js';
import { saveVerification } from '../store/runs.js';
import type { Cell } from '../model/types.js';

export interface VerifyOutcome {
  file: string;
  rowsRead: number;
  matched: number;
  verifiedTrue: number;
  verifiedFalse: number;
  blank: number;
  unknownResults: { sheet: string; row: number; value: string }[];
  unmatched: { sheet: string; row: number }[];
}

const COLS = {
  result: ['核实结果'], note: ['核实说明', '核实情况'], measure: ['整改措施', '整改情况'], deadline: ['整改时限'],
  responsible: ['责任人'], fingerprint: ['编号(请勿修改)', '编号', '疑点编号'],
} as const;

export function parseVerdict(s: string): '属实' | '不属实' | null | undefined {
  const t = s.replace(/\s+/g, '');
  if (t === '') return null;
  if (/^(不属实|不实|否|错误|误报|不存在|核实不属实)$/.test(t)) return '不属实';
  if (/^(属实|是|确实|存在|核实属实|情况属实)$/.test(t)) return '属实';
  return undefined;
}

export async function verifyFile(db: Db, file: string): Promise<VerifyOutcome> {
  const out: VerifyOutcome = { file: path.basename(file), rowsRead: 0, matched: 0, verifiedTrue: 0, verifiedFalse: 0, blank: 0, unknownResults: [], unmatched: [] };
  const lookup = db.prepare('SELECT period, evidence_hash FROM findings WHERE fingerprint = ? ORDER BY period DESC LIMIT 1');
  let cols: Partial<Record<keyof typeof COLS, number>> | null = null;
  let sheet = '';
  for await (const ev of readTable(file, { displayName: path.basename(file) })) {
    if (ev.type === 'sheet') { cols = null; sheet = ev.sheet; continue; }
    if (ev.type !== 'row') continue;
    const cells: Cell[] = ev.row.cells;
    if (!cols) {
      const heads = cells.map((c) => normalizeHeader(cellText(c)));
      const found: Partial<Record<keyof typeof COLS, number>> = {};
      for (const [k, names] of Object.entries(COLS) as [keyof typeof COLS, readonly string[]][]) {
        const i = heads.findIndex((h) => names.some((n) => normalizeHeader(n) === h));
        if (i >= 0) found[k] = i;
      }
      if (found.fingerprint !== undefined && found.result !== undefined) cols = found;
      continue;
    }
    // Exported text may carry a leading apostrophe (formula neutralisation): not part of the value.
    const get = (k: keyof typeof COLS) => (cols![k] === undefined ? '' : cellText(cells[cols![k]!] ?? null).replace(/^'/, ''));
    const fp = get('fingerprint').trim();
    if (!fp) continue;
    out.rowsRead++;
    const hit = lookup.get(fp) as { period: string; evidence_hash: string } | undefined;
    if (!hit) { out.unmatched.push({ sheet, row: ev.row.row }); continue; }
    out.matched++;
    const verdictText = get('result');
    const verdict = parseVerdict(verdictText);
    if (verdict === undefined) { out.unknownResults.push({ sheet, row: ev.row.row, value: verdictText.slice(0, 20) }); continue; }
    const rest = { note: get('note'), measure: get('measure'), deadline: get('deadline'), responsible: get('responsible') };
    if (verdict === null && !rest.note && !rest.measure && !rest.deadline && !rest.responsible) { out.blank++; continue; }
    if (verdict === '属实') out.verifiedTrue++;
    if (verdict === '不属实') out.verifiedFalse++;
    saveVerification(db, { fingerprint: fp, period: hit.period, result: verdict, ...rest, evidenceHash: hit.evidence_hash, sourceFile: path.basename(file) });
  }
  return out;
}
