// README promises: the two commands, the rule table current with the registry, CI running the README's test command.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../src/rules/index.js';
import { ruleTableMarkdown } from '../src/rules/rule-table.js';
import { ROOT } from './helpers/cli.js';

const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');

describe('README', () => {
  it('opens with the install-and-demo command and the test command', () => {
    const firstBlock = /```bash\n([\s\S]*?)```/.exec(readme)![1];
    expect(firstBlock).toContain('npm ci && npx fupin demo');
    expect(firstBlock).toContain('npm test');
  });

  it('CI runs exactly the README test command', () => {
    const ci = fs.readFileSync(path.join(ROOT, '.ci/run'), 'utf8');
    expect(ci).toMatch(/^npm ci$/m);
    expect(ci).toMatch(/^npm test$/m);
  });

  it('has the rule table generated from the registry (run node scripts/rule-table.mjs)', () => {
    const block = /<!-- rules:start -->\n([\s\S]*?)<!-- rules:end -->/.exec(readme)![1];
    expect(block).toBe(ruleTableMarkdown(RULES));
  });

  it('documents every rule code', () => {
    for (const r of RULES) expect(readme).toContain(`\`${r.code}\``);
  });
});
