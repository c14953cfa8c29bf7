// Option values and the command-line conventions every command gets (Chinese help, Chinese commander errors,
// validated values). Generic: a new command added to the program gets all of it by being added.
import { Command, CommanderError, Help, Option, type Argument } from 'commander';
import { badValue } from '../app/bad-value.js';
import { SOURCE_KINDS } from '../model/types.js';
import { KINDS } from '../model/kinds/index.js';
import { isRealIsoDate } from '../model/period.js';

export { badValue, shownValue } from '../app/bad-value.js';

export interface Choice {
  /** The value the program uses (English, as in JSON and scripts). */
  value: string;
  /** Chinese label, shown in lists and accepted as input. */
  label?: string;
  /** Other accepted spellings (compared without case and surrounding spaces). */
  aliases?: readonly string[];
}

export function choiceList(choices: readonly Choice[]): string {
  return choiceItems(choices).join('、');
}

function choiceItems(choices: readonly Choice[]): string[] {
  return choices.map((c) => (c.label ? `${c.value}（${c.label}）` : c.value));
}

/** Accepts a choice's value, label or alias, case-insensitively; anything else is exit 2 with the valid list. */
export function parseChoice(flag: string, choices: readonly Choice[], raw: string): string {
  const k = raw.trim().toLowerCase();
  const hit = choices.find((c) => [c.value, c.label ?? '', ...(c.aliases ?? [])].some((a) => a && a.toLowerCase() === k));
  if (!hit) throw badValue(flag, raw, { kind: 'choice', choices: choiceItems(choices) });
  return hit.value;
}

/** An option with a fixed set of values (the commander counterpart of .choices(), with Chinese messages and labels). */
/** The source kinds, by code or Chinese title (import, inspect). */
export const KIND_CHOICES: Choice[] = SOURCE_KINDS.map((k) => ({ value: k, aliases: [KINDS[k].title] }));

export function choiceOption(flags: string, description: string, choices: readonly Choice[] | (() => readonly Choice[]), defaultValue?: string,
  listInHelp = true): Option {
  const list = () => (typeof choices === 'function' ? choices() : choices);
  const opt = new Option(flags, description);
  const flag = opt.long ?? opt.short ?? flags;
  opt.argParser((v: string) => parseChoice(flag, list(), v));
  if (defaultValue !== undefined) opt.default(defaultValue);
  // Listed in help as 可选：…; computed lazily so a long catalogue (rule codes) stays current.
  if (listInHelp) Object.defineProperty(opt, 'fupinChoices', { get: () => choiceList(list()) });
  return opt;
}

/** --period YYYY-MM with a real month. */
export function periodOption(description: string): Option {
  return new Option('--period <YYYY-MM>', description).argParser((v: string) => parsePeriodValue('--period', v));
}

export function parsePeriodValue(flag: string, v: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(v.trim());
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) throw badValue(flag, v, { kind: 'month' });
  return v.trim();
}

/** A real calendar date (2026-02-30 is not one). */
export function parseDateValue(flag: string, v: string): string {
  const t = v.trim();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(t)) throw badValue(flag, v, { kind: 'date' });
  if (!isRealIsoDate(t)) throw badValue(flag, v, { kind: 'noSuchDay' });
  return t;
}

export function parsePositiveInt(flag: string, v: string): number {
  const n = Number(v.trim());
  if (!/^\d+$/.test(v.trim()) || !Number.isSafeInteger(n) || n < 1) throw badValue(flag, v, { kind: 'positiveInt' });
  return n;
}

// ---------------------------------------------------------------- help in Chinese

const TITLES: Record<string, string> = {
  'Usage:': '用法：', 'Options:': '选项：', 'Commands:': '命令：', 'Arguments:': '参数：', 'Global Options:': '全局选项：',
};

