import { describe, expect, it } from 'vitest';
import rule from './id-name-conflict.js';
import { dataset, makeId, monitorHousehold, rec, runRule } from './test-helpers.js';
import { normalizeName } from '../model/text.js';

describe('ID_NAME_CONFLICT', () => {
  const id = makeId('19800101');

  it('fires when one ID has two different names across sources', () => {
    const data = dataset([
      ...monitorHousehold('HH1', [{ id, name: '杨一' }]),
      rec('dibao', id, { name: '杨壹', file: '低保.xlsx', row: 6 }),
      rec('vehicle', id, { name: normalizeName('杨 一') }), // names are stored normalised at import
    ]);
    const { findings } = runRule(rule, data);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ subject: 'person', idNumber: id, name: '杨一', householdId: 'HH1', members: [id] });
    expect(findings[0].message).toMatchObject({ id: 'ID_NAME_CONFLICT', data: { idNumber: id, names: [
      { name: '杨一', count: 2 }, { name: '杨壹', at: [{ kind: 'dibao', file: '低保.xlsx', row: 6 }], count: 1 }] } });
    expect(findings[0].evidence).toHaveLength(3);
  });

  it('ignores empty names, spaces and middle-dot variants (as stored after import)', () => {
    const data = dataset([
      rec('monitor', id, { name: normalizeName('阿依·买买提') }),
      rec('dibao', id, { name: normalizeName('阿依•买买提') }),
      rec('vehicle', id, { name: '' }),
      rec('medical', id, { name: normalizeName(' 阿依・买买提 ') }),
      rec('student', id, { name: normalizeName('阿依.买买提') }),
    ]);
    expect(runRule(rule, data).findings).toEqual([]);
  });
});
