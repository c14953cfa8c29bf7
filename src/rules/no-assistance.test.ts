import { describe, expect, it } from 'vitest';
import rule from './no-assistance.js';
import { dataset, idOfAge, monitorHousehold, rec, runRule } from './test-helpers.js';

describe('NO_ASSISTANCE', () => {
  const head = idOfAge(45);
  const old = idOfAge(80);
  // REF_DATE is 2025-06-30.
  const hh = (f: Record<string, string>, headSkill = '普通劳动力', id = 'HH1') => monitorHousehold(id, [
    { id: head, name: '韩大', f: { laborSkill: headSkill } }, { id: old, name: '韩老', relation: '之父', f: { laborSkill: '丧失劳动力' } },
  ], { f: { householdType: '一般户', monitorType: '边缘易致贫户', riskEliminated: '否', identifiedAt: '2025-03-01', industryAid: '', ...f } });
  // Another household whose aid columns are filled: the columns exist in the export.
  const other = () => monitorHousehold('HH9', [{ id: idOfAge(30), name: '其他' }], { f: { industryAid: '种植', monitorType: '边缘易致贫户' } });

  it('fires for 尚未实施', () => {
    const { findings } = runRule(rule, dataset(hh({ assistanceStatus: '尚未实施' })));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'NO_ASSISTANCE', category: '帮扶落实', members: [head] });
    expect(findings[0].message).toMatchObject({ id: 'NO_ASSISTANCE', data: {
      identified: { year: 2025, month: 3 }, months: 3, labor: [{ person: { name: '韩大', idNumber: head }, labor: '普通劳动力' }],
      status: { value: '尚未实施' },
    } });
    expect((findings[0].message!.data as { labor: unknown[] }).labor).toHaveLength(1);
  });

  it('fires when all aid columns are empty or 否, if the export has those columns', () => {
    const f = runRule(rule, dataset([...hh({ financeAid: '否' }), ...other()])).findings;
    expect(f).toHaveLength(1);
    expect(f[0].message).toMatchObject({ id: 'NO_ASSISTANCE', data: { status: null, noAid: true } });
    expect(runRule(rule, dataset([...hh({}), ...other()])).findings).toHaveLength(1);
    // No aid column filled anywhere: cannot judge.
    expect(runRule(rule, dataset(hh({ assistanceStatus: '已实施' }))).findings).toEqual([]);
    expect(runRule(rule, dataset(hh({}))).findings).toEqual([]);
  });

  it('does not fire with a measure, without labour, when eliminated, or for a 脱贫户 not monitored', () => {
    expect(runRule(rule, dataset([...hh({ employmentAid: '公益性岗位' }), ...other()])).findings).toEqual([]);
    expect(runRule(rule, dataset([...hh({ assistanceStatus: '尚未实施' }, '无劳动力'), ...other()])).findings).toEqual([]);
    expect(runRule(rule, dataset(hh({ assistanceStatus: '尚未实施', riskEliminated: '是' }))).findings).toEqual([]);
    expect(runRule(rule, dataset(hh({ assistanceStatus: '尚未实施', householdType: '脱贫户', monitorType: '', riskEliminated: '' }))).findings).toEqual([]);
    // Risk marked 否 without a category still means under monitoring.
    expect(runRule(rule, dataset(hh({ assistanceStatus: '尚未实施', monitorType: '' }))).findings).toHaveLength(1);
  });

  it('counts assistanceGraceMonths in whole months before referenceDate', () => {
    const at = (identifiedAt: string, over = {}) => runRule(rule, dataset(hh({ assistanceStatus: '尚未实施', identifiedAt })), over).findings;
    expect(at('2025-05-31')).toHaveLength(1);
    expect(at('2025-06-01')).toEqual([]);
    expect(at('2025-01-01', { assistanceGraceMonths: 6 })).toEqual([]);
    expect(at('2024-12-01', { assistanceGraceMonths: 6 })).toHaveLength(1);
    expect(at('202412', { assistanceGraceMonths: 6 })).toHaveLength(1);
  });

  it('ignores deceased labour and reports unknown values', () => {
    expect(runRule(rule, dataset([...hh({ assistanceStatus: '尚未实施' }), rec('deceased', head, {})])).findings).toEqual([]);
    const { findings, unknowns } = runRule(rule, dataset(hh({ assistanceStatus: '研究中', identifiedAt: '不详' })));
    expect(findings).toEqual([]);
    expect(unknowns).toMatchObject([{ field: 'identifiedAt', value: '不详' }]);
    const u2 = runRule(rule, dataset(hh({ assistanceStatus: '研究中' }))).unknowns;
    expect(u2).toMatchObject([{ field: 'assistanceStatus', value: '研究中' }]);
  });
});
