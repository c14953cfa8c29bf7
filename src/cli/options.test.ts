import { describe, expect, it } from 'vitest';
import { CommanderError } from 'commander';
import { commanderError, parseChoice, parseDateValue, parsePeriodValue, parsePositiveInt } from './options.js';
import { badValue, shownValue } from '../app/bad-value.js';
import { FupinError } from '../errors.js';
import { buildProgram } from './main.js';
import type { CliContext } from './context.js';

function errorOf(fn: () => unknown): FupinError {
  try { fn(); } catch (e) { return e as FupinError; }
  throw new Error('expected an error');
}

const STATUS = [{ value: 'resolved', label: '已销号', aliases: ['销号'] }, { value: 'new', label: '新增' }];

describe('option values', () => {
  it('accepts a choice by code, Chinese label or alias, in any case', () => {
    expect(parseChoice('--status', STATUS, 'resolved')).toBe('resolved');
    expect(parseChoice('--status', STATUS, ' RESOLVED ')).toBe('resolved');
    expect(parseChoice('--status', STATUS, '已销号')).toBe('resolved');
    expect(parseChoice('--status', STATUS, '销号')).toBe('resolved');
  });

  it('rejects anything else with exit 2 and the valid list', () => {
    const e = errorOf(() => parseChoice('--status', STATUS, '完成'));
    expect(e).toBeInstanceOf(FupinError);
    expect(e.exitCode).toBe(2);
    expect(e.code).toBe('BAD_OPTION_VALUE');
    expect(e.data).toMatchObject({ flag: '--status', value: '完成', problem: { kind: 'choice', choices: expect.arrayContaining(['resolved（已销号）', 'new（新增）']) } });
    expect(e.message).toContain('resolved（已销号）、new（新增）'); // rendering
    expect(errorOf(() => parseChoice('--status', STATUS, '')).exitCode).toBe(2);
  });

  it('checks dates are real days', () => {
    expect(parseDateValue('--date', '2024-02-29')).toBe('2024-02-29');
    for (const bad of ['2026-02-30', '2025-02-29', '2026-13-01', '2026-1-1', 'today', '']) {
      const e = errorOf(() => parseDateValue('--date', bad));
      expect(e.exitCode, bad).toBe(2);
    }
    expect(errorOf(() => parseDateValue('--date', '2026-02-30')).data).toEqual({ flag: '--date', value: '2026-02-30', problem: { kind: 'noSuchDay' } });
    expect(errorOf(() => parseDateValue('--date', 'today')).data).toMatchObject({ problem: { kind: 'date' } });
  });

  it('checks periods and positive integers', () => {
    expect(parsePeriodValue('--period', '2026-10')).toBe('2026-10');
    for (const bad of ['2026-13', '2026-00', '202610', '2026-1', '']) expect(errorOf(() => parsePeriodValue('--period', bad)).exitCode).toBe(2);
    expect(parsePositiveInt('--header-row', '3')).toBe(3);
    for (const bad of ['0', '-1', '1.5', 'x', '', '99999999999999999999']) expect(errorOf(() => parsePositiveInt('--header-row', bad)).exitCode).toBe(2);
  });

  it('never repeats a full ID number typed as an option value', () => {
    expect(shownValue('52242219650312011X')).not.toContain('19650312');
    expect(badValue('--township', '52242219650312011X', { kind: 'unknownTownship', townships: [] }).message).not.toContain('52242219650312011X');
    expect(shownValue('黄泥塘')).toBe('黄泥塘');
  });
});

describe('commander errors', () => {
  const err = (code: string, message: string) => new CommanderError(1, code, message);
  const of = (code: string, message: string, command: string) => {
    const e = commanderError(err(code, message), command);
    return { code: e.code, data: e.data, exit: e.exitCode, message: e.message };
  };
  it('are chosen by commander\'s code, carry the names as data, and render in Chinese naming the command for help', () => {
    expect(of('commander.unknownOption', "error: unknown option '--jsn'\n(Did you mean --json?)", 'fupin rules')).toEqual({
      code: 'UNKNOWN_OPTION', data: { command: 'fupin rules', option: '--jsn', suggestion: '--json' }, exit: 2,
      message: '未知选项 --jsn（是不是 --json？）。用 fupin rules --help 查看用法。',
    });
    expect(of('commander.unknownCommand', "error: unknown command 'reconsile'", 'fupin')).toMatchObject({ code: 'UNKNOWN_COMMAND', data: { name: 'reconsile' } });
    expect(of('commander.missingArgument', "error: missing required argument 'file'", 'fupin verify'))
      .toMatchObject({ code: 'MISSING_ARGUMENT', data: { command: 'fupin verify', argument: 'file' } });
    expect(of('commander.optionMissingArgument', "error: option '--status <status>' argument missing", 'fupin findings'))
      .toMatchObject({ code: 'MISSING_OPTION_VALUE', data: { option: '--status' }, message: expect.stringContaining('选项 --status 缺少取值') });
    expect(of('commander.missingMandatoryOptionValue', "error: required option '--kind <kind>' not specified", 'fupin import'))
      .toMatchObject({ code: 'MISSING_OPTION', data: { option: '--kind' }, message: expect.stringContaining('必须提供选项 --kind') });
    expect(of('commander.excessArguments', 'error: too many arguments', 'fupin rules')).toMatchObject({ code: 'TOO_MANY_ARGUMENTS', message: expect.stringContaining('参数太多') });
    expect(of('commander.somethingNew', 'error: whatever', 'fupin')).toMatchObject({ code: 'BAD_USAGE', exit: 2, message: '命令行有误。用 fupin --help 查看用法。' });
  });
});

describe('help', () => {
  const ctx: CliContext = {
    io: { out: () => {}, err: () => {}, isTTY: false, color: false, cwd: '/', env: {} }, version: '0.0.0', exitCode: 0, log: () => {},
  };
  it('is Chinese for the program and every command (no Usage/Options/default/choices)', () => {
    const program = buildProgram(ctx);
    const texts = [program.helpInformation(), ...program.commands.map((c) => c.helpInformation())];
    expect(texts.length).toBeGreaterThan(8);
    for (const t of texts) {
      expect(t).toContain('用法：');
      expect(t).not.toMatch(/Usage:|Options:|Commands:|Arguments:|\(default:|\(choices:|\[options\]|display help/);
    }
    const findings = program.commands.find((c) => c.name() === 'findings')!.helpInformation();
    expect(findings).toContain('resolved（已销号）');
    expect(findings).toContain('--config');
    expect(findings).toContain('默认：table');
  });
});
