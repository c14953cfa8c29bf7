import { describe, expect, it } from 'vitest';
import rule from './four-cat-property.js';
import { dataset, makeId, monitorHousehold, rec, runRule } from './test-helpers.js';

describe('FOUR_CAT_PROPERTY', () => {
  const head = makeId('19700101');
  const hh = () => monitorHousehold('HH1', [{ id: head, name: '钱大' }]);
  const house = (propertyType: string, usage = '', address = '县城幸福小区3栋201') =>
    rec('property', head, { name: '钱大', f: { propertyType, usage, address } });

  it('fires for 商品房 by 房屋性质 or 用途', () => {
    const { findings } = runRule(rule, dataset([...hh(), house('商品房')]));
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toMatchObject({ id: 'FOUR_CAT_PROPERTY', data: { hits: [{ record: { address: '县城幸福小区3栋201' } }] } });
    expect(runRule(rule, dataset([...hh(), house('', '商品住宅')])).findings).toHaveLength(1);
    expect(runRule(rule, dataset([...hh(), house('市场化商品房', '住宅')])).findings).toHaveLength(1);
  });

  it('does not count relocation, rebuilt or self-built housing', () => {
    for (const h of [house('安置房'), house('易地扶贫搬迁'), house('易地扶贫搬迁安置房'), house('因灾重建'),
      house('拆迁安置'), house('自建房'), house('宅基地'), house('安置房', '商品住宅')]) {
      expect(runRule(rule, dataset([...hh(), h])).findings).toEqual([]);
    }
  });

  it('reports an unknown property type and does not fire', () => {
    const { findings, unknowns } = runRule(rule, dataset([...hh(), house('私有房产', '住宅')]));
    expect(findings).toEqual([]);
    expect(unknowns).toMatchObject([{ kind: 'property', field: 'propertyType', value: '私有房产' }]);
  });
});
