import { z } from 'zod';
import { RULE_IDS, type LintRuleId } from '../rule-catalogue.js';

/**
 * Every lint rule's id, in the catalogue's order. The schema below needs only the ids, so
 * validating a handout's or a brand's `lint:` map loads no rule, no spell checker and no
 * dictionary; `tests/lint/config.test.ts` holds this list to the rules `src/lint/rules/` runs.
 */
export const LINT_RULE_IDS = RULE_IDS.filter((id): id is LintRuleId => id.startsWith('lint/')) as [LintRuleId, ...LintRuleId[]];

/** What a config may set a rule to. */
export type LintSetting = 'off' | 'warning' | 'error';

/** Rule id → setting, from the brand's and the handout's `lint:` keys (the handout's win). */
export type LintConfig = Record<string, LintSetting>;

/**
 * Schema for a `lint:` map in brand.yaml or front matter: only known rule ids, each `off`,
 * `warning` or `error`. (`partialRecord`: a plain `z.record` over an enum would demand every id.)
 */
export const LintConfigSchema = z.partialRecord(z.enum(LINT_RULE_IDS), z.enum(['off', 'warning', 'error']));
