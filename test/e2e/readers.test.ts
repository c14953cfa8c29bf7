// Reader threads (FUPIN_READERS): reading in workers gives exactly what reading on the main thread gives —
// the same findings, the same stored records, the same Chinese errors.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateCounty, type SynthResult } from '../../src/synth/index.js';
import { runCli, tmpDir, expectNoStack } from '../helpers/cli.js';
import { storedRecords } from '../helpers/records.js';
import { makeXlsx } from '../helpers/workbooks.js';

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
  beforeAll(async () => { g = await county(11); }, 120_000);

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
    expect(results[0].findings.length).toBeGreaterThan(10);
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
