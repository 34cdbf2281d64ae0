/**
 * The press's layers, and the import rules that keep them (dependency-cruiser). Run by
 * `tests/unit/layers.test.ts` in `npm test`; by hand: `npx depcruise src templates`.
 *
 * A layer may import the layers below it, never one above. Each layer's rule is named after
 * the layer it protects; the README ("How it works") shows the same map.
 */

/**
 * The layers, bottom first. Each file of src/ and templates/ belongs to exactly one layer (the
 * patterns do not overlap; `tests/unit/layers.test.ts` checks it, so a new folder gets a place).
 */
const LAYERS = [
  {
    name: 'model',
    what: 'types, schemas, pure transforms, the diagnostics type and the rule catalogue',
    why: 'validating front matter or converting markdown must not load a file reader, the linter or react-pdf',
    // package-root.ts only says where the press is installed; src/qr turns a URL into a matrix.
    paths: ['^src/model/', '^src/diagnostics\\.ts$', '^src/rule-catalogue\\.ts$', '^src/rules-doc\\.ts$', '^src/package-root\\.ts$', '^src/qr/', '^src/types\\.d\\.ts$'],
  },
  {
    name: 'print',
    what: 'page sizes, the font registry, typesetting helpers shared by the PDF templates and the web edition',
    why: 'content, output, the templates and the web edition all use them, so they sit below all of them',
    paths: ['^src/print/'],
  },
  {
    name: 'content',
    what: 'reads files; returns text, front matter and positions',
    why: 'reading a file must not build, check or render what it reads',
    paths: ['^src/content/'],
  },
  {
    name: 'lint-render',
    what: 'lint returns findings; render returns PDF bytes (with templates/); src/web renders HTML from the same model',
    why: 'they take a finished document; writing files and deciding what to build happen above them',
    paths: ['^src/lint/', '^src/render/', '^templates/', '^src/web/(?!(web-files|page-html|downloads-html)\\.ts$)'],
  },
  {
    name: 'output',
    // The web edition's page lists the handout's downloads, so it is put together from the
    // manifest, after the PDFs are written.
    what: 'imposition, files, the manifest, the build cache, the gallery, the web edition\'s page and files',
    why: 'they take what was rendered; the order of the stages is the pipeline\'s business',
    paths: ['^src/output/', '^src/cache/', '^src/gallery/', '^src/web/(web-files|page-html|downloads-html)\\.ts$'],
  },
  {
    name: 'pipeline',
    what: 'build() and its stages, the library (surgeons, brands, documents), batches, consult editions, import, the scaffold',
    why: 'build() and its stages return values and report diagnostics; only the commands above them print',
    paths: [
      '^src/pipeline\\.ts$',
      '^src/build/',
      '^src/library/',
      '^src/batch/',
      '^src/consult/',
      '^src/import/',
      '^src/scaffold/',
    ],
  },
  {
    name: 'cli',
    what: 'commands and watch mode: the only code that prints',
    paths: ['^src/cli/', '^src/watch/'],
  },
];

/**
 * Imports the rules would refuse but that are known and being fixed elsewhere. Each entry is
 * one import (`from` → `to`, exact paths) or one circle (`cycle`, its files). Keep this list
 * short and say who removes each entry: a new forbidden import must be fixed, not listed.
 */
const KNOWN = [
  // Imports that break a rule on purpose while their fix is under way, each with the reason;
  // empty now. The layer test fails when an entry here no longer happens, so it cannot go stale.
];

/** One rule per layer but the top: none of its files imports a file of a layer above it. */
const layerRules = LAYERS.slice(0, -1).map((layer, index) => ({
  name: layer.name,
  severity: 'error',
  comment: `${layer.name} (${layer.what}) imports only the layers below it (${
    LAYERS.slice(0, index).map((below) => below.name).join(', ') || 'none'
  }): ${layer.why}`,
  from: { path: layer.paths },
  to: { path: LAYERS.slice(index + 1).flatMap((above) => above.paths) },
}));

module.exports = {
  forbidden: [
    ...layerRules,
    {
      name: 'templates-take-the-model',
      severity: 'error',
      comment:
        'A template takes the document model and returns elements: whatever it shows is computed into the model before rendering, so it imports only src/model and src/print',
      from: { path: '^templates/' },
      to: { path: '^src/', pathNot: ['^src/model/', '^src/print/', '^src/types\\.d\\.ts$'] },
    },
    {
      name: 'one-entry-into-templates',
      severity: 'error',
      comment: 'The press reaches a template at one place only, where render calls it (src/render/render-document.ts)',
      from: { path: '^src/', pathNot: '^src/render/render-document\\.ts$' },
      to: { path: '^templates/' },
    },
    {
      name: 'lint-apart-from-render',
      severity: 'error',
      comment: 'lint and render (templates, web) sit side by side: each takes the document, neither needs the other',
      from: { path: '^src/lint/' },
      to: { path: ['^src/render/', '^templates/', '^src/web/'] },
    },
    {
      name: 'render-apart-from-lint',
      severity: 'error',
      comment: 'render (templates, web) and lint sit side by side: what both need (a walk over the blocks, say) belongs in the model',
      from: { path: ['^src/render/', '^templates/', '^src/web/'] },
      to: { path: '^src/lint/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A circle of imports has no bottom: neither module can be understood, tested or loaded without the other',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    // Known imports are reported with severity "ignore" instead of "error".
    knownViolations: KNOWN.flatMap((known) =>
      known.rules.map((name) =>
        known.cycle
          ? {
              type: 'cycle',
              from: known.cycle[0],
              to: known.cycle[1],
              rule: { name, severity: 'error' },
              cycle: known.cycle.map((file) => ({ name: file, dependencyTypes: [] })),
            }
          : { type: 'dependency', from: known.from, to: known.to, rule: { name, severity: 'error' } },
      ),
    ),
  },
};

// The map and the known list, for tests/unit/layers.test.ts; not enumerable, so
// dependency-cruiser's own validation of this config does not see them.
Object.defineProperties(module.exports, { LAYERS: { value: LAYERS }, KNOWN: { value: KNOWN } });
