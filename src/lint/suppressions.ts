import type { Html } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Place } from '../diagnostics.js';
import { isComment } from '../model/blocks/state.js';
import type { ParsedSource } from '../content/parse-source.js';

/** The comment that excuses the next line: `<!-- handouts-disable-next-line lint/jargon -->`. */
export const DISABLE_NEXT_LINE = 'handouts-disable-next-line';

/** One `handouts-disable-next-line` comment. */
export interface Suppression {
  /** Where the comment starts. */
  place: Place;
  /** The file line it excuses: the one after the comment ends. */
  line: number;
  /** Rule ids it names; empty means every lint rule. */
  ruleIds: string[];
}

const DIRECTIVE = new RegExp(String.raw`^<!--\s*${DISABLE_NEXT_LINE}\b([\s\S]*?)-->$`);

/**
 * Find the suppression comments of a handout (HTML comments, which the renderer ignores).
 * Rule ids may be separated by spaces or commas; text after ` -- ` is a reason.
 * @param parsed The parsed source.
 * @returns The suppressions in file order.
 */
export function collectSuppressions(parsed: ParsedSource): Suppression[] {
  const found: Suppression[] = [];
  visit(parsed.tree, 'html', (node: Html) => {
    const value = node.value.trim();
    if (!isComment(value)) return;
    const match = DIRECTIVE.exec(value);
    if (!match || !node.position) return;
    const ids = (match[1] ?? '').split(/\s--\s/)[0] ?? '';
    found.push({
      place: { line: node.position.start.line + parsed.bodyLineOffset, column: node.position.start.column },
      line: node.position.end.line + parsed.bodyLineOffset + 1,
      ruleIds: ids.split(/[\s,]+/).filter(Boolean),
    });
  });
  return found;
}

/**
 * Whether a suppression excuses a rule on a line.
 * @param suppressions The handout's suppressions.
 * @param line File line of the finding.
 * @param ruleId The rule.
 * @returns True when a comment on the line before names the rule (or names none).
 */
export function isSuppressed(suppressions: readonly Suppression[], line: number, ruleId: string): boolean {
  return suppressions.some((s) => s.line === line && (s.ruleIds.length === 0 || s.ruleIds.includes(ruleId)));
}
