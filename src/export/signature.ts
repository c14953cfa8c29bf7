// The sign-off block under a printed list (product-spec §9.5) and the verdict vocabulary of the drop-down. Pure.
import type { OutCell } from './types.js';

/** Values of the 核实结果 drop-down; `verify` reads exactly these (and obvious variants). */
export const VERDICTS = ['属实', '不属实'] as const;

/**
 * 填报单位（盖章）、填报人、审核人、日期 under a list of `width` columns: a blank row, then the labels with room
 * to write. The labels stay left of the answer columns (核实结果 …), so `verify` never takes them for answers.
 */
export function signatureRows(width: number): OutCell[][] {
  const row: OutCell[] = new Array<OutCell>(width).fill(null);
  const at = (i: number, s: string) => { if (i < width) row[i] = s; };
  at(1, '填报单位（盖章）：');
  at(5, '填报人：');
  at(8, '审核人：');
  at(10, '日期：      年    月    日');
  return [new Array<OutCell>(width).fill(null), row];
}
