// fupin init [dir]: a commented starter config, its JSON Schema, input/ and output/ (app/init.ts).
import { Command } from 'commander';
import path from 'node:path';
import type { CliContext } from '../context.js';
import { initCountyFolder } from '../../app/init.js';

export function makeInitCommand(ctx: CliContext): Command {
  return new Command('init')
    .description('在目录中生成带注释的配置文件 fupin.config.json 以及 input/、output/ 目录')
    .argument('[dir]', '目录', '.')
    .option('--force', '覆盖已有的配置文件')
    .action((dir: string, opts: { force?: boolean }) => {
      initCountyFolder(path.resolve(ctx.io.cwd, dir), { force: opts.force, shownConfig: (cfg) => path.relative(ctx.io.cwd, cfg) || cfg });
      ctx.io.err(`已生成 ${path.join(dir, 'fupin.config.json')}、fupin.schema.json、input/、output/。\n` +
        `下一步：把本月名册放到 ${path.join(dir, 'input', '2026-10')}/（按月份建目录，可以按部门分子目录），然后运行 ` +
        `${dir === '.' ? '' : `cd ${dir} && `}fupin reconcile --period 2026-10。\n`);
    });
}
