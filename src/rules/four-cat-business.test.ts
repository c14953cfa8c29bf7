import { describe, expect, it } from 'vitest';
import rule from './four-cat-business.js';
import { dataset, makeId, monitorHousehold, rec, runRule } from './test-helpers.js';

describe('FOUR_CAT_BUSINESS', () => {
  const head = makeId('19700101');
  const hh = () => monitorHousehold('HH1', [{ id: head, name: '赵大' }]);
  const biz = (status: string, role?: string, name = '赵大便利店') =>
    rec('business', head, { name: '赵大', f: { entityName: name, entityStatus: status, ...(role === undefined ? {} : { role }) } });

  it('fires for an active entity of which the member is the operator', () => {
    const { findings } = runRule(rule, dataset([...hh(), biz('存续（在营、开业、在册）', '经营者')]));
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toMatchObject({ id: 'FOUR_CAT_BUSINESS', data: { hits: [
      { record: { entity: '赵大便利店', role: '经营者', status: '存续（在营、开业、在册）' } }] } });
    expect(findings[0].leadDept).toBe('市场监管局');
  });

  it('treats the person listed as the operator when the roster has no role column', () => {
    expect(runRule(rule, dataset([...hh(), biz('在业')])).findings).toHaveLength(1);
    expect(runRule(rule, dataset([...hh(), biz('开业', '')])).findings).toHaveLength(1);
    expect(runRule(rule, dataset([...hh(), biz('存续', '法定代表人')])).findings).toHaveLength(1);
  });

  it('does not fire for cancelled or revoked entities or for shareholders', () => {
    for (const b of [biz('注销', '经营者'), biz('吊销，未注销', '经营者'), biz('吊销', '法定代表人'), biz('迁出'),
      biz('停业'), biz('清算'), biz('存续', '股东'), biz('存续', '监事'), biz('存续', '财务负责人')]) {
      expect(runRule(rule, dataset([...hh(), b])).findings).toEqual([]);
    }
  });

  it('reports unknown statuses and roles', () => {
    const { findings, unknowns } = runRule(rule, dataset([...hh(), biz('待核', '经营者'), biz('存续', '顾问', '另一店'), biz('', '经营者', '第三店')]));
    expect(findings).toEqual([]);
    expect(unknowns.map((u) => [u.field, u.value])).toEqual([['entityStatus', '待核'], ['role', '顾问'], ['entityStatus', '(空)']]);
  });
});
