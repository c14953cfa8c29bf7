// No user input ends in exit 3 (product-spec §9.6): every command, every option that takes a value, given values that
// are wrong in every way we could think of, with and without --json. Runs main() in-process (the same code as the
// built CLI) so that walking the whole program stays quick; the commands are found by introspection, so a new
// command or option is walked without touching this file.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Command, Option } from 'commander';
import { buildProgram, main } from '../../src/cli/main.js';
import type { CliContext } from '../../src/cli/context.js';
import type { CliIo } from '../../src/cli/io.js';
import { generateCounty } from '../helpers/synth/truth.js';
import { expectNoStack, runCli, tmpDir } from '../helpers/cli.js';

const BAD_VALUES = ['不存在', '2026-02-30', '-1', '0', '', ' ', '..', '52242219650312011X', 'x'.repeat(300)];
/** Values for mandatory options, so that the option under test is the one that is wrong. */
const VALID: Record<string, string> = { '--kind': 'dibao' };
/** Options whose every bad value must be a usage error (a fixed set or a format), not merely "not 3". */
const STRICT = new Set(['--status', '--rule', '--format', '--scale', '--seed', '--period', '--date', '--header-row', '--kind', '--township']);

interface Run { code: number; out: string; err: string }

async function run(argv: string[], cwd: string): Promise<Run> {
  let out = '';
  let err = '';
  const io: CliIo = { out: (t) => { out += t; }, err: (t) => { err += t; }, isTTY: false, color: false, cwd, env: {} };
  const code = await main(argv, io);
  return { code, out, err };
}

function argsFor(cmd: Command): string[] {
  // Required positional arguments get a harmless value (a file that does not exist, an ID that is not one).
  return cmd.registeredArguments.filter((a) => a.required).map((a) => (a.name() === 'file' ? '不存在的文件.xlsx' : '123'));
}

function takesValue(o: Option): boolean {
  return o.required || o.optional;
}

describe('every command and option with bad values', () => {
  let dir: string;
  const ctx: CliContext = { io: { out: () => {}, err: () => {}, isTTY: false, color: false, cwd: '/', env: {} }, version: '0', exitCode: 0, log: () => {} };
  const commands = buildProgram(ctx).commands.filter((c) => c.name() !== 'help');

  beforeAll(async () => {
    // A county with a database, so the reading commands get as far as checking townships and periods.
    dir = tmpDir('fupin-badvalues-');
    await generateCounty({ dir, seed: 5, scale: 'small' });
    const r = await runCli(['reconcile', '--period', '2026-10', '--quiet'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
  });

  it('walks all commands', () => {
    expect(commands.map((c) => c.name())).toEqual(expect.arrayContaining(['init', 'reconcile', 'import', 'findings', 'verify', 'history', 'id', 'sources', 'rules', 'demo']));
  });

  for (const cmd of buildProgram(ctx).commands.filter((c) => c.name() !== 'help')) {
    it(`${cmd.name()}: bad option values, missing values and unknown options are exit 1 or 2, never 3`, async () => {
      const base = [cmd.name(), ...argsFor(cmd)];
      const mandatory = cmd.options.filter((o) => o.mandatory).flatMap((o) => [o.long!, VALID[o.long!] ?? 'x']);
      const hasJson = cmd.options.some((o) => o.long === '--json');
      for (const o of cmd.options.filter(takesValue)) {
        const others = mandatory.slice();
        const at = others.indexOf(o.long!);
        if (at >= 0) others.splice(at, 2);
        for (const bad of BAD_VALUES) {
          for (const json of hasJson ? [false, true] : [false]) {
            const argv = [...base, ...others, o.long!, bad, ...(json ? ['--json'] : [])];
            const r = await run(argv, dir);
            const what = `fupin ${argv.join(' ').slice(0, 120)} → ${r.code}: ${r.err.slice(0, 300)}`;
            expect(r.code, what).not.toBe(3);
            // A bad value either fails (1 or 2) or, for free text such as a file name, may still be a valid request.
            if (STRICT.has(o.long!)) expect(r.code, what).toBe(2);
            if (r.code !== 0) {
              expect(r.err, what).toMatch(/错误/);
              expect(expectNoStack(r.err), what).toBe(true);
              if (STRICT.has(o.long!)) expect(r.err, what).not.toContain('52242219650312011X');
              if (json) {
                const j = JSON.parse(r.out);
                // verify records what it can and reports every file (product-spec §9.5): its --json is that report.
                if (cmd.name() === 'verify' && Array.isArray(j)) expect(j.some((f: { ok: boolean }) => !f.ok), what).toBe(true);
                else {
                  expect(Object.keys(j), what).toEqual(['error']);
                  expect(j.error.code, what).toMatch(/^[A-Z_]+$/);
                }
              }
            }
          }
        }
        // the option given without its value
        const missing = await run([...base, ...others, o.long!], dir);
        expect(missing.code, `${cmd.name()} ${o.long} (no value)`).toBe(2);
        expect(missing.err).toMatch(/缺少取值|缺少参数|必须提供/);
      }
      const unknown = await run([...base, ...mandatory, '--no-such-option'], dir);
      expect(unknown.code).toBe(2);
      expect(unknown.err).toContain('未知选项 --no-such-option');
      expect(unknown.err).toContain(`fupin ${cmd.name()} --help`);
    });
  }

  it('program options: --log-file that cannot be written is exit 2; unknown commands are exit 2 in Chinese', async () => {
    for (const bad of ['', '.', path.join('no', 'such', 'dir', 'x.log')]) {
      const r = await run(['rules', '--log-file', bad, '--json'], dir);
      expect(r.code, bad).toBe(2);
      expect(JSON.parse(r.out).error.code).toBe('LOG_FILE');
    }
    const r = await run(['reconsile'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain('未知命令 reconsile');
    const extra = await run(['rules', 'extra'], dir);
    expect(extra.code).toBe(2);
    expect(extra.err).toContain('参数太多');
    // nothing the walk did created a database somewhere it should not
    expect(fs.existsSync(path.join(dir, '不存在'))).toBe(false);
  });
});
