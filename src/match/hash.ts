// Short stable hashes for finding fingerprints and evidence hashes.
import { createHash } from 'node:crypto';

/** First 16 hex characters of the SHA-1 of the text. */
export function shortHash(text: string): string {
  return createHash('sha1').update(text, 'utf8').digest('hex').slice(0, 16);
}

/** Stable across months for the same rule and subject: never put files, rows or dates in `subjectKey`. */
export function fingerprint(rule: string, subjectKey: string): string {
  return shortHash(`${rule}\u0000${subjectKey}`);
}

/** Hash of the facts behind a finding, independent of their order. */
export function evidenceHash(facts: string[]): string {
  return shortHash([...new Set(facts)].sort().join('\n'));
}
