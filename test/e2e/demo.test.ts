// fupin demo: writes only what a user needs (config, rosters, database, outputs), runs again in its own folder, and
// leaves any other non-empty folder alone.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, tmpDir, type CliResult } from '../helpers/cli.js';

const errorCode = (r: CliResult) => (JSON.parse(r.stdout) as { error?: { code?: string } }).error?.code;

describe('fupin demo', () => {
  let base: string;
  let first: CliResult;
  beforeAll(async () => {
    base = tmpDir('fupin-demo-');
    first = await runCli(['demo', '示例县'], { cwd: base });
  }, 180_000);

  it('writes the config, the rosters, the database and the outputs, and nothing else', () => {
    expect(first.code, first.stderr).toBe(0);
    const dir = path.join(base, '示例县');
    expect(fs.readdirSync(dir).sort()).toEqual(['.gitignore', 'fupin.config.json', 'fupin.db', 'input', 'output']);
    expect(fs.readdirSync(path.join(dir, 'input'))).toEqual(['2026-10']);
    expect(fs.existsSync(path.join(dir, 'output', '2026-10', '整改清单-2026-10.xlsx'))).toBe(true);
  });

  it('runs again in the folder it made', async () => {
    const again = await runCli(['demo', '示例县'], { cwd: base });
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toContain('2026-10 比对完成');
  }, 180_000);

  it('leaves a non-empty folder it did not make alone (DEMO_DIR_NOT_EMPTY), also a county folder or an edited demo', async () => {
    const other = path.join(base, '别的');
    fs.mkdirSync(other);
    fs.writeFileSync(path.join(other, 'notes.txt'), 'x');
    expect((await runCli(['init', '我的县'], { cwd: base })).code).toBe(0);
    const edited = path.join(base, '改过的示例');
    fs.mkdirSync(edited);
    const demoConfig = JSON.parse(fs.readFileSync(path.join(base, '示例县', 'fupin.config.json'), 'utf8'));
    fs.writeFileSync(path.join(edited, 'fupin.config.json'), JSON.stringify({ ...demoConfig, county: '我的县' }, null, 2) + '\n');
    for (const name of ['别的', '我的县', '改过的示例']) {
      const dir = path.join(base, name);
      const before = fs.readdirSync(dir, { recursive: true }).sort();
      const r = await runCli(['demo', name, '--json'], { cwd: base });
      expect(r.code, name).toBe(2);
      expect(errorCode(r), name).toBe('DEMO_DIR_NOT_EMPTY');
      expect(fs.readdirSync(dir, { recursive: true }).sort(), name).toEqual(before);
    }
  }, 60_000);
});
