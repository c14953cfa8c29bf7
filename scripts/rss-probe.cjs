// Preloaded by the benchmarks (node -r): records the process's peak RSS at exit into $FUPIN_RSS_FILE.
const fs = require('node:fs');
process.on('exit', () => {
  if (process.env.FUPIN_RSS_FILE) fs.writeFileSync(process.env.FUPIN_RSS_FILE, String(process.resourceUsage().maxRSS * 1024));
});
