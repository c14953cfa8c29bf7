// Step 5 of a run: outputs are written to a staging folder inside the output folder and moved into place only after
// the database has committed, so a failed or killed run leaves last month's files and database as they were.
import fs from 'node:fs';
import path from 'node:path';
import { fail } from '../../errors.js';
import { alive } from '../lock.js';
import { onInterruptRemove } from '../cleanup.js';
import { environmentError } from '../env-errors.js';
import { writeOutputs, type OutputsInput } from '../write-outputs.js';

const STAGING_PREFIX = '.fupin-staging-';

export interface Staged {
  /** Written files, relative to the output folder. */
  written: string[];
  /** Moves them into the output folder (call after the commit). */
  publish(): void;
  /** Removes what is left of the staging folder; safe to call more than once. */
  discard(): void;
}

export async function stageOutputs(outputDir: string, dir: string, input: OutputsInput): Promise<Staged> {
  const outputLabel = path.relative(dir, outputDir) || outputDir;
  let staging: string | null = null;
  let forget = () => {};
  const discard = () => {
    // Never let the clean-up hide the real error; a leftover is removed by the next run (removeStaleStaging).
    if (staging) try { fs.rmSync(staging, { recursive: true, force: true, maxRetries: 5, retryDelay: 20 }); } catch { /* see above */ }
    forget();
  };
  try {
    fs.mkdirSync(outputDir, { recursive: true, mode: 0o700 }); // new folders private; existing ones are left as they are
    removeStaleStaging(outputDir);
    staging = fs.mkdtempSync(path.join(outputDir, `${STAGING_PREFIX}${process.pid}-`));
    fs.chmodSync(staging, 0o700);
    forget = onInterruptRemove(staging);
    const written = await writeOutputs(staging, input);
    // Every folder the outputs go to exists before the commit, so the moves after it cannot fail on that.
    for (const w of written) fs.mkdirSync(path.dirname(path.join(outputDir, w)), { recursive: true, mode: 0o700 });
    const from = staging;
    return {
      written,
      publish() {
        try {
          for (const w of written) fs.renameSync(path.join(from, w), path.join(outputDir, w));
        } catch {
          // Renames inside one folder practically never fail; if one does, say exactly what state things are in.
          throw fail('OUTPUT_MOVE', { output: outputLabel });
        }
      },
      discard,
    };
  } catch (e) {
    discard();
    throw environmentError(e, { target: `输出目录 ${outputLabel}`, base: dir, nothingChanged: true }) ?? e;
  }
}

/**
 * A run killed with SIGKILL (or by a power cut) cannot clean up: its staging folder, which holds unmasked
 * findings, would stay in the output folder for good. The next run removes it. Folders of a process that
 * is still alive are left alone (another database writing to the same folder).
 */
function removeStaleStaging(outputDir: string): void {
  let names: string[];
  try { names = fs.readdirSync(outputDir); } catch { return; }
  for (const n of names) {
    if (!n.startsWith(STAGING_PREFIX)) continue;
    const pid = Number(/^\.fupin-staging-(\d+)-/.exec(n)?.[1] ?? 0);
    if (pid && pid !== process.pid && alive(pid)) continue;
    try { fs.rmSync(path.join(outputDir, n), { recursive: true, force: true }); } catch { /* best effort */ }
  }
}
