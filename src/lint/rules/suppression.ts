import { collectSuppressions, DISABLE_NEXT_LINE } from '../suppressions.js';
import type { Finding, LintRule } from '../types.js';

/**
 * A `handouts-disable-next-line` comment naming a rule that does not exist, which would
 * silently excuse nothing (usually a typo).
 * @param knownIds Ids of every lint rule.
 * @returns The rule.
 */
export function suppressionRule(knownIds: readonly string[]): LintRule {
  return {
    id: 'lint/suppression',
    check({ parsed }) {
      const findings: Finding[] = [];
      for (const suppression of collectSuppressions(parsed)) {
        for (const id of suppression.ruleIds) {
          if (knownIds.includes(id)) continue;
          findings.push({
            place: suppression.place,
            message: `\`${DISABLE_NEXT_LINE}\` names "${id}", which is not a lint rule, so it excuses nothing; use one of the ids listed in docs/rules.md`,
          });
        }
      }
      return findings;
    },
  };
}
