// A usage error about a value the user gave (exit 2): shared by the CLI's option parsers and the use-cases that
// check a value against the database (a period never reconciled, a township the database does not know).
import { fail, type FupinError, type OptionProblem } from '../errors.js';

/** A value the user typed, safe to repeat in a message: short, and never a full ID number. */
export function shownValue(v: string): string {
  const s = v.length > 30 ? v.slice(0, 30) + '…' : v;
  return s.replace(/\d{15,}[\dXx]?/g, (m) => m.slice(0, 6) + '*'.repeat(Math.max(0, m.length - 10)) + m.slice(-4));
}

export function badValue(flag: string, value: string, problem: OptionProblem): FupinError {
  return fail('BAD_OPTION_VALUE', { flag, value: shownValue(value), problem });
}
