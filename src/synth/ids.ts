// GB 11643 resident ID numbers: build valid ones, and the forms that messy rosters use.

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

export function checkChar(body17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (body17.charCodeAt(i) - 48) * WEIGHTS[i];
  return CHECK[sum % 11];
}

/** Birth as a yyyymmdd number. seq 1..999; its parity must already match the sex. */
export function makeId(area: string, birth: number, seq: number): string {
  const body = `${area}${birth}${String(seq).padStart(3, '0')}`;
  return body + checkChar(body);
}

/** The old 15-digit form (only for people born 1900–1999). */
export function to15(id: string): string {
  if (id.slice(6, 8) !== '19') throw new Error('to15: not born in 19xx');
  return id.slice(0, 6) + id.slice(8, 17);
}

/** Digits and X as full-width characters. */
export function toFullWidth(s: string): string {
  return s.replace(/[0-9A-Za-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}

/** Same ID with a wrong (but well-formed) check character. */
export function withWrongCheck(id: string): string {
  const right = id[17];
  const i = CHECK.indexOf(right);
  return id.slice(0, 17) + CHECK[(i + 3) % 11];
}

/** What Excel shows for an 18-digit ID typed into a General cell. */
export function excelScientific(id: string): string {
  return `${id[0]}.${id.slice(1, 6)}E+17`;
}

/** Whole years completed on refDate (YYYY-MM-DD) by someone born yyyymmdd. */
export function ageAt(birth: number, refDate: string): number {
  const ry = Number(refDate.slice(0, 4)), rmd = Number(refDate.slice(5, 7)) * 100 + Number(refDate.slice(8, 10));
  const by = Math.floor(birth / 10000), bmd = birth % 10000;
  return ry - by - (rmd < bmd ? 1 : 0);
}
