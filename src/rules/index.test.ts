import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { RULES } from './index.js';
import { SOURCE_KINDS } from '../model/types.js';

const SPEC_ORDER = [
  'MISSED', 'FOUR_CAT_STAFF', 'FOUR_CAT_BUSINESS', 'FOUR_CAT_PROPERTY', 'FOUR_CAT_VEHICLE', 'WRONG_EXIT', 'EDU_DROPOUT',
  'MED_UNINSURED', 'HOUSING_UNSAFE', 'DECEASED_LISTED', 'ZERO_EMPLOYMENT', 'ID_INVALID', 'ID_NAME_CONFLICT',
  // Issue 7.
  'HH_STRUCTURE', 'SEX_MISMATCH', 'DUPLICATE_PERSON', 'AGE_FIELD_MISMATCH', 'FLAG_CONTRADICTION',
  'QUICK_EXIT', 'NO_LABOR_ELIMINATED', 'NO_ASSISTANCE', 'WATER_UNSAFE', 'INCOME_BELOW_LINE',
  // issue 12: national numbered checks
  'TEKUN_ABLE_BODIED', 'RISK_MISMATCH', 'WORK_RECORD_IMPLAUSIBLE', 'MEASURE_MISMATCH', 'MONITOR_FIELD_MISSING',
  'EDUCATION_RECORD_CONFLICT', 'LAND_AREA_IMPLAUSIBLE',
];

describe('rule catalogue', () => {
  it('lists the rules of product-spec §5 in order', () => {
    expect(RULES.map((r) => r.code)).toEqual(SPEC_ORDER);
  });

  it('every rule is complete, has a file and a test named after its code', () => {
    for (const r of RULES) {
      const file = r.code.toLowerCase().replace(/_/g, '-');
      expect(existsSync(fileURLToPath(new URL(`./${file}.ts`, import.meta.url))), file).toBe(true);
      expect(existsSync(fileURLToPath(new URL(`./${file}.test.ts`, import.meta.url))), file).toBe(true);
      for (const text of [r.title, r.category, r.leadDept, r.description, r.question]) {
        expect(text, r.code).toMatch(/[\u4e00-\u9fff]/);
      }
      expect(['household', 'person', 'row']).toContain(r.subject);
      for (const k of [...r.requires, ...(r.requiresAny ?? [])]) expect(SOURCE_KINDS).toContain(k);
    }
  });
});
