import { LINT_TOPICS, RULE_CATALOGUE, RULE_FAMILIES, RULE_IDS, ruleFamily, type RuleId } from './rule-catalogue.js';

/**
 * `docs/rules.md`, generated from the rule catalogue so the documentation of every rule (lint
 * or not) cannot fall behind the code. `npm run docs:rules` writes it;
 * `tests/unit/rules-docs.test.ts` fails when the committed file differs.
 */

/** Where the generated documentation is committed, relative to the package root. */
export const RULES_DOC_PATH = 'docs/rules.md';

const INTRO = `# Rules

<!-- Generated from src/rule-catalogue.ts by \`npm run docs:rules\`; edit the catalogue, not this file. -->

Every problem the press finds is reported the same way, at the place in the file it comes from:
\`file:line:col severity message rule-id\`. The rule id is permanent. An **error** stops the handout:
no PDF is written for it, and the run exits with code 1. A **warning** does not; \`build --strict\` and
\`lint --strict\` make warnings fail the run too. Below is every rule, grouped by family, with its
default severity, what it catches, an example and the fix.

\`\`\`
content/handouts/failed-back-surgery-syndrome.md:35:300 warning "onging" is not in the dictionary (did you mean "ongoing"?); fix the spelling, or add the word to content/dictionary/medical-words.txt if it is right  lint/spelling
\`\`\`

`;

const LINT_GUIDE = `## Configuring lint rules

\`handouts lint\` turns the leaflet standards in \`shared/research/handout-standards.md\` (PEMAT, the CDC Clear
Communication Index, readability targets, IPDAS risk communication, NHS document control) into checks
that run on every build and in CI. Only the \`lint/*\` rules can be configured or excused; the others
are always on.

A brand (\`templates/brands/<id>/brand.yaml\`) and a handout (front matter) can each set rules to
\`off\`, \`warning\` or \`error\` under \`lint:\`. The handout's setting wins over the brand's.

\`\`\`yaml
lint:
  lint/passive-voice: off
  lint/one-in-x: error
\`\`\`

Only the \`lint/*\` ids below are accepted (\`LintConfigSchema\` in \`src/lint/config.ts\`). A setting applies to every
finding of the rule, so \`lint/review-overdue: warning\` makes an overdue review a warning too.

The reading target (default SMOG 8) is passed to the linter as \`readingTarget\` (see \`LintOptions\`).

### Excusing one line

Put an HTML comment on the line before. The renderer ignores HTML comments:

\`\`\`markdown
<!-- handouts-disable-next-line lint/jargon -->
Pain in the lumbar spine is described in the surgeon's letter.

<!-- handouts-disable-next-line lint/jargon, lint/verbal-risk -- wording agreed with the surgeon -->
Stiffness in the lumbar spine is common.
\`\`\`

- List ids separated by spaces or commas. Text after \` -- \` is a reason and is not read.
- A comment with no ids excuses every rule on that line.
- Only the line right after the comment is excused. A finding's line is where it starts.
- Findings placed in the front matter (document control, reading level) cannot be excused this way. Use the config.
- A comment that names an unknown rule is reported (\`lint/suppression\`).

### Word lists

The clinic keeps its word lists in \`content/dictionary/\`, as plain text with \`#\` comments:

| File | Used by | Format |
|---|---|---|
| \`medical-words.txt\` | \`lint/spelling\` | one correctly spelled word per line |
| \`jargon.txt\` | \`lint/jargon\` | \`term = plainer words\` |
| \`define-on-first-use.txt\` | \`lint/define-term\` | one term per line (several words allowed) |

Plurals of jargon and define-on-first-use terms are matched too (\`-s\`, \`-es\`).

### Output

\`src/lint/reporters.ts\` turns diagnostics into text (it does not print):

- \`formatPretty(diagnostics, readabilityByFile?, order?)\`: compiler-style lines, each file's reading grade (passing or not), then a summary. \`lint\` and \`build --verbose\` use it; the preview's problems panel asks for \`'errors-first'\`.
- \`formatSummary(diagnostics, readabilityByFile?)\`: what \`build\` and \`check\` print: every error in full, the warnings counted by rule, the reading grade (one line for more than five handouts) and a pointer to \`handouts lint\`.
- \`formatJson(diagnostics, readabilityByFile?)\`: \`{ "diagnostics": [...], "readability": { "<file>": { "smog", "fleschKincaid", "sentences", "target" } } }\`.
- \`formatGithub(diagnostics)\`: GitHub Actions annotations such as \`::warning file=content/handouts/x.md,line=35,col=300,title=lint/spelling::…\`.

`;

const ADDING = `## Adding a rule

1. Add the rule to \`src/rule-catalogue.ts\`: its id (\`<family>/<name>\`), default severity, description, example and fix.
   A diagnostic can only carry an id that is in the catalogue (\`RuleId\`), so this comes first.
2. Run \`npm run docs:rules\` to regenerate this file; \`tests/unit/rules-docs.test.ts\` fails until you do.
3. For a lint rule: write \`src/lint/rules/<name>.ts\`, exporting a \`LintRule\` (\`id: 'lint/<name>'\`) with TSDoc that
   says why the rule exists, and add it to \`src/lint/rules/index.ts\`. Add \`tests/lint/<name>/ok.md\`, \`not-ok.md\` and
   \`not-ok.txt\` (the expected \`line:col message\` lines); \`tests/lint/rules.test.ts\` finds the folder by itself, and
   fails if a rule has no folder.
`;

/**
 * The documentation of every rule, as committed in `docs/rules.md`.
 * @returns Markdown text, the same on every run (catalogue order, no dates).
 */
export function renderRulesDoc(): string {
  const parts = [INTRO, contents(), LINT_GUIDE];
  for (const family of RULE_FAMILIES) {
    const ids = RULE_IDS.filter((id) => ruleFamily(id) === family.prefix);
    parts.push(`## ${family.title} (\`${family.prefix}/*\`)\n\n${family.about}\n\n`);
    if (family.prefix !== 'lint') {
      parts.push(...ids.map((id) => renderRule(id, '###')));
      continue;
    }
    for (const topic of LINT_TOPICS) {
      parts.push(`### ${topic}\n\n`, ...ids.filter((id) => RULE_CATALOGUE[id].topic === topic).map((id) => renderRule(id, '####')));
    }
  }
  parts.push(ADDING);
  return parts.join('');
}

function contents(): string {
  const lines = RULE_FAMILIES.map((family) => {
    const count = RULE_IDS.filter((id) => ruleFamily(id) === family.prefix).length;
    return `- [${family.title}](#${slug(`${family.title} (${family.prefix}/*)`)}): ${count} rule${count === 1 ? '' : 's'}`;
  });
  return `${lines.join('\n')}\n\n`;
}

function renderRule(id: RuleId, heading: string): string {
  const entry = RULE_CATALOGUE[id];
  const parts = [`${heading} \`${id}\`\n`, `**${entry.severity}**: ${entry.description}\n`];
  if (entry.details) parts.push(`${entry.details}\n`);
  parts.push(labelled('Example', entry.example), labelled('Fix', entry.fix));
  return `${parts.join('\n')}\n`;
}

/** A bold label before a paragraph, or on its own line before a table, list or code block. */
function labelled(label: string, text: string): string {
  return /^(\||- |```)/.test(text) ? `**${label}:**\n\n${text}\n` : `**${label}:** ${text}\n`;
}

/** GitHub's heading anchor: lower case, punctuation dropped, spaces to hyphens. */
function slug(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .replace(/\s/g, '-');
}
