import { describe, expect, it } from 'vitest';
import rule from './land-area-implausible.js';
import { dataset, idOfAge, monitorHousehold, runRule } from './test-helpers.js';

describe('LAND_AREA_IMPLAUSIBLE', () => {
  const a = idOfAge(50);
  const w = idOfAge(60);
  const full = { farmland: '3', forestLand: '10', grainToGreen: '0', orchard: '1', pasture: '0', waterSurface: '0', roadDistance: '1.5' };
  const run = (f: Record<string, string>, over = {}) =>
    runRule(rule, dataset([
      ...monitorHousehold('HH1', [{ id: a, name: '卫大' }], { f }),
      ...monitorHousehold('HH9', [{ id: w, name: '他人' }], { f: { householdType: '一般户', monitorType: '边缘易致贫户', ...full } }),
    ]), over).findings.filter((x) => x.householdId === 'HH1');

  it('a 脱贫户 with 耕地 above 100 亩 is 5_14_001; a monitored one is 5_14_008; both when both', () => {
    expect(run({ householdType: '脱贫户', ...full, farmland: '100.5' })[0].national).toEqual(['5_14_001']);
    expect(run({ householdType: '一般户', monitorType: '边缘易致贫户', ...full, farmland: '150' })[0].national).toEqual(['5_14_008']);
    const both = run({ householdType: '脱贫户', monitorType: '脱贫不稳定户', ...full, forestLand: '-1' });
    expect(both[0].national).toEqual(['5_14_002', '5_14_009']);
    expect(both[0].message).toMatchObject({ id: 'LAND_AREA_IMPLAUSIBLE', data: { exited: true, monitored: true, clauses: [{ type: 'area', field: 'forestLand', value: '-1', max: 200 }] } });
  });

  it('limits are inclusive and configurable; road distance above 5 km is 5_14_007 / 5_14_014', () => {
    expect(run({ householdType: '脱贫户', ...full, farmland: '100', forestLand: '200' })).toEqual([]);
    expect(run({ householdType: '脱贫户', ...full, farmland: '80' }, { landAreaMax: { farmland: 50, forestLand: 200, grainToGreen: 200, orchard: 200, pasture: 100, waterSurface: 100 } })).toHaveLength(1);
    expect(run({ householdType: '脱贫户', ...full, roadDistance: '5' })).toEqual([]);
    expect(run({ householdType: '脱贫户', ...full, roadDistance: '5.1' })[0].national).toEqual(['5_14_007']);
    expect(run({ householdType: '一般户', monitorType: '突发严重困难户', ...full, roadDistance: '12' })[0].national).toEqual(['5_14_014']);
  });

  it('an empty area of a monitored household is 5_14_015…020 (only when the column exists); a 脱贫户 or 一般户 is not checked for it', () => {
    const { waterSurface: _w, ...noWater } = full;
    expect(run({ householdType: '一般户', monitorType: '边缘易致贫户', ...noWater })[0].national).toEqual(['5_14_020']);
    expect(run({ householdType: '脱贫户', ...noWater })).toEqual([]);
    expect(run({ householdType: '一般户', farmland: '500' })).toEqual([]);
  });
});
