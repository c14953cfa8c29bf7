// Entry point: builds the program, maps errors to exit codes (product-spec §1). Never calls process.exit.
import path from 'node:path';
import { Command, CommanderError } from 'commander';
import chalk from 'chalk';
import { ExitCode, FupinError, errorJson, fail, formatError } from '../errors.js';
import { applyConventions, commanderError } from './options.js';
import { logFileArg, openLog } from './log.js';
import { processIo, readVersion, type CliIo } from './io.js';
import type { CliContext } from './context.js';
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


const EXIT_HELP = `
退出码：0 正常完成（发现问题不算错误）；1 输入数据错误（文件无法读取、缺少必需列等）；
        2 用法或配置错误；3 程序内部错误（请报告）。
加 --json 时，出错也在标准输出打印一个 JSON 对象：{"error": {"code", "message", "file", "sheet", "row", "column"}}。`;

/** Every command of the program, in the order of `fupin --help`. A new command only needs to be listed here. */
const COMMANDS = [makeInitCommand, makeReconcileCommand, makeInspectCommand, makeImportCommand, makeFindingsCommand, makeVerifyCommand,
  makeHistoryCommand, makeIdCommand, makeSourcesCommand, makeRulesCommand, makeDemoCommand];

export function buildProgram(ctx: CliContext, onError: (command: string) => void = () => {}): Command {
  const program = new Command('fupin')
    .description('防返贫动态监测：部门名册比对与整改清单')
    .version(ctx.version, '-V, --version', '显示版本号')
    .option('--debug', '出错时显示调试信息（堆栈）')
    .option('--log-file <file>', '把屏幕上的提示、提醒和错误逐行加上时间追加到这个文件（--quiet 时提醒和汇总也写入）')
    .addHelpText('after', EXIT_HELP);
  program.helpCommand('help [command]', '显示某个命令的帮助');
  for (const make of COMMANDS) program.addCommand(make(ctx));
  applyConventions(program, { out: (s) => ctx.io.out(s), err: (s) => ctx.io.err(s), onError });
  return program;
}

/** --json asked for (or --format json): a failure is then one JSON object on stdout as well. */
function wantsJson(argv: string[]): boolean {
  const end = argv.indexOf('--');
  const args = end < 0 ? argv : argv.slice(0, end);
  return args.some((a, i) => a === '--json' || a === '--format=json' || (a === '--format' && args[i + 1] === 'json'));
}

export async function main(argv: string[], baseIo: CliIo = processIo()): Promise<number> {
  const version = readVersion();
  if (!baseIo.color) chalk.level = 0;
  const debug = argv.includes('--debug');
  const json = wantsJson(argv);
  /** The human message on stderr; with --json also the error object on stdout (message without the location prefix). */
  const report = (e: FupinError, text = formatError(e)): number => {
    io.err(chalk.red(text) + '\n');
    if (json) io.out(JSON.stringify(errorJson(e), null, 2) + '\n');
    return e.exitCode;
  };
  // --log-file is opened before commander runs, so a mistyped command line is logged too.
  let io = baseIo;
  let log: (text: string) => void = () => {};
  const logFile = logFileArg(argv);
  if (logFile !== undefined) {
    const abs = path.resolve(baseIo.cwd, logFile);
    try {
      log = openLog(abs);
    } catch {
      return report(fail('LOG_FILE', { file: logFile }));
    }
    io = { ...baseIo, err: (t) => { baseIo.err(t); log(t); } };
  }
  const ctx: CliContext = { io, version, exitCode: ExitCode.Ok, log };
  // Under cron with --json, even a stop by SIGTERM leaves one JSON object in the output file.
  if (io.installSignalHandlers) {
    installInterruptHandlers(io.err, json ? (e) => io.out(JSON.stringify(errorJson(e), null, 2) + '\n') : undefined);
  }
  let failedCommand = 'fupin';
  try {
    await buildProgram(ctx, (c) => { failedCommand = c; }).parseAsync(argv, { from: 'user' });
    return ctx.exitCode;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return ExitCode.Ok;
      return report(commanderError(e, failedCommand));
    }
    // A full disk or a folder that cannot be written is not a bug: say so, and where (exit 1).
    const env = environmentError(e, { base: io.cwd });
    if (env && debug && e instanceof Error) Object.defineProperty(env, 'stack', { value: e.stack });
    const fe = e instanceof FupinError ? e : env;
    if (fe) {
      const code = report(fe);
      if (debug && fe.stack) io.err(fe.stack + '\n');
      return code;
    }
    const internal = fail('INTERNAL', { version, debug });
    const code = report(internal, internal.message);
    if (debug && e instanceof Error) io.err((e.stack ?? e.message) + '\n');
    return code;
  }
}
