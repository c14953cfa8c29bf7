// Shared shapes of the generated roster files, and how an ID is written in a given form.
import type { SourceKind } from '../../model/types.js';
import { excelScientific, to15, toFullWidth, withWrongCheck } from '../ids.js';
import { altOf, INVALID_FORMS, on, type CellValue, type Household, type IdForm, type Person, type World } from '../model.js';
import type { MonthState } from '../state.js';

/** One column: header text as written (may hold full-width brackets and a line break) and its canonical field. */
export interface Col { h: string; f?: string; width?: number; date?: boolean }

export interface Emit {
  cells: CellValue[];
  /** The ID cell was written in an unusable form (an expected ID_INVALID row). */
  invalid?: boolean;
  /** A 合计 row or similar: not data. */
  nonData?: boolean;
}

export interface SheetOut {
  name: string;
  title?: string;
  subtitle?: string;
  cols: Col[];
  rows: () => Iterable<Emit>;
  /** Free text rows written after the data (e.g. a 说明 sheet has no columns). */
  notes?: string[];
}

export type Format = 'xlsx' | 'xls' | 'csv-gbk' | 'csv-bom';

export interface FileOut {
  kind: SourceKind;
  path: string;              // relative to input/<period>, forward slashes
  format: Format;
  sheets: SheetOut[];
  /** Large roster: written without styles (exceljs styles double the write time); no Date cells then. */
  plain?: boolean;
}

export interface Ctx {
  w: World;
  m: number;
  st: MonthState;
  period: string;            // YYYY-MM of this month
  order: Household[];        // households sorted by township, village, household number
}

export function periodText(period: string): string {
  return `${period.slice(0, 4)}年${Number(period.slice(5, 7))}月`;
}

export function countyShort(w: World): string {
  return w.county.name;
}

export function townOf(w: World, h: Household): string {
  return w.townships[h.town].name;
}

export function villageOf(w: World, h: Household): string {
  return w.townships[h.town].villages[h.village].name;
}

export function sexText(p: { sex: 1 | 2 }): string {
  return p.sex === 1 ? '男' : '女';
}

export function renderId(id: string, form: IdForm): CellValue {
  switch (form) {
    case 'normal': return id;
    case 'id15': return to15(id);
    case 'lowerx': return id.toLowerCase();
    case 'fullwidth': return toFullWidth(id);
    case 'nbsp': return `${id}\u00a0`;
    case 'zwsp': return `\u200b${id}`;
    case 'spaces': return ` ${id.slice(0, 6)} ${id.slice(6)} `;
    case 'apostrophe': return `'${id}`;
    case 'eqwrap': return `="${id}"`;
    case 'number': return Number(id.slice(0, 17) + (id[17] === 'X' ? '0' : id[17]));
    case 'sci': return excelScientific(id);
    case 'badcheck': return withWrongCheck(id);
    case 'empty': return null;
    case 'short': return id.slice(0, 17);
  }
}

/** Name and ID cell of a person's generic record of `kind` this month (alts applied). */
export function who(ctx: Ctx, p: Person, kind: SourceKind, fallbackForm: IdForm = 'normal'): { name: string; id: CellValue; invalid: boolean } {
  const alt = altOf(p, kind, ctx.m);
  const form = alt?.idForm ?? fallbackForm;
  return { name: alt?.name ?? p.name, id: renderId(p.id, form), invalid: INVALID_FORMS.has(form) };
}

/** Same for a planted fact (its own name/ID form). */
export function whoFact(p: Person, f: { name?: string; idForm?: IdForm }): { name: string; id: CellValue; invalid: boolean } {
  const form = f.idForm ?? 'normal';
  return { name: f.name ?? p.name, id: renderId(p.id, form), invalid: INVALID_FORMS.has(form) };
}

export function monitored(ctx: Ctx, h: Household): boolean {
  return on(h.monitor, ctx.m);
}

/** Split the townships in two groups (first half, second half) for two-sheet or two-file rosters. */
export function townHalf(w: World, h: { town: number }): 0 | 1 {
  return h.town < Math.ceil(w.townships.length / 2) ? 0 : 1;
}

export function townsOfHalf(w: World, half: 0 | 1): string[] {
  const cut = Math.ceil(w.townships.length / 2);
  return w.townships.filter((_, i) => (half === 0 ? i < cut : i >= cut)).map((t) => t.name);
}
