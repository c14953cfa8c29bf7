// Reader threads (FUPIN_READERS): reading in workers gives exactly what reading on the main thread gives —
// the same findings, the same stored records, the same Chinese errors.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateCounty, type SynthResult } from '../helpers/synth/truth.js';
import { runCli, tmpDir, expectNoStack } from '../helpers/cli.js';
import { storedRecords } from '../helpers/records.js';
import { makeXlsx } from '../helpers/workbooks.js';
import { makeId } from '../helpers/ids.js';

async function county(seed: number): Promise<SynthResult> {
  return generateCounty({ dir: tmpDir('fupin-readers-'), seed, scale: 'small' });
}

function copyCounty(g: SynthResult): string {
  const dir = tmpDir('fupin-readers-copy-');
  fs.cpSync(g.dir, dir, { recursive: true });
  return dir;
}

const reconcile = (dir: string, period: string, readers: string) =>
  runCli(['reconcile', '--config', path.join(dir, 'fupin.config.json'), '--period', period, '--json', '--no-mask'], { env: { FUPIN_READERS: readers } });

/** Findings without run-specific fields, in a stable order. */
function findings(dir: string, period: string): unknown[] {
  const f = JSON.parse(fs.readFileSync(path.join(dir, 'output', period, 'findings.json'), 'utf8'));
  const list = (Array.isArray(f) ? f : f.findings) as Record<string, unknown>[];
  return list.map((x) => JSON.stringify(x)).sort();
}

describe('reader threads', () => {
  let g: SynthResult;
  const EXTRA = '民政/乡镇补报低保名单.xlsx';
  let ids: string[];
  beforeAll(async () => {
    g = await county(11);
    // A supplementary roster with a vertically merged 乡镇 cell: fills travel from the thread as their own events.
    ids = [makeId('522422', '19700101', 11), makeId('522422', '19720202', 12), makeId('522422', '19990303', 13)];
    await makeXlsx(path.join(g.dir, 'input', g.period, EXTRA), [{
      name: '补报',
      rows: [['补报名单'], [], ['序号', '乡镇', '村', '姓名', '身份证号', '保障金额'],
        [1, '甲镇', '一村', '补一', ids[0], 300], [2, null, '一村', '补二', ids[1], 300], [3, null, '二村', '补三', ids[2], 300]],
      merges: ['A1:F1', 'B4:B6'],
    }]);
  }, 120_000);

  it('0, 1 and 2 reader threads give the same findings and the same stored records', async () => {
    const results = [];
    for (const readers of ['0', '1', '2']) {
      const dir = copyCounty(g);
      const r = await reconcile(dir, g.period, readers);
      expect(r.code, r.stderr).toBe(0);
      const recs = storedRecords(path.join(dir, 'fupin.db')).map((x) => JSON.stringify(x));
      results.push({ findings: findings(dir, g.period), recs, summary: JSON.parse(r.stdout).sources });
    }
    expect(results[0].recs.length).toBeGreaterThan(1000);
    const extra = results[0].recs.map((x) => JSON.parse(x)).filter((x) => x.file === EXTRA);
    expect(extra.map((x) => [x.row, x.township, x.village])).toEqual([[4, '甲镇', '一村'], [5, '甲镇', '一村'], [6, '甲镇', '二村']]);
    expect(results[0].findings.length).toBeGreaterThan(10);
    // Filled in memory too (the findings are made from the records read this run, not from the database).
    const onExtra = results[0].findings.map((x) => JSON.parse(x as string)).filter((x) => ids.includes(x.idNumber));
    expect(onExtra.length).toBeGreaterThan(0);
    for (const x of onExtra) expect(x.township).toBe('甲镇');
    for (const r of results.slice(1)) {
      expect(r.summary).toEqual(results[0].summary);
      expect(r.recs).toEqual(results[0].recs);
      expect(r.findings).toEqual(results[0].findings);
    }
  }, 240_000);

  it('a broken file read in a thread fails with the same message as on the main thread, and nothing is written', async () => {
    const messages: string[] = [];
    for (const readers of ['0', '2']) {
      const dir = copyCounty(g);
      const inputDir = path.join(dir, 'input', g.period);
      // No recognisable header: an error raised inside the reader, with file and sheet.
      const bad = fs.readdirSync(inputDir, { recursive: true }).map(String).find((f) => f.startsWith('民政') && f.endsWith('.xlsx'))!;
      await makeXlsx(path.join(inputDir, bad), [{ name: '说明', rows: [['本表无数据'], ['联系人', '电话']] }]);
      const r = await reconcile(dir, g.period, readers);
      expect(r.code).toBe(1);
      expect(expectNoStack(r.stderr)).toBe(true);
      expect(r.stderr).toContain(bad);
      expect(fs.existsSync(path.join(dir, 'fupin.db')) ? storedRecords(path.join(dir, 'fupin.db')) : []).toEqual([]);
      expect(fs.existsSync(path.join(dir, 'output', g.period))).toBe(false);
      messages.push(r.stderr.split('\n').filter((l) => l.startsWith('错误') || l.startsWith('处理办法')).join('\n'));
    }
    expect(messages[0]).toMatch(/^错误：.*表头/);
    expect(messages[1]).toBe(messages[0]);
  }, 240_000);
});
