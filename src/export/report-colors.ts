// Colours of the HTML report: one fixed colour per rule category (the same in every chart and every
// month's report), and the status colours. Muted tones that stay distinct in print. Pure.

/** Known categories in display order (the order of the rule catalogue's themes). */
const KNOWN: readonly [string, string][] = [
  ['漏评', '#c8553d'],
  ['四类人员', '#3f6fa8'],
  ['错退 / 风险消除不实', '#7d5ba6'],
  ['风险消除不实', '#a68bc7'],
  ['帮扶落实', '#d17fa0'],
  ['义务教育保障', '#3a9eb0'],
  ['基本医疗保障', '#2f8f6f'],
  ['住房安全保障', '#c99a2e'],
  ['饮水安全', '#7aa24a'],
  ['零就业家庭', '#a9744f'],
  ['死亡未清退', '#4d5562'],
  ['数据质量', '#9aa3ae'],
];

// Further colours for categories the catalogue does not know yet (picked by a hash of the name, so a
// category keeps its colour from month to month).
const EXTRA = ['#5e8c8a', '#b0605e', '#6d7fb3', '#8f8a3c', '#b07aa1', '#4f7f4f', '#9c6b3f', '#6a5d8f'];

const KNOWN_MAP = new Map(KNOWN);
const collator = new Intl.Collator('zh-CN');

function hash(s: string): number {
  let h = 2166136261;
  for (const ch of s) {
    h ^= ch.codePointAt(0) ?? 0;
    h = Math.imul(h, 16777619) >>> 0;
  }
  return h;
}

/** The colour of a rule category. */
export function categoryColor(category: string): string {
  return KNOWN_MAP.get(category) ?? EXTRA[hash(category) % EXTRA.length];
}

/** Sort categories: known ones in catalogue order, then the others by Chinese collation. */
export function compareCategories(a: string, b: string): number {
  const ia = KNOWN.findIndex(([k]) => k === a);
  const ib = KNOWN.findIndex(([k]) => k === b);
  if (ia >= 0 && ib >= 0) return ia - ib;
  if (ia >= 0) return -1;
  if (ib >= 0) return 1;
  return collator.compare(a, b);
}

/** Status colours (kept apart from the category hues). */
export const STATUS_COLORS = {
  open: '#1f3a5f',      // 在册疑点 (line)
  new: '#e07a2f',       // 新增
  persisting: '#6b7c99', // 持续
  resolved: '#3c9a5f',  // 已销号
  falsePositive: '#a3a9b3', // 核实不属实
  alert: '#c0392b',     // over a threshold
} as const;
