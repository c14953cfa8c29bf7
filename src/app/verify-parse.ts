// Pure parts of `fupin verify` (product-spec §9.5): recognising a returned list's header row, the
// verdict a township wrote, and the period a list was made for. No I/O.
import { normalizeHeader } from '../sources/header-text.js';
import { stripBlanks } from '../model/text.js';

export type Verdict = '属实' | '不属实';

export type ListColumn = 'fingerprint' | 'result' | 'note' | 'measure' | 'deadline' | 'responsible';

const COLUMN_NAMES: Record<ListColumn, readonly string[]> = {
  fingerprint: ['编号', '疑点编号', '编号请勿修改'],
  result: ['核实结果', '核查结果', '核实结论', '核实情况结果', '是否属实'],
  note: ['核实说明', '核实情况', '核查情况', '核实情况说明'],
  measure: ['整改措施', '整改情况'],
  deadline: ['整改时限', '整改期限'],
  responsible: ['责任人'],
};

/** Other headers of our lists: a row with one of these and 编号 or 核实结果 is a list's header row. */
const LIST_HEADERS = ['序号', '乡镇', '村', '户编号', '户主姓名', '户主身份证号', '问题人员姓名', '问题人员身份证号',
  '问题类型', '问题描述', '比对依据', '牵头单位', '状态'];

/**
 * `核实结果（属实/不属实）`, `编号(请勿修改)`, ` 核实 结果 ：` -> `核实结果`, `编号`, `核实结果`:
 * header normalisation plus dropping bracketed remarks that townships add to a header.
 */
export function listHeaderKey(s: string): string {
  const t = normalizeHeader(s).replace(/\([^()]*\)?/g, '').replace(/\[[^[\]]*\]?/g, '');
  return t.replace(/[:：]+$/, '');
}

export interface ListHeader {
  columns: Partial<Record<ListColumn, number>>;
  /** List columns this header lacks that verification cannot do without. */
  missing: ('fingerprint' | 'result')[];
}

/** The columns of a list header row, or null when the row is not one. */
export function matchListHeader(cells: readonly string[]): ListHeader | null {
  const keys = cells.map(listHeaderKey);
  const columns: Partial<Record<ListColumn, number>> = {};
  for (const [col, names] of Object.entries(COLUMN_NAMES) as [ListColumn, readonly string[]][]) {
    const i = keys.findIndex((k) => k !== '' && names.includes(k));
    if (i >= 0) columns[col] = i;
  }
  const others = keys.filter((k) => LIST_HEADERS.includes(k)).length;
  const hasFp = columns.fingerprint !== undefined;
  const hasResult = columns.result !== undefined;
  // Our own lists always carry several of the fixed columns; two is enough to tell a header from data.
  const isHeader = (hasFp && hasResult) || ((hasFp || hasResult) && others >= 2) || (others >= 4 && (columns.note !== undefined || columns.measure !== undefined));
  if (!isHeader) return null;
  const missing: ('fingerprint' | 'result')[] = [];
  if (!hasFp) missing.push('fingerprint');
  if (!hasResult) missing.push('result');
  return { columns, missing };
}

const PUNCT = /^[\s'"“”‘’「」『』《》<>.,;:!?。，、；：！？…·~～\-—_*#√✓✔☑()[\]{}]+|[\s'"“”‘’「」『』《》<>.,;:!?。，、；：！？…·~～\-—_*#()[\]{}]+$/g;

const FALSE_WORDS = ['不属实', '核实不属实', '情况不属实', '经核实不属实', '不实', '否', '不是', '不存在', '误报', '错误'];
const TRUE_WORDS = ['属实', '核实属实', '情况属实', '经核实属实', '是', '确实', '存在'];

/**
 * The verdict in a 核实结果 cell: null when blank, undefined when it cannot be read.
 * Accepts full-width forms, spaces, surrounding punctuation and a check mark ("属实。", " 不属实 ", "√属实"),
 * and a verdict followed by a remark after a separator ("不属实（已外出务工）", "属实，已整改").
 */
export function parseVerdict(raw: string): Verdict | null | undefined {
  const t = stripBlanks(String(raw).normalize('NFKC')).replace(PUNCT, '');
  if (t === '') return String(raw).normalize('NFKC').trim() === '' ? null : undefined;
  if (FALSE_WORDS.includes(t)) return '不属实';
  if (TRUE_WORDS.includes(t)) return '属实';
  // "属实(已整改)", "不属实,已外出": the first word decides when a separator follows it.
  const m = /^(经核实)?(不属实|属实)[(\[,;:，；：、。（【](.*)$/.exec(t);
  if (m) return m[2] === '不属实' ? '不属实' : '属实';
  return undefined;
}

/** `2026-10` from a title such as "示例县 甲镇 整改清单（2026-10）" or "2026年10月"; null when none. */
export function findPeriod(text: string): string | null {
  const m = /(20\d{2})\s*(?:-|年|\.|\/)\s*(0?[1-9]|1[0-2])(?!\d)/.exec(text.normalize('NFKC'));
  if (!m) return null;
  return `${m[1]}-${m[2].padStart(2, '0')}`;
}
