import { execFile } from 'node:child_process';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, test } from 'vitest';

/** The press's folder, and the layer rules (`.dependency-cruiser.cjs`). */
const ROOT = join(import.meta.dirname, '../..');
const CONFIG = join(ROOT, '.dependency-cruiser.cjs');
const DEPCRUISE = join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');

interface Violation {
  from: string;
  to: string;
  rule: { name: string; severity: 'error' | 'warn' | 'info' | 'ignore' };
  cycle?: Array<{ name: string }>;
}

interface KnownImport {
  rules: string[];
  from?: string;
  to?: string;
  cycle?: string[];
}

const { KNOWN, LAYERS } = createRequire(import.meta.url)(CONFIG) as { KNOWN: KnownImport[]; LAYERS: Array<{ name: string; paths: string[] }> };

/**
 * Runs dependency-cruiser with the press's rules.
 * @param cwd The folder whose `src/` and `templates/` are checked.
 * @returns Every violation (the known ones with severity "ignore"), each rule's comment, and
 *   the press's own files it read.
 */
async function cruise(cwd: string): Promise<{ violations: Violation[]; comments: Map<string, string>; files: string[] }> {
  const args = [DEPCRUISE, '--config', CONFIG, '--output-type', 'json', 'src', 'templates'];
  // Exit code 1 means "violations found"; the JSON says which.
  const { stdout } = await promisify(execFile)(process.execPath, args, { cwd, maxBuffer: 64 * 1024 * 1024 }).catch(
    (error: { stdout?: string; stderr?: string }) => {
      if (!error.stdout) throw new Error(`dependency-cruiser failed: ${error.stderr ?? String(error)}`);
      return { stdout: error.stdout };
    },
  );
  const { summary, modules } = JSON.parse(stdout) as {
    summary: { violations: Violation[]; ruleSetUsed: { forbidden: Array<{ name: string; comment?: string }> } };
    modules: Array<{ source: string }>;
  };
  return {
    violations: summary.violations,
    comments: new Map(summary.ruleSetUsed.forbidden.map((rule) => [rule.name, rule.comment ?? ''])),
    files: modules.map((module) => module.source).filter((source) => /^(src|templates)\//.test(source)),
  };
}

/** One line per broken rule, as a reader fixing it needs it: the import, the rule, and why. */
function describeViolation(violation: Violation, comments: ReadonlyMap<string, string>): string {
  const path = violation.cycle ? [violation.from, ...violation.cycle.map((step) => step.name)].join(' → ') : `${violation.from} → ${violation.to}`;
  return `${path} breaks "${violation.rule.name}": ${comments.get(violation.rule.name)}`;
}

const isKnown = (violation: Violation, known: KnownImport) =>
  known.rules.includes(violation.rule.name) &&
  (known.cycle
    ? violation.cycle !== undefined && known.cycle.every((file) => violation.cycle!.some((step) => step.name === file)) && violation.cycle.length === known.cycle.length
    : violation.from === known.from && violation.to === known.to);

// One cruise of some 240 files takes about 10 s; on a machine busy with the render tests, more.
describe('layers', { timeout: 180_000 }, () => {
  const press = cruise(ROOT);

  test('should find no import that breaks a layer rule or closes a circle', async () => {
    const { violations, comments } = await press;
    const broken = violations.filter((violation) => violation.rule.severity !== 'ignore');
    expect(broken.map((violation) => describeViolation(violation, comments))).toEqual([]);
  });

  test('should place every file of src/ and templates/ in exactly one layer', async () => {
    const { files } = await press;
    const layersOf = (file: string) => LAYERS.filter((layer) => layer.paths.some((path) => new RegExp(path).test(file))).map((layer) => layer.name);
    const misplaced = files.map((file) => ({ file, layers: layersOf(file) })).filter(({ layers }) => layers.length !== 1);
    expect(files.length).toBeGreaterThan(100);
    expect(misplaced).toEqual([]);
  });

  test('should list as known only imports that still happen (remove an entry once its fix is in)', async () => {
    const { violations } = await press;
    const ignored = violations.filter((violation) => violation.rule.severity === 'ignore');
    const stale = KNOWN.filter((known) => !ignored.some((violation) => isKnown(violation, known)));
    expect(stale).toEqual([]);
  });

  describe('on a forbidden import', () => {
    let fixture = '';
    afterAll(() => rm(fixture, { recursive: true, force: true }));

    test('should fail and name the rule it broke', async () => {
      fixture = await mkdtemp(join(tmpdir(), 'handouts-layers-'));
      const files: Record<string, string> = {
        'tsconfig.json': JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext' } }),
        // The schema reaching up into lint, as src/model/schema.ts once did.
        'src/model/schema.ts': "import { RULES } from '../lint/rules.js';\nexport const ids = RULES;\n",
        'src/lint/rules.ts': 'export const RULES = [];\n',
        'src/print/sizes.ts': "import { Page } from '../../templates/handout/page.js';\nexport const SIZES = [Page];\n",
        'templates/handout/page.ts': "import { SIZES } from '../../src/print/sizes.js';\nexport const Page = SIZES.length;\n",
      };
      for (const [file, text] of Object.entries(files)) {
        await mkdir(dirname(join(fixture, file)), { recursive: true });
        await writeFile(join(fixture, file), text);
      }
      const { violations, comments } = await cruise(fixture);
      const lines = violations.map((violation) => describeViolation(violation, comments));
      expect(lines).toContain(`src/model/schema.ts → src/lint/rules.ts breaks "model": ${comments.get('model')}`);
      expect(lines).toContain(`src/print/sizes.ts → templates/handout/page.ts breaks "print": ${comments.get('print')}`);
      expect(lines).toContain(`src/print/sizes.ts → templates/handout/page.ts breaks "one-entry-into-templates": ${comments.get('one-entry-into-templates')}`);
      expect(lines.some((line) => line.includes('breaks "no-circular"'))).toBe(true);
      expect(violations.every((violation) => violation.rule.severity === 'error')).toBe(true);
    });
  });
});
