import { UsageError } from '../../diagnostics.js';
import { formatGithub, formatJson, formatLanguages, formatPretty } from '../../lint/reporters.js';
import { build } from '../../pipeline.js';
import type { Command } from '../command.js';
import { CONTENT_FLAG, STRICT_FLAG } from '../shared-flags.js';
import { parseToday, TODAY_OPTION } from '../parse-today.js';
import { failsBuild } from './build.js';

const REPORTERS = ['pretty', 'json', 'github'] as const;

/**
 * `handouts lint`: the health-literacy, structure and document-control checks, with the
 * reading grade of every handout, in the format the reader wants. It runs the same checks
 * as `build` and writes no PDF.
 */
export const lintCommand: Command = {
  name: 'lint',
  args: '[FILE|SLUG…]',
  description: "Reading level, structure and document-control checks, with each handout's reading grade; write nothing (see docs/rules.md)",
  options: {
    content: CONTENT_FLAG,
    reporter: { type: 'string', value: '<name>', default: 'pretty', description: `how to print the findings: ${REPORTERS.join(', ')} (github: annotations for GitHub Actions)` },
    strict: STRICT_FLAG,
    ...TODAY_OPTION,
  },
  examples: ['lint --reporter github'],
  async run(values, inputs, io) {
    const reporter = values['reporter'];
    if (!(REPORTERS as readonly unknown[]).includes(reporter)) {
      throw new UsageError(`--reporter "${String(reporter)}" is not one of ${REPORTERS.join(', ')}`);
    }
    const today = parseToday(values);
    const result = await build({
      inputs,
      check: true,
      ...(typeof values['content'] === 'string' && { contentDir: values['content'] }),
      ...(today !== undefined && { today }),
    });
    const text =
      reporter === 'json'
        ? formatJson(result.diagnostics, result.readability)
        : reporter === 'github'
          ? formatGithub(result.diagnostics)
          : formatPretty(result.diagnostics, result.readability);
    io.stdout(text);
    // Every translation with its state, and what lint could not check in other languages.
    if (reporter === 'pretty') io.stdout(formatLanguages(result.translations, result.languageNotes));
    return failsBuild(result.diagnostics, values['strict'] === true) ? 1 : 0;
  },
};
