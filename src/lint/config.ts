import type { Diagnostic } from '../diagnostics.js';
import type { LintConfig, LintSetting } from '../model/lint-config.js';

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
