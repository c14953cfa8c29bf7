// A small seeded random generator for fuzz tests (no fast-check dependency): reproducible from the seed,
// which every failing assertion prints.
import type { Cell } from '../../src/model/types.js';

export class Rng {
  private s: number;
  constructor(readonly seed: number) { this.s = seed >>> 0 || 1; }
  /** mulberry32: uniform in [0, 1). */
  next(): number {
    this.s = (this.s + 0x6d2b79f5) >>> 0;
    let t = this.s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(lo: number, hi: number): number { return lo + Math.floor(this.next() * (hi - lo + 1)); } // inclusive
  bool(p = 0.5): boolean { return this.next() < p; }
  pick<T>(xs: readonly T[]): T { return xs[Math.floor(this.next() * xs.length)]; }
  digits(n: number): string { let s = ''; for (let i = 0; i < n; i++) s += String(this.int(0, 9)); return s; }
}

// Pieces real roster cells are made of, plus the nasty ones.
const ODD_CHARS = ['\u200b', '\ufeff', '\u00a0', '\u3000', '\t', '\n', '\r\n', ' ', '（', '）', '(', ')', '【', '】', '*', '：', ':', '·', '•',
  '"', "'", '=', '+', '-', '@', '#', '\\', '/', ',', '，', '；', '𠀀', '㐀', '😀', '\u0000', '\u202e', 'x', 'X', 'ｘ', '１', '０'];
const WORDS = ['姓名', '身份证号', '公民身份号码', '证件号码', '户主', '户主姓名', '户主身份证号', '乡镇', '乡（镇）', '村', '户编号', '与户主关系', '性别',
  '备注', '合计', '序号', '年龄', '联系电话', '低保', '金额', '残疾人证号', 'AAC002', 'AAC003', '民族', '是', '否', '张三', '李四', '制表人',
  '统计时间：2026年10月', 'XX县2026年10月农村低保名单', '学籍状态', '车辆类型', '号牌号码', '参保状态', '鉴定等级', '(必填)', '[18位]'];

export function randomText(r: Rng, maxLen = 12): string {
  const n = r.int(0, maxLen);
  let s = '';
  for (let i = 0; i < n; i++) {
    const k = r.next();
    if (k < 0.35) s += r.pick(WORDS);
    else if (k < 0.6) s += r.pick(ODD_CHARS);
    else if (k < 0.8) s += String.fromCharCode(r.int(0x4e00, 0x9fa5));
    else s += String.fromCharCode(r.int(0x20, 0x7e));
  }
  return s;
}

export function randomCell(r: Rng, extraStrings: readonly string[] = []): Cell {
  const k = r.next();
  if (k < 0.15) return null;
  if (k < 0.2) return '';
  if (k < 0.25) return '   ';
  if (k < 0.5 && extraStrings.length) return r.pick(extraStrings);
  if (k < 0.7) return randomText(r);
  if (k < 0.78) return r.pick([0, -1, 1.5, 1e21, 4.12722e17, 522422198001019000, Number.NaN, Infinity, -Infinity, 45000, 20230105, r.int(-1e6, 1e6)]);
  if (k < 0.82) return r.bool();
  if (k < 0.87) return r.pick([new Date(Date.UTC(2023, 2, 5)), new Date(Number.NaN), new Date(-8.64e15), new Date(Date.UTC(1899, 11, 31))]);
  if (k < 0.92) return { error: r.pick(['#N/A', '#REF!', '#VALUE!', '#DIV/0!', '#NAME?', '#NULL!', '#NUM!']) };
  if (k < 0.94) return 'x'.repeat(r.int(2000, 50_000));
  return r.digits(r.int(1, 25)) + (r.bool(0.2) ? 'X' : '');
}

/** Times `fn` and returns how long it took (ms). */
export function timed<T>(fn: () => T): { value: T; ms: number } {
  const t = performance.now();
  const value = fn();
  return { value, ms: performance.now() - t };
}
