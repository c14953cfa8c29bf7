import { describe, expect, it } from 'vitest';
import { evidenceHash, fingerprint, shortHash } from './hash.js';
import { ageOfId, ageWithin, birthDateOfId } from './age.js';
import { makeId } from '../rules/test-helpers.js';

describe('hashes', () => {
  it('are 16 hex characters and stable', () => {
    expect(shortHash('x')).toMatch(/^[0-9a-f]{16}$/);
    expect(fingerprint('MISSED', 'H:1')).toBe(fingerprint('MISSED', 'H:1'));
    expect(fingerprint('MISSED', 'H:1')).not.toBe(fingerprint('EDU_DROPOUT', 'H:1'));
  });
  it('evidence hash ignores order and duplicates', () => {
    expect(evidenceHash(['a', 'b'])).toBe(evidenceHash(['b', 'a', 'a']));
    expect(evidenceHash(['a'])).not.toBe(evidenceHash(['a', 'b']));
  });
});

describe('age', () => {
  it('counts whole years completed at the reference date', () => {
    const id = makeId('20100630');
    expect(birthDateOfId(id)).toBe('2010-06-30');
    expect(ageOfId(id, '2025-06-30')).toBe(15);
    expect(ageOfId(id, '2025-06-29')).toBe(14);
    expect(ageWithin(15, [6, 15])).toBe(true);
    expect(ageWithin(16, [6, 15])).toBe(false);
    expect(ageWithin(6, [6, 15])).toBe(true);
    expect(ageWithin(5, [6, 15])).toBe(false);
  });
});
