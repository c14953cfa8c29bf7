// Helpers for planting problems: picking unused households and people, recording expected findings and look-alikes.
import { ageAt } from './ids.js';
import { ALL, isExitSubject, type Household, type HouseholdCells, type Mask, type MonCells, type Person, type World } from './model.js';
import { hanName } from './names.js';
import { Rng } from './rng.js';
import { MonthState } from './state.js';

export interface PlannedFinding { rule: string; key: string; mask: Mask; why: string }

export class Kit {
  readonly rng: Rng;
  readonly expected: PlannedFinding[] = [];
  readonly negatives: PlannedFinding[] = [];
  readonly monitorHHs: Household[];
  readonly ordinaryHHs: Household[];
  /** Fresh month views (no caches are filled while planting). */
  readonly st: MonthState[];

  constructor(readonly w: World) {
    this.rng = Rng.derive(w.seed, 'plant');
    this.monitorHHs = w.households.filter((h) => h.monitor === ALL);
    this.ordinaryHHs = w.households.filter((h) => h.monitor === 0);
    this.st = [0, 1, 2].map((m) => new MonthState(w, m));
  }

  age(p: Person, m = 0): number {
    return ageAt(p.birth, this.w.refDates[m]);
  }

  /** Age within [lo, hi] in every month. */
  ageIn(p: Person, lo: number, hi: number): boolean {
    return [0, 1, 2].every((m) => { const a = this.age(p, m); return a >= lo && a <= hi; });
  }

  expect(rule: string, key: string, mask: Mask, why: string): void {
    this.expected.push({ rule, key, mask, why });
  }

  negative(rule: string, key: string, why: string, mask: Mask = ALL): void {
    this.negatives.push({ rule, key, mask, why });
  }

  /** A person rule; an exited or risk-eliminated household also gets WRONG_EXIT. */
  personGap(rule: string, p: Person, mask: Mask, why: string): void {
    this.expect(rule, p.id, mask, why);
    if (isExitSubject(p.hh)) this.expect('WRONG_EXIT', p.hh.hid, mask, `${why}（已脱贫/风险已消除户）`);
  }

  /** EDU_DROPOUT of a child the national export still shows in 小学/七~九年级: FLAG_CONTRADICTION fires too. */
  eduGap(p: Person, mask: Mask, why: string): void {
    this.personGap('EDU_DROPOUT', p, mask, why);
    this.expect('FLAG_CONTRADICTION', p.hh.hid, mask, `${why}（监测系统在校生状况仍为在校）`);
  }

  householdGap(rule: string, h: Household, mask: Mask, why: string): void {
    this.expect(rule, h.hid, mask, why);
    if (isExitSubject(h)) this.expect('WRONG_EXIT', h.hid, mask, `${why}（已脱贫/风险已消除户）`);
  }

  /** An unused household from `list` passing `ok`, scanning from a random start; marked used. */
  pick(list: Household[], ok: (h: Household) => boolean): Household | null {
    if (list.length === 0) return null;
    const start = this.rng.int(0, list.length - 1);
    for (let i = 0; i < list.length; i++) {
      const h = list[(start + i) % list.length];
      if (!h.used && ok(h)) { h.used = true; return h; }
    }
    return null;
  }

  /** An unused household with a member passing `ok` (prefers households passing `prefer`); returns the member. */
  pickMember(list: Household[], ok: (p: Person) => boolean, prefer?: (h: Household) => boolean): Person | null {
    let found: Person | null = null;
    const test = (h: Household) => {
      const c = h.members.filter(ok);
      if (c.length === 0) return false;
      found = c[this.rng.int(0, c.length - 1)];
      return true;
    };
    if (prefer && this.pick(list, (h) => prefer(h) && test(h))) return found;
    if (this.pick(list, test)) return found;
    return null;
  }

  /** Like pick, preferring township `i` modulo the number of townships: spreads the cases of one rule. */
  pickAt(i: number, list: Household[], ok: (h: Household) => boolean): Household | null {
    const t = i % this.w.townships.length;
    return this.pick(list, (h) => h.town === t && ok(h)) ?? this.pick(list, ok);
  }

  /** Like pickMember, preferring township `i` modulo the number of townships. */
  pickMemberAt(i: number, list: Household[], ok: (p: Person) => boolean): Person | null {
    const t = i % this.w.townships.length;
    return this.pickMember(list, ok, (h) => h.town === t);
  }

  /** Plants cells of a person's monitor-export row in the months of `mask`. */
  mon(p: Person, mask: Mask, cells: Omit<MonCells, 'mask'>): void {
    (p.mon ??= []).push({ mask, ...cells });
  }

  /** Plants household cells of the monitor export in the months of `mask`. */
  hcells(h: Household, mask: Mask, cells: Omit<HouseholdCells, 'mask'>): void {
    (h.cells ??= []).push({ mask, ...cells });
  }

  /** Alive in every month (planted deaths excluded). */
  living(p: Person): boolean {
    return p.deceased === 0;
  }

  /** A member with a labour candidate role in every month. */
  laborAll(p: Person): boolean {
    return this.st.every((s) => s.laborCandidate(p));
  }

  /** Adds a new member of a given age (on the month-0 reference date, in days) to a household. */
  addMember(h: Household, ageDays: number, sex: 1 | 2, rel: string): Person {
    const head = h.members[0];
    const birth = daysBeforeRef(this.w, ageDays);
    const p: Person = {
      idx: this.w.persons.length, id: this.w.newId(this.w.county.code, birth, sex),
      name: hanName(this.rng, sex, head.name.includes('·') ? undefined : head.name[0]), sex, birth, hh: h, rel, ethnic: head.ethnic,
      edu: '', chronic: false, seriousIll: false, disability: null, illnessPay: null, tekun: 0, noMedical: 0, noStudent: 0,
      deceased: 0, deathDate: null, offMonitor: 0, facts: null, alts: null,
    };
    h.members.push(p);
    this.w.persons.push(p);
    return p;
  }

  /** A date `days` before the month-0 reference date, as YYYY-MM-DD. */
  dateBefore(days: number): string {
    const d = new Date(Date.parse(`${this.w.refDates[0]}T00:00:00Z`) - days * 86400000);
    return d.toISOString().slice(0, 10);
  }
}

function daysBeforeRef(w: World, days: number): number {
  const d = new Date(Date.parse(`${w.refDates[0]}T00:00:00Z`) - days * 86400000);
  return d.getUTCFullYear() * 10000 + (d.getUTCMonth() + 1) * 100 + d.getUTCDate();
}

/** Lifetimes cycled through the k copies of a plant. */
export function lifetimes(k: number, cycle: Mask[]): Mask[] {
  const out: Mask[] = [];
  for (let i = 0; i < k; i++) out.push(...cycle);
  return out;
}