function extras(desc: string, choices: string | undefined, def: unknown, defDesc: string | undefined): string {
  const extra: string[] = [];
  if (choices) extra.push(`可选：${choices}`);
  if (def !== undefined && def !== false && !(Array.isArray(def) && def.length === 0)) extra.push(`默认：${defDesc ?? (typeof def === 'string' ? def : JSON.stringify(def))}`);
  return extra.length ? `${desc}（${extra.join('；')}）` : desc;
}

/** commander's Help, speaking Chinese. */
export const chineseHelp: Partial<Help> = {
  styleTitle: (s: string) => TITLES[s] ?? s,
  subcommandTerm(this: Help, cmd: Command): string {
    return Help.prototype.subcommandTerm.call(this, cmd).replace('[options]', '[选项]');
  },
  commandUsage(this: Help, cmd: Command): string {
    return Help.prototype.commandUsage.call(this, cmd).replace('[options]', '[选项]').replace('[command]', '[命令]');
  },
  optionDescription: (o: Option) => {
    const choices = (o as Option & { fupinChoices?: string }).fupinChoices ?? o.argChoices?.join('、');
    // A negated flag (--no-mask) shows no "default: true": it means nothing to a reader.
    return extras(o.description, choices, o.negate ? undefined : o.defaultValue, o.defaultValueDescription);
  },
  argumentDescription: (a: Argument) => extras(a.description, a.argChoices?.join('、'), a.defaultValue, a.defaultValueDescription),
};

// ---------------------------------------------------------------- commander's own errors

/** Quoted tokens of commander's message: the option, command or argument it is about. */
function quoted(msg: string): string[] {
  return [...msg.matchAll(/'([^']*)'/g)].map((m) => m[1]);
}

/** A Chinese message for a commander error, chosen by its code (the English text is only mined for names). */
export function commanderMessage(e: CommanderError, command: string): string {
  const q = quoted(e.message);
  const help = `用 ${command} --help 查看用法。`;
  switch (e.code) {
    case 'commander.unknownOption': {
      const suggestion = /(--?[\w-]+)\?\)?\s*$/.exec(e.message)?.[1];
      return `未知选项 ${q[0] ?? ''}${suggestion && suggestion !== q[0] ? `（是不是 ${suggestion}？）` : ''}。${help}`;
    }
    case 'commander.unknownCommand': return `未知命令 ${q[0] ?? ''}。用 fupin --help 查看全部命令。`;
    case 'commander.missingArgument': return `缺少参数 <${q[0] ?? ''}>。${help}`;
    case 'commander.missingMandatoryOptionValue': return `必须提供选项 ${(q[0] ?? '').split(/[ ,]/).filter((s) => s.startsWith('--')).pop() ?? q[0]}。${help}`;
    case 'commander.optionMissingArgument': return `选项 ${(q[0] ?? '').split(/[ ,]/).filter((s) => s.startsWith('-')).pop() ?? q[0]} 缺少取值。${help}`;
    case 'commander.excessArguments': return `参数太多。${help}`;
    case 'commander.conflictingOption': return `选项冲突：${q.join(' 与 ')}。${help}`;
    case 'commander.invalidArgument': return `取值无效：${q.slice(0, 2).join(' ')}。${help}`;
    default: return `命令行有误。${help}`;
  }
}

export interface Conventions {
  out(text: string): void;
  err(text: string): void;
  /** Called with the full name of the command whose parsing failed, before commander throws. */
  onError(command: string): void;
}

function fullName(cmd: Command): string {
  const names: string[] = [];
  for (let c: Command | null = cmd; c; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}

/** The same conventions on a command and all its subcommands. */
export function applyConventions(cmd: Command, c: Conventions): void {
  cmd.exitOverride()
    .configureHelp(chineseHelp)
    .helpOption('-h, --help', '显示帮助')
    .configureOutput({
      writeOut: (s) => c.out(s),
      writeErr: (s) => c.err(s),
      // Printed by main() (in Chinese, or as the --json error object), not here.
      outputError: () => c.onError(fullName(cmd)),
    });
  for (const sub of cmd.commands) applyConventions(sub, c);
}
