// Ages from ID numbers: whole years completed at the reference date.
import { ageAt } from '../idcard/index.js';

/** Birth date 'YYYY-MM-DD' from digits 7–14 of a valid 18-character ID. */
export function birthDateOfId(idNumber: string): string {
  return `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`;
}

/** Whole years completed on referenceDate (a birthday on that date counts). */
export function ageOfId(idNumber: string, referenceDate: string): number {
  return ageAt(birthDateOfId(idNumber), referenceDate);
}

/** True when lo <= age <= hi. */
export function ageWithin(age: number, [lo, hi]: [number, number]): boolean {
  return age >= lo && age <= hi;
}
