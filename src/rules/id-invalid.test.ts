import { describe, expect, it } from 'vitest';
import rule from './id-invalid.js';
import { dataset, makeId, rejected, runRule } from './test-helpers.js';
import { normalizeName } from '../model/text.js';

describe('ID_INVALID', () => {
  const good = makeId('19800101');
  const bad = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');

  it('turns each rejected row with an ID reason into a row finding', () => {
    const data = dataset([], {
      rejected: [
        rejected('dibao', bad, { reason: 'CHECKSUM', reasonText: '校验位错误', name: '蒋三', township: '城关镇', village: '新村', row: 5, file: '低保.xlsx', sheet: '低保名单' }),
        rejected('vehicle', '4.12722E+17', { reason: 'EXCEL_NUMBER', reasonText: '曾被存为数字', name: '沈四', row: 7 }),
        rejected('monitor', '', { reason: 'EMPTY', reasonText: '身份证号为空', name: '韩五' }),
        rejected('monitor', '', { reason: 'MISSING_NAME', name: '' }),
      ],
    });
    const { findings } = runRule(rule, data);
    expect(findings).toHaveLength(3);
    const f = findings[0];
    expect(f).toMatchObject({
      rule: 'ID_INVALID', subject: 'row', category: '数据质量', idNumber: null, name: '蒋三', township: '城关镇', village: '新村',
      leadDept: '各数据提供部门', evidence: [{ kind: 'dibao', file: '低保.xlsx', sheet: '低保名单', row: 5 }],
    });
    expect(f.message).toEqual({ id: 'ID_INVALID', data: {
      kind: 'dibao', file: '低保.xlsx', sheet: '低保名单', rows: [5], name: '蒋三', raw: bad, reasonText: '校验位错误',
    } });
  });

  it('merges identical rows and keeps the fingerprint when file and row change', () => {
    const one = runRule(rule, dataset([], { rejected: [
      rejected('dibao', bad, { reason: 'CHECKSUM', name: '蒋三', township: '城关镇', row: 5, file: '9月.xlsx' }),
      rejected('dibao', ` ${bad.toLowerCase()}`, { reason: 'CHECKSUM', name: normalizeName('蒋 三'), township: '城关镇', row: 9, file: '9月.xlsx' }),
    ] })).findings;
    expect(one).toHaveLength(1);
    expect(one[0].evidence.map((e) => e.row)).toEqual([5, 9]);
    const two = runRule(rule, dataset([], { rejected: [
      rejected('dibao', bad, { reason: 'CHECKSUM', name: '蒋三', township: '城关镇', row: 44, file: '10月.xlsx' }),
    ] })).findings;
    expect(two[0].fingerprint).toBe(one[0].fingerprint);
    const otherKind = runRule(rule, dataset([], { rejected: [rejected('tekun', bad, { reason: 'CHECKSUM', name: '蒋三', township: '城关镇' })] })).findings;
    expect(otherKind[0].fingerprint).not.toBe(one[0].fingerprint);
  });
});
