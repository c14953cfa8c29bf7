// Months (periods, YYYY-MM) and calendar dates as the program and its options use them.
import { fail } from '../errors.js';
import { parseIsoDate } from '../idcard/parse.js';

/** A real calendar date in YYYY-MM-DD form (2026-02-30 is not one). */
export function isRealIsoDate(s: string): boolean {
  return parseIsoDate(s) !== null;
}

/** The last day of a period: the default reference date of the rules. */
export function lastDayOfPeriod(period: string): string {
  const [y, m] = period.split('-').map(Number);
  const d = new Date(Date.UTC(y, m, 0));
  return `${period}-${String(d.getUTCDate()).padStart(2, '0')}`;
}

export function currentPeriod(now = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
}

export function checkPeriod(p: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(p);
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) {
    throw fail('BAD_PERIOD', { value: p });
  }
  return p;
}
