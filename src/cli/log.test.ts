import { describe, expect, it } from 'vitest';
import { localIsoTimestamp, logFileArg, timestamped } from './log.js';

describe('log lines', () => {
  it('stamps local time with its offset, never Z', () => {
    const ts = localIsoTimestamp(new Date(2026, 9, 5, 2, 3, 4));
    expect(ts).toMatch(/^2026-10-05T02:03:04[+-]\d{2}:\d{2}$/);
  });

  it('stamps every non-empty line and drops colours', () => {
    const out = timestamped('\u001b[33m提醒：\u001b[39m\n  a\n\nb\n', new Date(2026, 0, 1, 8, 0, 0));
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    for (const l of lines) expect(l).toMatch(/^2026-01-01T08:00:00[+-]\d{2}:\d{2} /);
    expect(out).not.toContain('\u001b');
    expect(timestamped('\n\n')).toBe('');
  });

  it('finds --log-file in either form, not after --', () => {
    expect(logFileArg(['reconcile', '--log-file', 'a.log'])).toBe('a.log');
    expect(logFileArg(['--log-file=b.log', 'rules'])).toBe('b.log');
    expect(logFileArg(['rules'])).toBeUndefined();
    expect(logFileArg(['id', '--', '--log-file', 'x'])).toBeUndefined();
  });
});
