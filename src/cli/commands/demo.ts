// fupin demo [dir]: generate a synthetic county with planted problems and reconcile it.
import { Command } from 'commander';
import { choiceOption, parsePositiveInt } from '../options.js';
import path from 'node:path';
import fs from 'node:fs';
import type { CliContext } from '../main.js';
import { loadConfig } from '../../config/load.js';
import { renderSummary } from '../summary.js';
import { fail } from '../../errors.js';
import { writeGitIgnore } from './init.js';

export function makeDemoCommand(ctx: CliContext): Command {
  return new Command('demo')
    .description('生成一个虚构的示例县（含预设问题）并完成一次比对，用来熟悉整个流程')
    .argument('[dir]', '示例目录', 'fupin-demo')
    .addOption(choiceOption('--scale <scale>', '规模', [{ value: 'small', label: '小' }, { value: 'county', label: '县级' }], 'small'))
    .option('--seed <n>', '随机种子（正整数）', (v: string) => String(parsePositiveInt('--seed', v)), '1')
    .option('--json', '在标准输出打印 JSON 摘要')
    .action(async (dir: string, opts: { scale: 'small' | 'county'; seed: string; json?: boolean }) => {
      const target = path.resolve(ctx.io.cwd, dir);
      if (fs.existsSync(target) && fs.readdirSync(target).length > 0 && !fs.existsSync(path.join(target, 'truth.json'))) {
        throw fail('DEMO_DIR_NOT_EMPTY', { dir });
      }
      ctx.io.err(`正在生成示例县到 ${dir} …\n`);
      const { generateCounty } = await import('../../synth/index.js');
      const g = await generateCounty({ dir: target, seed: Number(opts.seed) || 1, scale: opts.scale });
      writeGitIgnore(target);
      const loaded = loadConfig(g.configPath);
      const period = g.period;
      const { reconcile } = await import('../../app/reconcile.js');
      const summary = await reconcile({ loaded, period, version: ctx.version, progress: (m) => ctx.io.err(m + '\n') });
      ctx.io.err(renderSummary(summary, ctx.io.cwd));
      const main = summary.outputs.find((o) => path.basename(o).startsWith('整改清单-')) ?? summary.outputs[0];
      ctx.io.err(`\n先打开：${path.relative(ctx.io.cwd, main)}（「汇总」表看各乡镇疑点数，「说明」表看数据来源和参数）。\n` +
        `示例数据在 ${path.relative(ctx.io.cwd, path.join(target, 'input'))}，配置在 ${path.relative(ctx.io.cwd, g.configPath)}；` +
        `再运行一次：fupin reconcile --config ${path.relative(ctx.io.cwd, g.configPath)} --period ${period}\n`);
      if (opts.json) {
        const { timings, ...rest } = summary;
        void timings;
        ctx.io.out(JSON.stringify(rest, null, 2) + '\n');
      }
    });
}
