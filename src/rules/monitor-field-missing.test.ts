import { describe, expect, it } from 'vitest';
import rule from './monitor-field-missing.js';
import { dataset, idOfAge, monitorHousehold, runRule } from './test-helpers.js';

describe('MONITOR_FIELD_MISSING', () => {
  const a = idOfAge(50);
  const w = idOfAge(60);
  const witness = () => monitorHousehold('HH9', [{ id: w, name: '他人' }], { f: { monitorContact: '罗主任', monitorContactPhone: '13800000000', waterSafe: '是' } });
  const run = (f: Record<string, string>) =>
    runRule(rule, dataset([...monitorHousehold('HH1', [{ id: a, name: '冯大' }], { f }), ...witness()])).findings.filter((x) => x.householdId === 'HH1');

  it('an eliminated household without a contact or phone is 1_11_011', () => {
    const f = run({ riskEliminated: '是', monitorContact: '罗主任', waterSafe: '是' });
    expect(f).toHaveLength(1);
    expect(f[0].national).toEqual(['1_11_011']);
    expect(f[0].message).toMatchObject({ id: 'MONITOR_FIELD_MISSING', data: { contacts: ['monitorContactPhone'], water: false } });
    expect(run({ riskEliminated: '是', waterSafe: '是' })[0].message).toMatchObject({ data: { contacts: ['monitorContact', 'monitorContactPhone'], water: false } });
    expect(run({ riskEliminated: '是', monitorContact: '罗主任', monitorContactPhone: '138', waterSafe: '是' })).toEqual([]);
    expect(run({ riskEliminated: '否', waterSafe: '是' })).toEqual([]);
  });

  it('an empty 是否解决安全饮用水 is 3_02_002; 否 is not this rule', () => {
    expect(run({})[0].national).toEqual(['3_02_002']);
    expect(run({ waterSafe: '否' })).toEqual([]);
  });

  it('a column nobody fills is not checked', () => {
    const data = dataset(monitorHousehold('HH1', [{ id: a, name: '冯大' }], { f: { riskEliminated: '是' } }));
    expect(runRule(rule, data).findings).toEqual([]);
  });
});
