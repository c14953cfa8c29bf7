// Entry point: builds the program, maps errors to exit codes (product-spec §1). Never calls process.exit.
import { Command, CommanderError } from 'commander';
import chalk from 'chalk';
import { ExitCode, FupinError, formatError } from '../errors.js';
import { processIo, readVersion, type CliIo } from './io.js';
import { installInterruptHandlers } from '../app/cleanup.js';
import { environmentError } from '../app/env-errors.js';
import { makeIdCommand } from './commands/id.js';
import { makeSourcesCommand } from './commands/sources.js';
import { makeRulesCommand } from './commands/rules.js';
import { makeImportCommand } from './commands/import.js';
import { makeInspectCommand } from './commands/inspect.js';
import { makeInitCommand } from './commands/init.js';
import { makeReconcileCommand } from './commands/reconcile.js';
import { makeFindingsCommand } from './commands/findings.js';
import { makeHistoryCommand } from './commands/history.js';
import { makeVerifyCommand } from './commands/verify.js';
import { makeDemoCommand } from './commands/demo.js';

export interface CliContext {
  io: CliIo;
  version: string;
  exitCode: number;
}

const EXIT_HELP = `
退出码：0 正常完成（发现问题不算错误）；1 输入数据错误（文件无法读取、缺少必需列等）；
        2 用法或配置错误；3 程序内部错误（请报告）。`;

/** Commander speaks English; our users read Chinese. */
export function translateCommanderError(msg: string): string {
  const rules: [RegExp, (...m: string[]) => string][] = [
    [/error: unknown option '([^']*)'(?:\s*\(Did you mean (.*)\?\))?/, (_a, o, d) => `错误：未知选项 ${o}${d ? `（是不是 ${d}？）` : ''}`],
    [/error: unknown command '([^']*)'/, (_a, c) => `错误：未知命令 ${c}`],
    [/error: missing required argument '([^']*)'/, (_a, c) => `错误：缺少参数 <${c}>`],
    [/error: required option '([^']*)' not specified/, (_a, o) => `错误：必须提供选项 ${o}`],
    [/error: option '([^']*)' argument missing/, (_a, o) => `错误：选项 ${o} 缺少取值`],
    [/error: option '([^']*)' argument '([^']*)' is invalid\. Allowed choices are (.*)\./, (_a, o, v, c) => `错误：选项 ${o} 的取值 "${v}" 无效，可选：${c}`],
    [/error: too many arguments.*/, () => '错误：参数太多'],
  ];
  for (const [re, f] of rules) {
    const m = re.exec(msg);
    if (m) return f(...(m as unknown as string[])) + '\n';
  }
  return msg;
}

export function buildProgram(ctx: CliContext): Command {
  const program = new Command('fupin')
    .description('防返贫动态监测：部门名册比对与整改清单')
    .version(ctx.version, '-V, --version', '显示版本号')
    .helpOption('-h, --help', '显示帮助')
    .option('--debug', '出错时显示调试信息（堆栈）')
    .addHelpText('after', EXIT_HELP)
    .showHelpAfterError('（用 --help 查看用法）')
    .exitOverride()
    .configureOutput({ writeOut: (s) => ctx.io.out(s), writeErr: (s) => ctx.io.err(s), outputError: (s, write) => write(translateCommanderError(s)) });
  program.addHelpCommand('help [command]', '显示某个命令的帮助');
  for (const make of [makeInitCommand, makeReconcileCommand, makeInspectCommand, makeImportCommand, makeFindingsCommand, makeVerifyCommand,
    makeHistoryCommand, makeIdCommand, makeSourcesCommand, makeRulesCommand, makeDemoCommand]) {
    const cmd = make(ctx);
    cmd.exitOverride().configureOutput({ writeOut: (s) => ctx.io.out(s), writeErr: (s) => ctx.io.err(s), outputError: (s, write) => write(translateCommanderError(s)) })
      .helpOption('-h, --help', '显示帮助');
    program.addCommand(cmd);
  }
  return program;
}

export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const ctx: CliContext = { io, version: readVersion(), exitCode: ExitCode.Ok };
  if (!io.color) chalk.level = 0;
  const debug = argv.includes('--debug');
  if (io.installSignalHandlers) installInterruptHandlers(io.err);
  try {
    await buildProgram(ctx).parseAsync(argv, { from: 'user' });
    return ctx.exitCode;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return ExitCode.Ok;
      return ExitCode.UsageError;
    }
    // A full disk or a folder that cannot be written is not a bug: say so, and where (exit 1).
    const env = environmentError(e, { base: io.cwd });
    if (env && debug && e instanceof Error) Object.defineProperty(env, 'stack', { value: e.stack });
    const fe = e instanceof FupinError ? e : env;
    if (fe) {
      io.err(chalk.red(formatError(fe)) + '\n');
      if (debug && fe.stack) io.err(fe.stack + '\n');
      return fe.exitCode;
    }
    io.err(`内部错误（fupin ${ctx.version}）：程序出现了意外问题，请把所用命令和这条信息报告给开发者。` +
      (debug ? '' : '加 --debug 可显示调试信息。') + '\n');
    if (debug && e instanceof Error) io.err((e.stack ?? e.message) + '\n');
    return ExitCode.Internal;
  }
}
