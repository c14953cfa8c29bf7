import { describe, expect, it } from 'vitest';
import { mapRow, type SheetMapping } from './row-mapper.js';
import { kindDef } from '../model/kinds/index.js';
import { cellErrorsOf } from '../model/cell-errors.js';
import { makeId } from '../rules/test-helpers.js';

const ID = makeId('19800101');
// 姓名 | 身份证号 | 乡镇 | 鉴定等级 | 改造状态
const mapping: SheetMapping = {
  kind: kindDef('housing'), file: 'h.xlsx', sheet: 'S', referenceDate: '2026-10-31',
  fields: { name: 0, idNumber: 1, township: 2, grade: 3, renovation: 4 },
  headers: ['姓名', '身份证号', '乡镇', '鉴定等级', '改造状态'],
};

describe('mapRow', () => {
  it('maps a clean row', () => {
    const r = mapRow(mapping, 5, ['张三', ID, '甲镇', 'C级', '未改造']);
    expect(r).toEqual({ type: 'record', record: expect.objectContaining({ row: 5, idNumber: ID, name: '张三', township: '甲镇', f: { grade: 'C级', renovation: '未改造' } }) });
  });

  it('keeps formula errors outside the ID column on the record, which is still used', () => {
    const r = mapRow(mapping, 6, [{ error: '#REF!' }, ID, { error: '#DIV/0!' }, 'D级', null]);
    expect(r.type).toBe('record');
    if (r.type !== 'record') return;
    expect(r.record.name).toBe('');
    expect(r.record.township).toBeNull();
    expect(cellErrorsOf(r.record.f)).toEqual([['name', '#REF!'], ['township', '#DIV/0!']]);
    expect(r.record.f.grade).toBe('D级');
  });

  it('a row without formula errors carries no error key', () => {
    const r = mapRow(mapping, 7, ['李四', ID, null, null, null]);
    expect(r.type === 'record' && cellErrorsOf(r.record.f)).toEqual([]);
  });

  it('stores the name in its one normal form (spaces, invisibles, full-width, middle-dot variants)', () => {
    for (const typed of ['阿依•买买提', ' 阿依 ・买买提\u200B', '阿依.买买提', '阿依．买买提']) {
      const r = mapRow(mapping, 9, [typed, ID]);
      expect(r.type === 'record' && r.record.name).toBe('阿依·买买提');
      const bad = mapRow(mapping, 9, [typed, ID.slice(0, 17) + (ID[17] === '0' ? '1' : '0')]);
      expect(bad.type === 'rejected' && bad.rejected.name).toBe('阿依·买买提');
    }
  });

  it('a formula error in the ID column rejects the row', () => {
    const r = mapRow(mapping, 8, ['王五', { error: '#N/A' }, '甲镇']);
    expect(r).toMatchObject({ type: 'rejected', rejected: { reason: 'FORMULA_ERROR', column: '身份证号' } });
  });
});
