// Use-case behind `fupin demo`: generate the synthetic county into a folder (its own, or an empty one) and reconcile it.
import fs from 'node:fs';
import { fail } from '../errors.js';
import { writeGitIgnore } from './init.js';
import { reconcile, type ReconcileSummary } from './reconcile.js';

export interface DemoOptions {
  target: string;
  /** The folder as the user typed it, for messages. */
  shown: string;
  seed: number;
  scale: 'small' | 'county';
  version: string;
  progress: (msg: string) => void;
}

export async function runDemo(o: DemoOptions): Promise<{ summary: ReconcileSummary; configPath: string; period: string }> {
  const { generateCounty, holdsDemoConfig } = await import('../synth/index.js');
  // A folder the demo made before is known by its untouched demo config; anything else non-empty is left alone.
  if (fs.existsSync(o.target) && fs.readdirSync(o.target).length > 0 && !holdsDemoConfig(o.target)) {
    throw fail('DEMO_DIR_NOT_EMPTY', { dir: o.shown });
  }
  o.progress(`正在生成示例县到 ${o.shown} …`);
  const g = await generateCounty({ dir: o.target, seed: o.seed, scale: o.scale });
  writeGitIgnore(o.target);
  const summary = await reconcile({ configFile: g.configPath, period: g.period, version: o.version, progress: o.progress });
  return { summary, configPath: g.configPath, period: g.period };
}
