// --log-file: every line the user would read on stderr, appended with a local ISO timestamp, for cron.
import fs from 'node:fs';

/** 2026-12-03T17:45:12+08:00: local time with its offset, so a log read in another time zone is still exact. */
export function localIsoTimestamp(d = new Date()): string {
  const p = (n: number) => String(Math.trunc(Math.abs(n))).padStart(2, '0');
  const off = -d.getTimezoneOffset();
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}` +
    `${off >= 0 ? '+' : '-'}${p(off / 60)}:${p(off % 60)}`;
}

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;

/** One timestamped line per non-empty line of text. */
export function timestamped(text: string, now = new Date()): string {
  const ts = localIsoTimestamp(now);
  return text.replace(ANSI, '').split('\n').filter((l) => l.trim() !== '').map((l) => `${ts} ${l}\n`).join('');
}

/** The --log-file value in argv (before commander runs, so parse errors are logged too). */
export function logFileArg(argv: string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--') break;
    if (argv[i] === '--log-file') return argv[i + 1];
    if (argv[i].startsWith('--log-file=')) return argv[i].slice('--log-file='.length);
  }
  return undefined;
}

export type LogSink = (text: string) => void;

/** Appends synchronously: a crash or kill right after a line still leaves the line in the file. */
export function openLog(file: string): LogSink {
  fs.appendFileSync(file, '', { mode: 0o600 });
  return (text) => {
    const lines = timestamped(text);
    if (lines) try { fs.appendFileSync(file, lines); } catch { /* the log is a copy; stderr still has it */ }
  };
}
