// Realistic Chinese personal names (Han names plus a few minority names with a middle dot).
import type { Rng } from './rng.js';

// Common surnames, most frequent first (weights fall off with rank); 安/禄/陇/龙 are common in western Guizhou.
const SURNAMES = [
  '王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何', '高', '林', '罗',
  '郑', '梁', '谢', '宋', '唐', '许', '韩', '冯', '邓', '曹', '彭', '曾', '肖', '田', '董', '袁', '潘', '蒋', '蔡', '余',
  '杜', '叶', '程', '苏', '魏', '吕', '丁', '任', '姚', '卢', '钟', '谭', '陆', '汪', '范', '金', '石', '廖', '贾', '韦',
  '付', '方', '邹', '熊', '秦', '江', '尹', '雷', '侯', '龙', '史', '陶', '黎', '贺', '顾', '毛', '龚', '邵', '万', '严',
  '覃', '武', '戴', '莫', '向', '汤', '安', '禄', '陇', '聂', '敖', '钱', '穆', '岑', '晏', '文',
];
// Cumulative weights (falling off with rank), searched by bisection: this is called for every person.
const SURNAME_CUM: number[] = [];
SURNAMES.forEach((_, i) => SURNAME_CUM.push((SURNAME_CUM[i - 1] ?? 0) + 1 / (i + 8)));

const MALE = [
  '伟', '强', '军', '勇', '杰', '涛', '斌', '超', '明', '刚', '平', '辉', '鹏', '华', '飞', '鑫', '波', '宇', '浩', '凯',
  '健', '俊', '帆', '帅', '旭', '宁', '龙', '林', '洋', '磊', '建', '国', '兴', '忠', '文', '德', '成', '学', '友', '贵',
  '富', '发', '祥', '福', '荣', '昌', '海', '江', '山', '松', '志', '红', '永', '长', '顺', '光', '云', '正', '品', '开',
  '章', '义', '仁', '坤', '元', '思', '锦', '豪', '睿', '泽', '轩', '博', '子', '家', '天', '峰', '诚', '瑞', '登', '祖',
];
const FEMALE = [
  '芳', '娜', '敏', '静', '丽', '艳', '娟', '霞', '燕', '玲', '丹', '萍', '红', '琴', '兰', '梅', '英', '秀', '珍', '凤',
  '莲', '翠', '花', '群', '慧', '婷', '雪', '琳', '颖', '倩', '洁', '欣', '怡', '佳', '雨', '思', '梦', '诗', '涵', '萱',
  '妍', '悦', '月', '春', '桂', '菊', '金', '银', '仙', '巧', '会', '美', '玉', '碧', '芬', '蓉', '晓', '露', '彩', '琼',
];

// Names written with a middle dot, used for whole minority households (Uyghur-style and Yi-style).
const STYLES = {
  维吾尔族: { male: ['买买提', '艾力', '阿不都', '吐尔洪', '依明', '艾尔肯'], female: ['阿依古丽', '热依拉', '古丽米拉', '帕提古丽', '努尔'] },
  彝族: { male: ['木呷', '阿苏', '吉克', '尔古', '沙马', '拉且'], female: ['阿依', '木乃', '曲比', '阿西', '阿果'] },
} as const;
export type MinorityStyle = keyof typeof STYLES;

export function surname(rng: Rng): string {
  const r = rng.next() * SURNAME_CUM[SURNAME_CUM.length - 1];
  let lo = 0, hi = SURNAME_CUM.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (SURNAME_CUM[mid] > r) hi = mid; else lo = mid + 1;
  }
  return SURNAMES[lo];
}

export function givenName(rng: Rng, sex: 1 | 2): string {
  const pool = sex === 1 ? MALE : FEMALE;
  const a = rng.pick(pool);
  if (rng.chance(0.28)) return a;
  let b = rng.pick(pool);
  while (b === a) b = rng.pick(pool);
  return a + b;
}

export function hanName(rng: Rng, sex: 1 | 2, family?: string): string {
  return (family ?? surname(rng)) + givenName(rng, sex);
}

/** A minority name "own·family", e.g. 阿依古丽·买买提. */
export function minorityName(rng: Rng, style: MinorityStyle, sex: 1 | 2, family: string): string {
  const own = rng.pick(sex === 1 ? STYLES[style].male : STYLES[style].female);
  return `${own}·${family}`;
}

export function minorityFamily(rng: Rng, style: MinorityStyle): string {
  return rng.pick(STYLES[style].male);
}

/** A name that differs from `name` by one character (for planted ID/name conflicts). */
export function typoName(rng: Rng, name: string, sex: 1 | 2): string {
  const pool = sex === 1 ? MALE : FEMALE;
  const i = name.length - 1;
  let c = rng.pick(pool);
  while (c === name[i]) c = rng.pick(pool);
  return name.slice(0, i) + c;
}
