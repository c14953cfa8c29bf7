// Layer rules (README 代码结构): lower layers never import higher ones. `npm run lint` fails on any violation.
// base: model/, idcard/, errors.ts + error-codes.ts  ·  io/, match/, rules/: pure domain and readers  ·  sources/: header detection, row mapping
// exemptions/, config/  ·  store/: SQLite  ·  export/: writers  ·  synth/: demo generator  ·  app/: use-cases  ·  cli/: commands
const layer = (from, allowed) => ({
  name: `${from}-imports-only-lower-layers`,
  severity: 'error',
  comment: `src/${from} may import only: ${allowed.join(', ')}`,
  from: { path: `^src/${from}/` },
  to: { path: '^src/', pathNot: [`^src/${from}/`, ...allowed.map((a) => `^src/${a}`)] },
});
const BASE = ['model/', 'idcard/', 'errors', 'error-codes'];
module.exports = {
  forbidden: [
    // model/ and idcard/ are one base layer (they may use each other; no-circular keeps them acyclic).
    layer('model', BASE),
    layer('idcard', BASE),
    layer('io', BASE),
    layer('match', BASE),
    layer('rules', [...BASE, 'match/']),
    layer('sources', [...BASE, 'io/']),
    layer('exemptions', [...BASE, 'io/', 'sources/', 'rules/']),
    layer('config', [...BASE, 'rules/']),
    layer('store', BASE),
    layer('export', [...BASE, 'rules/', 'config/']),
    layer('synth', [...BASE, 'config/']),
    layer('app', [...BASE, 'io/', 'match/', 'rules/', 'sources/', 'exemptions/', 'config/', 'store/', 'export/', 'synth/']),
    // The CLI parses options and renders results; the work is in app/. It may read the rule catalogue and use the CSV formatter.
    layer('cli', [...BASE, 'app/', 'rules/index\\.ts$', 'rules/national\\.ts$', 'export/csv\\.ts$']),
    {
      name: 'known-layer',
      severity: 'error',
      comment: 'a new folder under src/ is a new layer: add its rule here and to README 代码结构',
      from: { path: '^src/', pathNot: ['^src/(model|idcard|io|match|rules|sources|exemptions|config|store|export|synth|app|cli)/', '^src/error(s|-codes)\\.ts$'] },
      to: {},
    },
    {
      name: 'errors-is-base',
      severity: 'error',
      from: { path: '^src/error(s|-codes)' },
      to: { path: '^src/', pathNot: ['^src/error(s|-codes)'] },
    },
    {
      name: 'no-test-code-in-product',
      severity: 'error',
      comment: 'product modules never import tests or test helpers',
      from: { path: '^src/', pathNot: ['\\.test\\.ts$', 'test-helpers\\.ts$'] },
      to: { path: ['\\.test\\.ts$', 'test-helpers\\.ts$', '^test/'] },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.test\\.ts$' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
  },
};
