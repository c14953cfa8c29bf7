// Option values and the command-line conventions every command gets (Chinese help, Chinese commander errors,
// validated values). Generic: a new command added to the program gets all of it by being added.
import { Command, CommanderError, Help, Option, type Argument } from 'commander';
import { badValue } from '../app/bad-value.js';
import { fail, type CommanderCode, type FupinError } from '../errors.js';
import { SOURCE_KINDS } from '../model/types.js';
import { KINDS } from '../model/kinds/index.js';
import { isRealIsoDate } from '../model/period.js';

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

const COMMANDER_CODES: Record<string, CommanderCode> = {
  'commander.unknownOption': 'UNKNOWN_OPTION', 'commander.unknownCommand': 'UNKNOWN_COMMAND',
  'commander.missingArgument': 'MISSING_ARGUMENT', 'commander.missingMandatoryOptionValue': 'MISSING_OPTION',
  'commander.optionMissingArgument': 'MISSING_OPTION_VALUE', 'commander.excessArguments': 'TOO_MANY_ARGUMENTS',
  'commander.invalidArgument': 'BAD_OPTION_VALUE', 'commander.conflictingOption': 'CONFLICTING_OPTIONS',
};

/** The last word of a declared option ("-k, --kind <kind>" -> "--kind") that starts with `prefix`. */
function flagOf(declared: string | undefined, prefix: string): string {
  return (declared ?? '').split(/[ ,]/).filter((w) => w.startsWith(prefix)).pop() ?? declared ?? '';
}

/**
 * A commander error as a catalogued error, chosen by commander's code. Commander puts the names (option, argument,
 * command) only into its English text, quoted: those names are the data; the sentence comes from the catalogue.
 */
export function commanderError(e: CommanderError, command: string): FupinError {
  const q = quoted(e.message);
  switch (COMMANDER_CODES[e.code]) {
    case 'UNKNOWN_OPTION': {
      const suggestion = /(--?[\w-]+)\?\)?\s*$/.exec(e.message)?.[1];
      return fail('UNKNOWN_OPTION', { command, option: q[0] ?? '', ...(suggestion ? { suggestion } : {}) });
    }
    case 'UNKNOWN_COMMAND': return fail('UNKNOWN_COMMAND', { name: q[0] ?? '' });
    case 'MISSING_ARGUMENT': return fail('MISSING_ARGUMENT', { command, argument: q[0] ?? '' });
    case 'MISSING_OPTION': return fail('MISSING_OPTION', { command, option: flagOf(q[0], '--') });
    case 'MISSING_OPTION_VALUE': return fail('MISSING_OPTION_VALUE', { command, option: flagOf(q[0], '-') });
    case 'TOO_MANY_ARGUMENTS': return fail('TOO_MANY_ARGUMENTS', { command });
    case 'CONFLICTING_OPTIONS': return fail('CONFLICTING_OPTIONS', { command, options: q });
    case 'BAD_OPTION_VALUE': return fail('BAD_OPTION_VALUE', { command, values: q.slice(0, 2) });
    default: return fail('BAD_USAGE', { command });
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
