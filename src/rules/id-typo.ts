// Data-quality helper (not a rule): an ID that fails the check character but is one keystroke away from a
// valid ID of a person with the same name and birth date in the same village or household.
import type { Dataset, PersonRecord, RejectedRow } from '../model/types.js';
import type { IdTypoSuspect } from '../model/report.js';
import { normalizeIdText } from '../idcard/index.js';
import { rawIdText } from './id-invalid.js';

/** True when a and b (same length) differ in exactly one character or by one adjacent transposition. */
export function oneEditApart(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  const diff: number[] = [];
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) { diff.push(i); if (diff.length > 2) return false; }
  }
  if (diff.length === 1) return true;
  const [i, j] = diff;
  return j === i + 1 && a[i] === b[j] && a[j] === b[i];
}

const HOUSEHOLD_HEADERS = ['户编号', '家庭编号', '户号'];
const HEAD_ID_HEADERS = ['户主身份证号', '户主证件号码', '户主身份证号码', '户主身份证', '户主证件号'];

/** Value of the first raw column whose header (spaces and brackets ignored) is one of the names. */
function rawField(r: RejectedRow, names: string[]): string | null {
  for (const [h, v] of Object.entries(r.raw)) {
    const k = h.replace(/\s+/g, '').replace(/[（(][^）)]*[）)]/g, '');
    if (names.includes(k) && v.trim() !== '') return v.trim();
  }
  return null;
}

function sameVillage(r: RejectedRow, p: PersonRecord): boolean {
  return r.village !== null && p.village !== null && r.village === p.village
    && (r.township === null || p.township === null || r.township === p.township);
}

function sameHousehold(r: RejectedRow, p: PersonRecord): boolean {
  const hid = rawField(r, HOUSEHOLD_HEADERS);
  if (hid !== null && p.householdId !== null && hid === p.householdId) return true;
  const headRaw = rawField(r, HEAD_ID_HEADERS);
  const head = headRaw ? normalizeIdText(headRaw) : null;
  return head !== null && (p.headIdNumber === head || p.idNumber === head);
}

export function findIdTypos(data: Dataset): IdTypoSuspect[] {
  // Only birth dates of rejected CHECKSUM rows matter: filter a million records by that before normalising names.
  const births = new Set<string>();
  for (const r of data.rejected) {
    if (r.reason !== 'CHECKSUM') continue;
    const bad = normalizeIdText(rawIdText(r));
    if (bad.length === 18) births.add(bad.slice(6, 14));
  }
  if (births.size === 0) return [];
  // Valid records by normalised name + birth date (digits 7–14).
  const byKey = new Map<string, PersonRecord[]>();
  for (const records of data.records.values()) {
    for (const p of records) {
      const birth = p.idNumber.slice(6, 14);
      if (!births.has(birth)) continue;
      const name = p.name; // normalised at import
      if (name === '') continue;
      const key = `${name}\u0000${birth}`;
      const list = byKey.get(key);
      if (list) list.push(p); else byKey.set(key, [p]);
    }
  }
  const out: IdTypoSuspect[] = [];
  for (const r of data.rejected) {
    if (r.reason !== 'CHECKSUM') continue;
    const raw = rawIdText(r);
    const bad = normalizeIdText(raw);
    const name = r.name ?? '';
    if (bad.length !== 18 || name === '') continue;
    const candidates = (byKey.get(`${name}\u0000${bad.slice(6, 14)}`) ?? [])
      .filter((p) => oneEditApart(bad, p.idNumber) && (sameVillage(r, p) || sameHousehold(r, p)));
    const ids = [...new Set(candidates.map((p) => p.idNumber))];
    if (ids.length !== 1) continue; // none, or ambiguous: no suggestion
    const m = candidates[0];
    out.push({
      kind: r.kind, file: r.file, sheet: r.sheet, row: r.row,
      name, township: r.township, village: r.village,
      badIdNumber: raw, suggestedIdNumber: ids[0],
      matchedKind: m.kind, matchedFile: m.file, matchedRow: m.row,
    });
  }
  return out;
}
