// The CLI's window to the world, injectable so commands can be tested without a process.
import fs from 'node:fs';

export interface CliIo {
  out(text: string): void;   // data (stdout)
  err(text: string): void;   // human messages (stderr)
  isTTY: boolean;            // stderr is a terminal: progress bars allowed
  color: boolean;
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Only the real process installs Ctrl-C handling (tests run main() in-process). */
  installSignalHandlers?: boolean;
}

export function processIo(): CliIo {
  return {
    out: (t) => { try { fs.writeSync(1, t); } catch (e) { if ((e as NodeJS.ErrnoException).code !== 'EPIPE') throw e; } },
    err: (t) => { try { fs.writeSync(2, t); } catch { /* stderr gone: nothing to tell */ } },
    isTTY: Boolean(process.stderr.isTTY),
    color: Boolean(process.stderr.isTTY) && !process.env.NO_COLOR,
    cwd: process.cwd(),
    env: process.env,
    installSignalHandlers: true,
  };
}

export function readVersion(): string {
  try {
    const pkg = JSON.parse(fs.readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    return String(pkg.version);
  } catch {
    return '0.0.0';
  }
}
