// What every command receives from the entry point: the terminal, the version, the exit code to return, the log.
import type { CliIo } from './io.js';

export interface CliContext {
  io: CliIo;
  version: string;
  exitCode: number;
  /** Lines for the --log-file only (what --quiet keeps off stderr); a no-op without --log-file. */
  log: (text: string) => void;
}
