import { it } from 'vitest';
import { generateCounty } from './index.js';
it('scratch county', async () => {
  process.env.SYNTH_TIMING = '1';
  const t = Date.now();
  const timer = setInterval(() => console.log('rss', Math.round(process.memoryUsage().rss / 1048576), 'heap', Math.round(process.memoryUsage().heapUsed / 1048576), Math.round((Date.now() - t) / 1000)), 10000);
  const r = await generateCounty({ dir: '/tmp/synthrun/county', seed: 7, scale: 'county' });
  clearInterval(timer);
  console.log('done', (Date.now() - t) / 1000, r.people, r.rows);
}, 3600000);
