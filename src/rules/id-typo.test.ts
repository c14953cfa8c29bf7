import { describe, expect, it } from 'vitest';
import { findIdTypos, oneEditApart } from './id-typo.js';
import { dataset, makeId, rec, rejected } from './test-helpers.js';

describe('oneEditApart', () => {
  it('accepts one substitution or one adjacent transposition', () => {
    expect(oneEditApart('123456', '123457')).toBe(true);
    expect(oneEditApart('123456', '123465')).toBe(true);
    expect(oneEditApart('123456', '123456')).toBe(false);
    expect(oneEditApart('123456', '124457')).toBe(false);
    expect(oneEditApart('123456', '153426')).toBe(false);
  });
});

describe('findIdTypos', () => {
  const good = makeId('19800101', { seq: 123 });
  // Swap the two sequence digits 16 and 17 (same birth date): an adjacent transposition.
  const swapped = good.slice(0, 15) + good[16] + good[15] + good[17];
  const typo = good[15] !== good[16] ? swapped : good.slice(0, 14) + String((Number(good[14]) + 1) % 10) + good.slice(15);

  it('suggests the valid ID of the same person in the same village', () => {
    const data = dataset([rec('monitor', good, { name: '朱六', township: '城关镇', village: '新村', row: 12 })], {
      rejected: [rejected('dibao', typo, { reason: 'CHECKSUM', name: '朱六', township: '城关镇', village: '新村', row: 4 })],
    });
    expect(findIdTypos(data)).toEqual([{
      kind: 'dibao', file: 'dibao.xlsx', sheet: 'Sheet1', row: 4, name: '朱六', township: '城关镇', village: '新村',
      badIdNumber: typo, suggestedIdNumber: good, matchedKind: 'monitor', matchedFile: 'monitor.xlsx', matchedRow: 12,
    }]);
  });

  it('matches by household through the raw 户主身份证号 column', () => {
    const data = dataset([rec('monitor', good, { name: '朱六', headIdNumber: good })], {
      rejected: [rejected('dibao', typo, { reason: 'CHECKSUM', name: '朱六', raw: { 姓名: '朱六', 身份证号: typo, 户主身份证号: good } })],
    });
    expect(findIdTypos(data)).toHaveLength(1);
  });

  it('makes no suggestion for another name, another village, two edits or other reasons', () => {
    const rec1 = rec('monitor', good, { name: '朱六', township: '城关镇', village: '新村' });
    const two = good.slice(0, 14) + '99' + good.slice(16);
    for (const r of [
      rejected('dibao', typo, { reason: 'CHECKSUM', name: '朱七', village: '新村', township: '城关镇' }),
      rejected('dibao', typo, { reason: 'CHECKSUM', name: '朱六', village: '老村', township: '城关镇' }),
      rejected('dibao', two, { reason: 'CHECKSUM', name: '朱六', village: '新村', township: '城关镇' }),
      rejected('dibao', typo, { reason: 'LENGTH', name: '朱六', village: '新村', township: '城关镇' }),
    ]) {
      expect(findIdTypos(dataset([rec1], { rejected: [r] }))).toEqual([]);
    }
  });
});
