import { z } from 'zod';
import type { Diagnostic } from '../diagnostics.js';
import { RULES } from './rules/index.js';

/** What a config may set a rule to. */
export type LintSetting = 'off' | 'warning' | 'error';

/** Rule id → setting, from the brand's and the handout's `lint:` keys (the handout's win). */
export type LintConfig = Record<string, LintSetting>;

/**
 * Schema for a `lint:` map in brand.yaml or front matter: only known rule ids, each `off`,
 * `warning` or `error`. (`partialRecord`: a plain `z.record` over an enum would demand every id.)
 */
export const LintConfigSchema = z.partialRecord(
  z.enum(RULES.map((rule) => rule.id) as [string, ...string[]]),
  z.enum(['off', 'warning', 'error']),
);

/**
 * The severity a rule's finding is reported with.
 * @param config The merged config, if any.
 * @param ruleId The rule.
 * @param own The finding's or rule's own severity.
 * @returns The severity, or 'off' to drop it.
 */
export function resolveSeverity(config: LintConfig | undefined, ruleId: string, own: Diagnostic['severity']): LintSetting {
  return config?.[ruleId] ?? own;
}
