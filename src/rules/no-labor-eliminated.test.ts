import { describe, expect, it } from 'vitest';
import rule from './no-labor-eliminated.js';
import { dataset, idOfAge, monitorHousehold, rec, runRule } from './test-helpers.js';

describe('NO_LABOR_ELIMINATED', () => {
  const old = idOfAge(78);
  const wife = idOfAge(75);
  const hh = (wifeSkill: string, risk = '是') => monitorHousehold('HH1', [
    { id: old, name: '蒋老', f: { laborSkill: '丧失劳动力' } }, { id: wife, name: '沈氏', relation: '配偶', f: { laborSkill: wifeSkill } },
  ], { f: { monitorType: '脱贫不稳定户', riskEliminated: risk } });

  it('fires for an eliminated household with no labour and nobody in dibao or tekun', () => {
    const { findings } = runRule(rule, dataset(hh('无劳动力'), { present: ['dibao', 'tekun'] }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'NO_LABOR_ELIMINATED', category: '风险消除不实', members: [old, wife] });
    expect(findings[0].message).toEqual({ id: 'NO_LABOR_ELIMINATED', data: {
      living: [{ person: { name: '蒋老', idNumber: old }, labor: '丧失劳动力' }, { person: { name: '沈氏', idNumber: wife }, labor: '无劳动力' }],
      checked: ['dibao', 'tekun'], unchecked: [],
    } });
    expect(findings[0].basis).toBe('防止返贫致贫监测名单 × 民政农村低保名单 × 民政特困供养名单');
  });

  it('does not fire when a member has labour, is in dibao or tekun, or risk is not eliminated', () => {
    expect(runRule(rule, dataset(hh('弱劳动力或半劳动力'))).findings).toEqual([]);
    expect(runRule(rule, dataset([...hh('无劳动力'), rec('dibao', wife, {})])).findings).toEqual([]);
    expect(runRule(rule, dataset([...hh('无劳动力'), rec('tekun', old, {})])).findings).toEqual([]);
    expect(runRule(rule, dataset(hh('无劳动力', '否'))).findings).toEqual([]);
    expect(runRule(rule, dataset(hh('无劳动力', ''))).findings).toEqual([]);
  });

  it('runs without the safety-net rosters and says what was not checked', () => {
    const none = runRule(rule, dataset(hh('无劳动力'))).findings;
    expect(none[0].message).toMatchObject({ id: 'NO_LABOR_ELIMINATED', data: { checked: [], unchecked: ['dibao', 'tekun'] } });
    const onlyDibao = runRule(rule, dataset(hh('无劳动力'), { present: ['dibao'] })).findings;
    expect(onlyDibao[0].message).toMatchObject({ id: 'NO_LABOR_ELIMINATED', data: { checked: ['dibao'], unchecked: ['tekun'] } });
  });

  it('ignores deceased members, and does not judge an empty or unknown 劳动技能', () => {
    const d = dataset([...hh('普通劳动力'), rec('deceased', wife, {})]);
    expect(runRule(rule, d).findings[0].members).toEqual([old]);
    expect(runRule(rule, dataset(hh(''))).findings).toEqual([]);
    const { findings, unknowns } = runRule(rule, dataset(hh('半残')));
    expect(findings).toEqual([]);
    expect(unknowns).toMatchObject([{ field: 'laborSkill', value: '半残' }]);
  });
});
