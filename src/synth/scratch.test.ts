import { it } from 'vitest';
import { generateCounty } from './index.js';
it('scratch', async () => {
  for (let seed = 1; seed <= 6; seed++) for (const month of [0, 1, 2]) {
    await generateCounty({ dir: `/tmp/synthrun/h${seed}`, seed, month });
  }
}, 300000);
