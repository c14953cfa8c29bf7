// README promises: the two commands, the rule table current with the registry, CI running the README's test command.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { RULES } from '../src/rules/index.js';
import { ERROR_CODES, errorTableMarkdown } from '../src/error-codes.js';
import { ROOT } from './helpers/cli.js';

const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');

describe('README', () => {
  it('opens with the install-and-demo command and the test command', () => {
    const firstBlock = /```bash\n([\s\S]*?)```/.exec(readme)![1];
    expect(firstBlock).toContain('npm ci && npm install -g . && fupin demo');
    expect(firstBlock).toContain('npm test');
  });

  it('runs the installed command everywhere, never npx (which may fetch an unrelated package)', () => {
    const blocks = [...readme.matchAll(/```\w*\n([\s\S]*?)```/g)].map((m) => m[1]);
    const inline = [...readme.matchAll(/`([^`\n]+)`/g)].map((m) => m[1]).filter((c) => /fupin \w/.test(c));
    for (const code of [...blocks, ...inline]) expect(code).not.toMatch(/npx fupin (?!:)/);
    const cron = /```cron\n([\s\S]*?)```/.exec(readme)![1];
    expect(cron).toMatch(/^PATH=/m);
    expect(cron).toContain('fupin reconcile');
    expect(cron).toContain('--json');
    expect(cron).toContain('--log-file');
    expect(readme).toContain('任务计划程序');
  });

  it('CI runs exactly the README test command', () => {
    const ci = fs.readFileSync(path.join(ROOT, '.ci/run'), 'utf8');
    expect(ci).toMatch(/^npm ci$/m);
    expect(ci).toMatch(/^npm test$/m);
    expect(ci).toMatch(/^npm run test:pack$/m);
  });

  it('has the rule table generated from the registry (run node scripts/rule-table.mjs)', () => {
    // The generator is a dev script over the built registry (dist/), so that nothing only tests need ships.
    const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts/rule-table.mjs'), '--check'], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('has the error-code table generated from the catalogue (run node scripts/error-table.mjs)', () => {
    const block = /<!-- errors:start -->\n([\s\S]*?)<!-- errors:end -->/.exec(readme)![1];
    expect(block).toBe(errorTableMarkdown());
    // The codes README names for scripts are codes of the catalogue.
    for (const c of ['INPUT_DIR_MISSING', 'CONFIG_INVALID', 'OLDER_PERIOD', 'LOG_FILE']) expect(ERROR_CODES).toContain(c);
  });

  it('documents every rule code', () => {
    for (const r of RULES) expect(readme).toContain(`\`${r.code}\``);
  });
});
