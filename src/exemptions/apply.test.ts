import { describe, expect, it } from 'vitest';
import type { ExportFinding } from '../model/report.js';
import { applyExemptions } from './apply.js';
import type { Exemption } from './types.js';
import { RULES } from '../rules/index.js';

const A = '520102197001011230';
const B = '520102198001011235';

function finding(over: Partial<ExportFinding>): ExportFinding {
  return {
    rule: 'FOUR_CAT_VEHICLE', category: '四类人员', subject: 'household', householdId: 'HH1', headIdNumber: A, headName: '甲',
    idNumber: B, name: '乙', township: '城关镇', village: '新村', members: [B], memberNames: ['乙'], description: '有车',
    basis: 'x', leadDept: '公安局', evidence: [], fingerprint: 'fp1', evidenceHash: 'h', national: [], status: 'new', ...over,
  };
}

function ex(over: Partial<Exemption>): Exemption {
  return { file: '豁免.xlsx', sheet: 'Sheet1', row: 2, subject: { by: 'idNumber', value: B }, ruleText: 'FOUR_CAT_VEHICLE', reason: '残疾人代步', docNo: '某振发〔2026〕1号', validUntil: null, ...over };
}

const REF = '2026-10-31';

describe('applyExemptions', () => {
  it('takes a finding off the lists by member ID and rule code, keeping the exemption', () => {
    const r = applyExemptions([finding({})], [ex({})], RULES, REF);
    expect(r.listed).toEqual([]);
    expect(r.exempted).toHaveLength(1);
    expect(r.exempted[0]).toMatchObject({ status: 'exempted', exemption: { reason: '残疾人代步', docNo: '某振发〔2026〕1号', validUntil: null } });
    expect(r.warnings).toEqual([]);
  });

  it('matches by head ID, household number, national number and Chinese title; not another rule or person', () => {
    const f = finding({ rule: 'QUICK_EXIT', national: ['2_11_002'], fingerprint: 'fp2' });
    expect(applyExemptions([f], [ex({ subject: { by: 'headIdNumber', value: A }, ruleText: '2_11_002' })], RULES, REF).exempted).toHaveLength(1);
    expect(applyExemptions([f], [ex({ subject: { by: 'householdId', value: 'HH1' }, ruleText: 'quick_exit' })], RULES, REF).exempted).toHaveLength(1);
    expect(applyExemptions([f], [ex({ ruleText: '疑似快进快出（监测不足规定期限即消除风险）' })], RULES, REF).exempted).toHaveLength(1);
    const other = applyExemptions([f], [ex({ ruleText: 'WRONG_EXIT' })], RULES, REF);
    expect(other.exempted).toEqual([]);
    expect(other.warnings[0]).toContain('第 2 行的豁免没有对应本期任何疑点');
    expect(applyExemptions([f], [ex({ subject: { by: 'idNumber', value: '520102199001011232' }, ruleText: 'QUICK_EXIT' })], RULES, REF).exempted).toEqual([]);
  });

  it('an exemption valid through the reference date applies; one that ended the day before returns the finding, noted', () => {
    expect(applyExemptions([finding({})], [ex({ validUntil: REF })], RULES, REF).exempted).toHaveLength(1);
    const r = applyExemptions([finding({})], [ex({ validUntil: '2026-10-30' })], RULES, REF);
    expect(r.exempted).toEqual([]);
    expect(r.listed[0].description).toBe('有车（原豁免已于2026-10-30到期，批准文号某振发〔2026〕1号，本期恢复列出）');
    expect(r.warnings[0]).toContain('已于 2026-10-30 到期');
  });

  it('an unknown rule is a warning naming file, sheet and row, never an ID', () => {
    const r = applyExemptions([finding({})], [ex({ ruleText: 'NO_SUCH_RULE', row: 7 })], RULES, REF);
    expect(r.exempted).toEqual([]);
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toContain('豁免.xlsx 工作表「Sheet1」第 7 行的规则“NO_SUCH_RULE”');
    expect(r.warnings.join('')).not.toContain(B);
  });
});
