// Each finding carries the national numbers that it (not just its rule) answers (product-spec §9.3).
import { describe, expect, it } from 'vitest';
import ageRule from './age-field-mismatch.js';
import wrongExit from './wrong-exit.js';
import waterUnsafe from './water-unsafe.js';
import medUninsured from './med-uninsured.js';
import idInvalid from './id-invalid.js';
import { runRules } from './engine.js';
import { RULES } from './index.js';
import { birthdayAtAge, dataset, idOfAge, makeId, monitorHousehold, params, rejected, runRule } from './test-helpers.js';

describe('national numbers per finding', () => {
  const head = makeId('19700101');

  it('WRONG_EXIT names 1_02_006 for an exited low-income household, 1_02_009 for water, not 1_02_006 for an eliminated 一般户', () => {
    const hh = (f: Record<string, string>) => dataset(monitorHousehold('HH1', [{ id: head, name: '陈大' }], { f }));
    expect(runRule(wrongExit, hh({ householdType: '脱贫户', perCapitaIncome: '5000' })).findings[0].national).toEqual(['1_02_006']);
    expect(runRule(wrongExit, hh({ householdType: '脱贫户', perCapitaIncome: '9000', waterSafe: '否' })).findings[0].national).toEqual(['1_02_009']);
    expect(runRule(wrongExit, hh({ householdType: '一般户', monitorType: '边缘易致贫户', riskEliminated: '是', perCapitaIncome: '5000' }))
      .findings[0].national).toEqual([]);
  });

  it('WATER_UNSAFE names 1_02_009 only for an eliminated or exited household', () => {
    const hh = (f: Record<string, string>) => dataset(monitorHousehold('HH1', [{ id: head, name: '陈大' }], { f: { waterSafe: '否', ...f } }));
    expect(runRule(waterUnsafe, hh({ householdType: '一般户', monitorType: '边缘易致贫户', riskEliminated: '是' })).findings[0].national).toEqual(['1_02_009']);
    expect(runRule(waterUnsafe, hh({ householdType: '一般户', monitorType: '边缘易致贫户', riskEliminated: '否' })).findings[0].national).toEqual([]);
  });

  it('MED_UNINSURED names 2_01_016 for 脱贫人口 only', () => {
    const hh = (type: string) => dataset(monitorHousehold('HH1', [{ id: head, name: '陈大' }], { f: { householdType: type } }), { present: ['medical'] });
    expect(runRule(medUninsured, hh('脱贫户')).findings[0].national).toEqual(['2_01_016']);
    expect(runRule(medUninsured, hh('一般户')).findings[0].national).toEqual([]);
  });

  it('AGE_FIELD_MISMATCH names the national numbers whose own bands are broken too', () => {
    const one = (id: string, f: Record<string, string>) =>
      runRule(ageRule, dataset(monitorHousehold('HH1', [{ id: head, name: '王大' }, { id, name: '王某', f }]))).findings.filter((x) => x.idNumber === id);
    expect(one(idOfAge(6), { studentStatus: '本科一年级' })[0].national).toEqual(['5_12_017', '5_17_005']);
    expect(one(idOfAge(19), { studentStatus: '硕士研究生及以上' })[0].national).toEqual(['5_12_018', '5_17_006']);
    expect(one(idOfAge(8), { studentStatus: '学龄前儿童', health: '健康' })[0].national).toEqual(['5_12_013', '5_17_001']);
    expect(one(idOfAge(8), { studentStatus: '学龄前儿童', health: '残疾' })[0].national).toEqual([]);
    expect(one(idOfAge(40), { studentStatus: '七年级' })[0].national).toEqual(['5_17_003']);
    // Healthy non-student without labour: 16 (incl.) to 60 (excl.) nationally; laborAge includes 60.
    expect(one(idOfAge(59), { health: '健康', laborSkill: '无劳动力' })[0].national).toEqual(['5_12_008']);
    expect(one(makeId(birthdayAtAge(60)), { health: '健康', laborSkill: '无劳动力' })[0].national).toEqual([]);
  });

  it('ID_INVALID names 4_01_003 for rows of the national export only; the engine fills the rest from the rule', () => {
    const data = dataset([], { rejected: [rejected('monitor', '99999919900101123X', { reason: 'PROVINCE', row: 5 }), rejected('dibao', '123', { reason: 'LENGTH', row: 3 })] });
    const found = runRule(idInvalid, data).findings;
    expect(found.find((f) => f.evidence[0].kind === 'monitor')!.national).toEqual(['4_01_003']);
    expect(found.find((f) => f.evidence[0].kind === 'dibao')!.national).toEqual([]);
    const all = runRules(dataset(monitorHousehold('HH1', [{ id: head, name: '陈大' }], { f: { householdType: '脱贫户', perCapitaIncome: '5000' } })), params(), RULES);
    for (const f of all.findings) expect(Array.isArray(f.national)).toBe(true);
  });
});
