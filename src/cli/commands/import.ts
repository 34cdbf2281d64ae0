import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { displayPath } from '../../content/display-path.js';
import { compareText, formatDiagnostic, sortDiagnostics, UsageError, type Diagnostic } from '../../diagnostics.js';
import { localToday } from '../../scaffold/add-months.js';
import type { Command } from '../command.js';
import { DEFAULT_BRAND } from '../../model/house-defaults.js';
import { CONTENT_FLAG } from '../shared-flags.js';
import { parseToday, TODAY_OPTION } from '../parse-today.js';

/**
 * `handouts import FILE…`: bring a clinic's existing leaflets in (Word `.docx`, saved web
 * pages, markdown), one new handout per file, each checked as the build would check it
 * before it is written. It never overwrites a file; `--dry-run` writes nothing.
 */
export const importCommand: Command = {
  name: 'import',
  args: 'FILE…',
  description: 'Bring existing leaflets in: Word (.docx), saved web pages (.html) and markdown (.md) become new handouts, checked before they are written, with a report per file (never overwrites)',
  options: {
    content: CONTENT_FLAG,
    surgeon: { type: 'string', value: '<id>', description: "the handouts' surgeon", defaultText: 'none, listed in a comment' },
    brand: { type: 'string', value: '<id>', description: 'their brand', defaultText: `the library's default, ${DEFAULT_BRAND}` },
    slug: { type: 'string', value: '<slug>', description: 'file name instead of the one from the title (one FILE only)' },
    today: { ...TODAY_OPTION.today, description: 'the date for reviewed, YYYY-MM-DD' },
    'dry-run': { type: 'boolean', default: false, description: 'convert, check and report; write nothing' },
    'apply-suggestions': { type: 'boolean', default: false, description: 'make the suggested statistic and warning boxes instead of writing them as "import:" comments' },
  },
  examples: ['import leaflets/*.docx --surgeon david-edis --dry-run'],
  async run(values, positionals, io) {
    // Loaded here, not at start-up: mammoth, the HTML parser and the schemas are for this command only.
    const { HandoutSlugSchema } = await import('../../model/schema.js');
    const { loadProject } = await import('../../build/prepare.js');
    const { planImport } = await import('../../import/plan-import.js');
    const { checkAndWrite } = await import('../../import/write-import.js');
    const { formatImportReport } = await import('../../import/format-import-report.js');
    const text = (name: string) => (typeof values[name] === 'string' ? (values[name] as string) : undefined);
    if (positionals.length === 0) throw new UsageError('name the files to import: handouts import leaflet.docx page.html');
    const slug = text('slug') ?? null;
    if (slug !== null && positionals.length > 1) throw new UsageError('--slug names one handout; import one file at a time to give each its own');
    if (slug !== null) {
      const checked = HandoutSlugSchema.safeParse(slug);
      if (!checked.success) throw new UsageError(`--slug "${slug}" ${checked.error.issues[0]?.message ?? 'is not valid'}`);
    }
    // A mistyped name is a usage error found before anything is imported, as in `handouts build`.
    for (const input of positionals) {
      const found = await stat(input).catch(() => null);
      if (!found) throw new UsageError(`"${input}" does not exist; name the Word documents (.docx), saved web pages (.html) or markdown files (.md) to import`);
      if (!found.isFile()) throw new UsageError(`"${input}" is a folder; name the files in it to import, e.g. ${join(input, '*.docx')}`);
    }
    const today = parseToday(values) ?? localToday();
    const contentDir = resolve(text('content') ?? 'content');
    // Problems in surgeon and brand files are the build's to report, not the import's.
    const project = await loadProject(contentDir, () => {});
    const brandId = text('brand') ?? project.library.defaultBrand;
    const brand = project.library.brands.get(brandId);
    if (!brand) throw new UsageError(`--brand "${brandId}" is not a brand (known: ${[...project.library.brands.keys()].join(', ') || 'none'})`);
    const knownSurgeons = [...project.library.surgeons.keys()].sort(compareText);
    const surgeon = text('surgeon') ?? null;
    if (surgeon !== null && !knownSurgeons.includes(surgeon)) {
      throw new UsageError(`--surgeon "${surgeon}" is not a surgeon (known: ${knownSurgeons.join(', ') || 'none'}); each surgeon is a file in ${displayPath(join(contentDir, 'surgeons'))}/`);
    }
    const dryRun = values['dry-run'] === true;
    const applySuggestions = values['apply-suggestions'] === true;

    let failed = 0;
    for (const input of positionals) {
      // A file that cannot be imported is reported at once, as the file was named.
      const to = { file: input, report: (d: Diagnostic) => io.stderr(`${formatDiagnostic(d)}\n`) };
      const plan = await planImport(resolve(input), {
        slug,
        surgeon,
        knownSurgeons,
        brand: values['brand'] === undefined ? null : brandId,
        today,
        reviewMonths: brand.review_months,
        applySuggestions,
      }, to);
      if (plan === null) {
        failed += 1;
        continue;
      }
      const checked = await checkAndWrite(plan, project, { today, dryRun }, to);
      if (checked === null) {
        failed += 1;
        continue;
      }
      const errors = checked.diagnostics.filter((d) => d.severity === 'error');
      // The import's own warnings (a picture left out or without alt text) name the source's place.
      for (const note of plan.warnings) io.stderr(`${note.where} warning ${note.message}  ${note.ruleId ?? 'import/source'}\n`);
      // The new handout's errors are the press's own: show them as the build would.
      if (errors.length > 0) io.stderr(`${sortDiagnostics(errors).map(formatDiagnostic).join('\n')}\n`);
      io.stdout(formatImportReport(plan, checked, { dryRun, applySuggestions }));
      if (errors.length > 0) failed += 1;
    }
    const done = positionals.length - failed;
    io.stdout(`${dryRun ? 'checked' : 'imported'} ${done} of ${positionals.length} file${positionals.length === 1 ? '' : 's'}${dryRun ? ' (dry run: nothing written)' : ''}\n`);
    return failed > 0 ? 1 : 0;
  },
};
