import { describe, expect, it } from 'vitest';
import rule from './housing-unsafe.js';
import { dataset, makeId, monitorHousehold, rec, runRule } from './test-helpers.js';

describe('HOUSING_UNSAFE', () => {
  const head = makeId('19700101');
  const hh = () => monitorHousehold('HH1', [{ id: head, name: '冯大' }]);
  const house = (grade: string, renovation: string) => rec('housing', head, { file: '危房.xlsx', row: 5, f: { grade, renovation } });

  it('fires for D unrenovated and C under construction', () => {
    const d = runRule(rule, dataset([...hh(), house('D', '未改造')])).findings;
    expect(d).toHaveLength(1);
    expect(d[0].message).toEqual({ id: 'HOUSING_UNSAFE', data: { hits: [{
      type: 'housing', member: { name: '冯大', idNumber: head }, houses: [{ grade: 'D', renovation: '未改造', at: { kind: 'housing', file: '危房.xlsx', row: 5 } }],
    }] } });
    expect(d[0]).toMatchObject({ members: [head], leadDept: '住建局', category: '住房安全保障' });
    expect(runRule(rule, dataset([...hh(), house('C级', '在建')])).findings).toHaveLength(1);
    expect(runRule(rule, dataset([...hh(), house('局部危房', '')])).findings).toHaveLength(1);
  });

  it('does not fire for C/D renovated or A/B houses', () => {
    for (const h of [house('C', '已竣工'), house('C', '已完成'), house('D', '已验收'), house('A', '未改造'), house('B级', '')]) {
      expect(runRule(rule, dataset([...hh(), h])).findings).toEqual([]);
    }
  });

  it('reports unknown grades and renovation states', () => {
    const { findings, unknowns } = runRule(rule, dataset([...hh(), house('E', '未改造'), house('D', '研究中')]));
    expect(findings).toEqual([]);
    expect(unknowns.map((u) => [u.field, u.value])).toEqual([['grade', 'E'], ['renovation', '研究中']]);
  });
});
