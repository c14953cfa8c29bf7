// Issue 15 / product-spec §9.6: reading commands that never invent a database, lifted findings, the older-period
// guard, the --json error object, timestamped logs, local times, Chinese labels, and `init` for ordinary folders.
// (Installing from a tarball is `npm run test:pack`, run by .ci/run.)
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateCounty } from '../helpers/synth/truth.js';
import { BIN, expectNoStack, runCli, tmpDir } from '../helpers/cli.js';
import { hashTree, snapshotDb } from '../helpers/county.js';

const [OCT, NOV] = ['2026-10', '2026-11'];

/** stdout holds exactly one JSON object { error: { code, message, … } }. */
function errorObject(stdout: string): { code: string; message: string; file?: string } {
  const j = JSON.parse(stdout);
  expect(Object.keys(j)).toEqual(['error']);
  expect(typeof j.error.code).toBe('string');
  expect(typeof j.error.message).toBe('string');
  return j.error;
}

describe('fupin as an installed tool', () => {
  let dir: string;
  let config: string;
  let db: string;
  const summaries: Record<string, any> = {};

  beforeAll(async () => {
    dir = tmpDir('fupin-tool-');
    for (const month of [0, 1]) await generateCounty({ dir, seed: 3, scale: 'small', month });
    config = path.join(dir, 'fupin.config.json');
    db = path.join(dir, 'fupin.db');
    for (const p of [OCT, NOV]) {
      const r = await runCli(['reconcile', '--config', config, '--period', p, '--json', '--quiet']);
      expect(r.code, r.stderr).toBe(0);
      summaries[p] = JSON.parse(r.stdout);
    }
  });

  describe('reading commands never create a database', () => {
    for (const args of [['findings'], ['history'], ['verify', 'x.xlsx']]) {
      it(`${args[0]} in a folder without one: exit 2 naming the path, nothing created`, async () => {
        const empty = tmpDir('fupin-empty-');
        const r = await runCli(args, { cwd: empty });
        expect(r.code).toBe(2);
        expect(r.stderr).toContain('找不到数据库 fupin.db');
        expect(expectNoStack(r.stderr)).toBe(true);
        expect(fs.readdirSync(empty)).toEqual([]);
        const typo = await runCli([...args, '--db', 'fupn.db', '--json'], { cwd: empty });
        expect(typo.code).toBe(2);
        expect(errorObject(typo.stdout).code).toBe('DB_NOT_FOUND');
        expect(typo.stderr).toContain('fupn.db');
        expect(fs.readdirSync(empty)).toEqual([]);
        const noConfig = await runCli([...args, '--config', 'nowhere/fupin.config.json'], { cwd: empty });
        expect(noConfig.code).toBe(2);
        expect(noConfig.stderr).toContain('找不到配置文件');
      });
    }

    it('findings and history take --config from another folder', async () => {
      const elsewhere = tmpDir('fupin-elsewhere-');
      const f = await runCli(['findings', '--config', config, '--json'], { cwd: elsewhere });
      expect(f.code, f.stderr).toBe(0);
      expect(JSON.parse(f.stdout).length).toBeGreaterThan(0);
      const h = await runCli(['history', '--config', config, '--json'], { cwd: elsewhere });
      expect(h.code, h.stderr).toBe(0);
      expect(JSON.parse(h.stdout).map((p: any) => p.period)).toEqual([OCT, NOV]);
      expect(fs.readdirSync(elsewhere)).toEqual([]);
    });
  });

  describe('findings options', () => {
    it('--status resolved / 已销号 lists the lifted findings; the default list does not', async () => {
      const resolved = Object.values(summaries[NOV].counts as Record<string, { resolved: number }>).reduce((s, c) => s + c.resolved, 0);
      expect(resolved).toBeGreaterThan(0);
      for (const status of ['resolved', '已销号', 'RESOLVED']) {
        const r = await runCli(['findings', '--config', config, '--period', NOV, '--status', status, '--json']);
        expect(r.code, r.stderr).toBe(0);
        const rows = JSON.parse(r.stdout);
        expect(rows).toHaveLength(resolved);
        expect(new Set(rows.map((x: any) => x.status))).toEqual(new Set(['resolved']));
      }
      const all = JSON.parse((await runCli(['findings', '--config', config, '--period', NOV, '--json'])).stdout);
      expect(all.some((x: any) => x.status === 'resolved')).toBe(false);
      // history's counts are unchanged by storing them
      const h = JSON.parse((await runCli(['history', '--config', config, '--json'])).stdout);
      const nov = h.find((p: any) => p.period === NOV);
      expect(nov.rules.reduce((s: number, r: any) => s + r.resolved, 0)).toBe(resolved);
    });

    it('rejects unknown values with exit 2 and the valid list; accepts Chinese and lower-case spellings', async () => {
      const bad = async (args: string[], expected: string) => {
        const r = await runCli(['findings', '--config', config, ...args]);
        expect(r.code, args.join(' ')).toBe(2);
        expect(r.stderr).toContain(expected);
        expect(r.stdout).toBe('');
      };
      await bad(['--status', '完成'], 'resolved（已销号）');
      await bad(['--rule', 'MISSING'], 'FOUR_CAT_VEHICLE');
      await bad(['--format', 'xlsx'], 'table（表格）、json、csv');
      await bad(['--township', '不存在乡'], '已有：');
      await bad(['--period', '2026-09'], `已比对的月份：${OCT}、${NOV}`);
      await bad(['--period', '2026-13'], 'YYYY-MM');
      const missed = await runCli(['findings', '--config', config, '--period', OCT, '--rule', 'missed', '--json']);
      expect(missed.code).toBe(0);
      const rows = JSON.parse(missed.stdout);
      expect(rows.length).toBeGreaterThan(0);
      expect(new Set(rows.map((x: any) => x.rule))).toEqual(new Set(['MISSED']));
      const town = rows[0].township as string;
      const short = await runCli(['findings', '--config', config, '--period', OCT, '--township', town.slice(0, -1), '--json']);
      expect(short.code, short.stderr).toBe(0);
      expect(new Set(JSON.parse(short.stdout).map((x: any) => x.township))).toEqual(new Set([town]));
    });

    it('the table speaks Chinese: rule titles and status words', async () => {
      const r = await runCli(['findings', '--config', config, '--period', OCT]);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('问题类型');
      expect(r.stdout).toContain('新增');
    });
  });

  describe('an older period', () => {
    it('is refused without --force (exit 2), and nothing changes', async () => {
      const before = { db: snapshotDb(db), out: hashTree(path.join(dir, 'output')) };
      const r = await runCli(['reconcile', '--config', config, '--period', OCT]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`已经比对过更晚的月份 ${NOV}`);
      expect(r.stderr).toContain('--force');
      const j = await runCli(['reconcile', '--config', config, '--period', OCT, '--json', '--quiet']);
      expect(j.code).toBe(2);
      expect(errorObject(j.stdout).code).toBe('OLDER_PERIOD');
      expect(snapshotDb(db).tables).toEqual(before.db.tables);
      expect(hashTree(path.join(dir, 'output'))).toEqual(before.out);
    });

    it('with --force, reruns it with a warning and leaves the later period as it was', async () => {
      const novBefore = (await runCli(['findings', '--config', config, '--period', NOV, '--json'])).stdout;
      const novOut = hashTree(path.join(dir, 'output', NOV));
      const r = await runCli(['reconcile', '--config', config, '--period', OCT, '--force']);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toContain(`已有更晚月份 ${NOV} 的比对结果`);
      // Chinese kind names in the console table, not codes
      expect(r.stderr).toContain('防返贫监测对象');
      expect(r.stderr).not.toMatch(/^monitor\s/m);
      expect((await runCli(['findings', '--config', config, '--period', NOV, '--json'])).stdout).toBe(novBefore);
      expect(hashTree(path.join(dir, 'output', NOV))).toEqual(novOut);
    });
  });

  describe('cron', () => {
    it('a failed --json run prints one error object on stdout', async () => {
      const bad = tmpDir('fupin-badcfg-');
      fs.writeFileSync(path.join(bad, 'fupin.config.json'), '{\n  "county": "示例县"\n  "sources": []\n}\n');
      const r = await runCli(['reconcile', '--period', NOV, '--json', '--quiet'], { cwd: bad });
      expect(r.code).toBe(2);
      const e = errorObject(r.stdout);
      expect(e.code).toBe('CONFIG_SYNTAX');
      expect(e.message).toContain('第 3 行第 3 列');
      const missing = await runCli(['reconcile', '--config', config, '--period', '2027-01', '--json', '--quiet']);
      expect(missing.code).toBe(1);
      expect(errorObject(missing.stdout).code).toBe('INPUT_DIR_MISSING');
      const usage = await runCli(['reconcile', '--period', '2026-1', '--json']);
      expect(usage.code).toBe(2);
      expect(errorObject(usage.stdout).code).toBe('BAD_OPTION_VALUE');
      const unknown = await runCli(['reconcile', '--bogus', '--json']);
      expect(unknown.code).toBe(2);
      expect(errorObject(unknown.stdout).code).toBe('UNKNOWN_OPTION');
    });

    it('stopped by SIGTERM, a --json run still leaves one JSON object on stdout', async () => {
      const fresh = path.join(tmpDir('fupin-term-'), 'fresh.db'); // a new database: the run reads every roster
      const child = spawn(process.execPath, [BIN, 'reconcile', '--config', config, '--period', OCT, '--db', fresh, '--json'],
        { env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d) => (stdout += d));
      child.stderr.on('data', (d) => {
        stderr += d;
        if (String(d).includes('读取')) child.kill('SIGTERM'); // once it is working, not while Node is still loading
      });
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
      const j = JSON.parse(stdout);
      if (code === 0) expect(j).toHaveProperty('period'); // finished before the signal arrived: the summary
      else {
        expect(code, stderr).toBe(143);
        expect(errorObject(stdout).code).toBe('INTERRUPTED');
      }
    });

    it('--quiet keeps warnings on stderr; --log-file has every line with a local timestamp', async () => {
      fs.mkdirSync(path.join(dir, 'input', NOV, '其他'), { recursive: true });
      fs.writeFileSync(path.join(dir, 'input', NOV, '其他', '会议通知.docx'), 'x');
      const log = path.join(dir, 'output', 'fupin.log');
      const r = await runCli(['reconcile', '--config', config, '--period', NOV, '--quiet', '--json', '--log-file', log]);
      expect(r.code, r.stderr).toBe(0);
      expect(JSON.parse(r.stdout).warnings.some((w: string) => w.includes('其他/会议通知.docx'))).toBe(true);
      expect(r.stderr).toContain('没有被任何来源读取：其他/会议通知.docx');
      expect(r.stderr).not.toContain('读取 ');   // no progress lines
      const lines = fs.readFileSync(log, 'utf8').trimEnd().split('\n');
      for (const l of lines) expect(l).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2} /);
      expect(lines.some((l) => l.includes('会议通知.docx'))).toBe(true);
      expect(lines.some((l) => l.includes('比对完成'))).toBe(true); // the summary, kept out of stderr by --quiet
      // a second run appends
      const bad = await runCli(['findings', '--config', config, '--status', 'x', '--log-file', log]);
      expect(bad.code).toBe(2);
      const after = fs.readFileSync(log, 'utf8').trimEnd().split('\n');
      expect(after.length).toBeGreaterThan(lines.length);
      expect(after[after.length - 1]).toContain('--status 的取值「x」无效');
      const noDir = await runCli(['rules', '--log-file', path.join(dir, 'no', 'such', 'x.log')]);
      expect(noDir.code).toBe(2);
      expect(noDir.stderr).toContain('无法写入日志文件');
    });

    it('说明 shows 生成时间 in local time, like the report', async () => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(path.join(dir, 'output', NOV, `整改清单-${NOV}.xlsx`));
      const ws = wb.getWorksheet('说明')!;
      let value = '';
      const labels: string[] = [];
      ws.eachRow((row) => {
        labels.push(String(row.getCell(1).value ?? ''));
        if (row.getCell(1).value === '生成时间') value = String(row.getCell(2).value);
      });
      expect(labels.filter((l) => /^[a-z]+[A-Z]\w*$/.test(l))).toEqual([]); // parameter names in Chinese, not config keys
      expect(value).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
      const html = fs.readFileSync(path.join(dir, 'output', NOV, `报告-${NOV}.html`), 'utf8');
      expect(html).toContain(value);
      const summary = wb.getWorksheet('汇总')!;
      const header = (summary.getRow(1).values as unknown[]).filter(Boolean).map(String);
      expect(header.filter((h) => /^[A-Z_]{4,}/.test(h))).toEqual([]);
    });
  });

  describe('init', () => {
    it('makes a git-ignored county folder whose globs find the demo departments’ files, and lists files nothing read', async () => {
      const base = tmpDir('fupin-init-');
      const r = await runCli(['init', '我的县'], { cwd: base });
      expect(r.code).toBe(0);
      const county = path.join(base, '我的县');
      expect(fs.readFileSync(path.join(county, '.gitignore'), 'utf8')).toMatch(/^\*$/m);
      fs.cpSync(path.join(dir, 'input', OCT), path.join(county, 'input', OCT), { recursive: true });
      const rec = await runCli(['reconcile', '--period', OCT, '--json', '--quiet'], { cwd: county });
      expect(rec.code, rec.stderr).toBe(0);
      const s = JSON.parse(rec.stdout);
      const demoKinds = new Set(JSON.parse(fs.readFileSync(config, 'utf8')).sources.map((x: any) => x.kind));
      expect(new Set(s.sources.map((x: any) => x.kind))).toEqual(demoKinds);
      expect(s.warnings.filter((w: string) => w.includes('没有匹配到文件') || w.includes('没有被任何来源读取'))).toEqual([]);
      expect(s.sources.some((x: any) => x.files.some((f: string) => f.endsWith('.csv')))).toBe(true);
      expect(s.sources.some((x: any) => x.files.some((f: string) => f.endsWith('.xls')))).toBe(true);
    });

    it('leaves an existing folder’s .gitignore alone and writes none into a folder that has files', async () => {
      const base = tmpDir('fupin-init2-');
      fs.writeFileSync(path.join(base, 'notes.txt'), 'x');
      expect((await runCli(['init', '.'], { cwd: base })).code).toBe(0);
      expect(fs.existsSync(path.join(base, '.gitignore'))).toBe(false);
    });
  });
});
