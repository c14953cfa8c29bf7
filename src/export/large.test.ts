// 100,000 findings through every writer: must stream, finish in reasonable time and memory.
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ExportFinding, RunReport } from '../model/report.js';
import { DEFAULT_RULE_PARAMS } from '../model/types.js';
import { writeRectificationWorkbook } from './write-rectification.js';
import { writeFindingsCsv, writeFindingsJson } from './write-findings.js';

const N = 100_000;

function countLines(buf: Buffer): number {
  let n = 0;
  for (let i = buf.indexOf(10); i !== -1; i = buf.indexOf(10, i + 1)) n++;
  return n;
}
const dir = mkdtempSync(join(tmpdir(), 'fupin-export-large-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function many(): ExportFinding[] {
  const rules = [['FOUR_CAT_VEHICLE', '四类人员'], ['EDU_DROPOUT', '义务教育保障'], ['MISSED', '漏评']];
  return Array.from({ length: N }, (_, i) => {
    const [rule, category] = rules[i % 3];
    const id = `5226231990${String(i).padStart(7, '0')}X`;
    return {
      rule, category, subject: 'household', householdId: `H${i}`, headIdNumber: id, headName: `户主${i}`,
      idNumber: id, name: `成员${i}`, township: `镇${i % 17}`, village: `村${i % 211}`, members: [id], memberNames: [`成员${i}`],
      description: `成员成员${i}(身份证号${id})名下有小型轿车 贵F·${i}(公安交管机动车登记, 车辆.xlsx 第${i + 2}行)`,
      basis: '监测对象 × 机动车登记', leadDept: '公安局', evidence: [{ kind: 'vehicle', file: '车辆.xlsx', sheet: '车辆', row: i + 2 }],
      fingerprint: `fp${i}`, evidenceHash: `eh${i}`, status: i % 2 ? 'new' : 'persisting',
    } satisfies ExportFinding;
  });
}

const report: RunReport = {
  county: '示例县', period: '2024-05', referenceDate: '2024-05-31', toolVersion: '0.1.0', generatedAt: '2024-06-01T00:00:00Z',
  params: { referenceDate: '2024-05-31', ...DEFAULT_RULE_PARAMS }, sources: [], rules: [],
  rulesRun: ['FOUR_CAT_VEHICLE', 'EDU_DROPOUT', 'MISSED'], rulesSkipped: [], warnings: [], counts: {},
};

describe('100,000 findings', () => {
  const findings = many();

  it('writes the rectification workbook', async () => {
    const p = join(dir, 'big.xlsx');
    const t0 = Date.now();
    await writeRectificationWorkbook(p, { findings, resolved: [], falsePositives: [], report }, { maskIdNumbers: true });
    const ms = Date.now() - t0;
    console.log(`xlsx: ${ms} ms, ${(statSync(p).size / 1e6).toFixed(1)} MB, rss ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`);
    expect(statSync(p).size).toBeGreaterThan(1_000_000);
  });

  it('writes JSON and CSV', async () => {
    const t0 = Date.now();
    await writeFindingsJson(join(dir, 'f.json'), findings);
    await writeFindingsCsv(join(dir, 'f.csv'), findings);
    console.log(`json+csv: ${Date.now() - t0} ms`);
    // One element per line; counting lines is enough here (the small tests parse the output).
    const json = readFileSync(join(dir, 'f.json'));
    expect(json.subarray(0, 2).toString()).toBe('[\n');
    expect(json.subarray(-3).toString()).toBe('\n]\n');
    expect(countLines(json)).toBe(N + 2);
    expect(countLines(readFileSync(join(dir, 'f.csv')))).toBe(N + 1);
  });
});
