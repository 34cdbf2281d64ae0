import { z } from 'zod';

/**
 * Every lint rule's id, in the order the docs list them. The schema below needs only the ids,
 * so validating a handout's or a brand's `lint:` map loads no rule, no spell checker and no
 * dictionary; `tests/lint/config.test.ts` holds this list to the rules `src/lint/rules/` runs.
 */
export const LINT_RULE_IDS = [
  'lint/reading-level',
  'lint/long-sentence',
  'lint/passive-voice',
  'lint/jargon',
  'lint/define-term',
  'lint/spelling',
  'lint/dangling-lead-in',
  'lint/proportion-mismatch',
  'lint/one-in-x',
  'lint/mixed-denominators',
  'lint/verbal-risk',
  'lint/stat-source',
  'lint/document-control',
  'lint/review-overdue',
  'lint/title-length',
  'lint/question-headings',
  'lint/empty-section',
  'lint/call-to-action',
  'lint/image-alt',
  'lint/heading-levels',
  'lint/table-header',
  'lint/placeholder',
  'lint/link-text',
  'lint/suppression',
] as const;

/** What a config may set a rule to. */
export type LintSetting = 'off' | 'warning' | 'error';

/** Rule id → setting, from the brand's and the handout's `lint:` keys (the handout's win). */
export type LintConfig = Record<string, LintSetting>;

/**
 * Schema for a `lint:` map in brand.yaml or front matter: only known rule ids, each `off`,
 * `warning` or `error`. (`partialRecord`: a plain `z.record` over an enum would demand every id.)
 */
export const LintConfigSchema = z.partialRecord(z.enum(LINT_RULE_IDS), z.enum(['off', 'warning', 'error']));
