import { describe, expect, it } from 'vitest';
import rule, { vehicleMatcher } from './four-cat-vehicle.js';
import { dataset, makeId, monitorHousehold, rec, runRule } from './test-helpers.js';

describe('FOUR_CAT_VEHICLE', () => {
  const head = makeId('19700101');
  const son = makeId('19950101');
  const hh = () => monitorHousehold('HH1', [{ id: head, name: '张大' }, { id: son, name: '张三' }]);

  function car(type: string, status = '正常', plate = '贵F·12345', id = son) {
    return rec('vehicle', id, { name: '张三', file: '车辆.xlsx', row: 17, f: { plate, vehicleType: type, vehicleStatus: status } });
  }

  it('fires for a K33 car, naming the member, the type, the plate and the row', () => {
    const { findings } = runRule(rule, dataset([...hh(), car('K33')]));
    expect(findings).toHaveLength(1);
    const f = findings[0];
    expect(f).toMatchObject({
      rule: 'FOUR_CAT_VEHICLE', subject: 'household', householdId: 'HH1', headIdNumber: head, headName: '张大',
      members: [son], memberNames: ['张三'], township: '城关镇', village: '新村', leadDept: '公安局',
      basis: '防止返贫致贫监测名单 × 公安交管机动车登记', idNumber: son, name: '张三',
    });
    expect(f.message).toEqual({ id: 'FOUR_CAT_VEHICLE', data: { hits: [{
      member: { name: '张三', idNumber: son }, at: { kind: 'vehicle', file: '车辆.xlsx', row: 17 }, record: { vehicleType: 'K33', plate: '贵F·12345' },
    }] } });
    expect(f.evidence.map((e) => e.kind)).toEqual(['monitor', 'vehicle']);
    expect(f.evidence[1]).toEqual({ kind: 'vehicle', file: '车辆.xlsx', sheet: 'Sheet1', row: 17 });
  });

  it('fires for the Chinese name 小型轿车 and 小型普通客车', () => {
    expect(runRule(rule, dataset([...hh(), car('小型轿车')])).findings).toHaveLength(1);
    expect(runRule(rule, dataset([...hh(), car('小型普通客车')])).findings).toHaveLength(1);
  });

  it('does not count motorcycles, 三轮汽车, tractors, disabled persons\' vehicles or cancelled cars', () => {
    for (const v of [car('摩托车'), car('普通二轮摩托车'), car('M21'), car('三轮汽车'), car('N11'), car('拖拉机'),
      car('残疾人专用车'), car('K33', '注销'), car('K33', '报废'), car('K33', '转出'), car('K33', '被盗抢'),
      car('H31')]) {
      expect(runRule(rule, dataset([...hh(), v])).findings).toEqual([]);
    }
  });

  it('never counts M/N/T even when configured, and accepts names and class prefixes in the configuration', () => {
    const counts = vehicleMatcher(['M21', 'N11', '小型轿车', 'H3']);
    expect(counts('M21')).toBe(false);
    expect(counts('N11')).toBe(false);
    expect(counts('K33')).toBe(true);
    expect(counts('H31')).toBe(true);
    expect(counts('K31')).toBe(false);
    expect(runRule(rule, dataset([...hh(), car('H31')]), { vehicleTypes: ['H31'] }).findings).toHaveLength(1);
  });

  it('reports unknown types and statuses and does not fire on them', () => {
    const { findings, unknowns } = runRule(rule, dataset([
      ...hh(), car('飞行汽车'), car('K33', '神秘状态', '贵F·99999'), car(''),
    ]));
    expect(findings).toEqual([]);
    expect(unknowns.map((u) => [u.field, u.value])).toEqual([
      ['vehicleType', '飞行汽车'], ['vehicleStatus', '神秘状态'], ['vehicleType', '(空)'],
    ]);
  });

  it('lists every car of every member in one household finding', () => {
    const { findings } = runRule(rule, dataset([...hh(), car('K33'), car('K43', '正常', '贵F·22222', head)]));
    expect(findings).toHaveLength(1);
    expect(findings[0].members).toEqual([head, son]);
    expect(findings[0].message).toMatchObject({ id: 'FOUR_CAT_VEHICLE', data: { hits: [
      { member: { idNumber: head }, record: { vehicleType: 'K43', plate: '贵F·22222' } }, { member: { idNumber: son }, record: { vehicleType: 'K33', plate: '贵F·12345' } }] } });
  });

  it('keeps fingerprint and evidence hash when the file and row change', () => {
    const a = runRule(rule, dataset([...hh(), car('K33')])).findings[0];
    const b = runRule(rule, dataset([
      ...monitorHousehold('HH1', [{ id: head, name: '张大' }, { id: son, name: '张三' }], { file: '监测-10月.xlsx' }),
      rec('vehicle', son, { file: '车辆-10月.xlsx', row: 99, f: { plate: '贵F·12345', vehicleType: 'K33', vehicleStatus: 'A' } }),
    ])).findings[0];
    expect(b.fingerprint).toBe(a.fingerprint);
    expect(b.evidenceHash).toBe(a.evidenceHash);
    const c = runRule(rule, dataset([...hh(), car('K33', '正常', '贵F·54321')])).findings[0];
    expect(c.fingerprint).toBe(a.fingerprint);
    expect(c.evidenceHash).not.toBe(a.evidenceHash);
  });
});
