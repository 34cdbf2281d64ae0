import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { RULES } from '../../src/lint/rules/index.js';
import { MAX_SENTENCE_WORDS } from '../../src/lint/rules/long-sentence.js';
import { REVIEW_NOTICE_DAYS } from '../../src/model/house-defaults.js';
import { MAX_TITLE_CHARACTERS } from '../../src/lint/rules/title-length.js';
import { RULE_CATALOGUE, RULE_FAMILIES, RULE_IDS, ruleFamily } from '../../src/rule-catalogue.js';
import { RULES_DOC_PATH, renderRulesDoc } from '../../src/rules-doc.js';

/**
 * The rule catalogue is the one list of rule ids: `docs/rules.md` is generated from it, every
 * lint rule is in it, and every id in it is one the press reports.
 */

test('docs/rules.md is what the catalogue generates (run `npm run docs:rules` when it is not)', () => {
  const committed = readFileSync(RULES_DOC_PATH, 'utf8');
  const generated = renderRulesDoc();
  expect(committed === generated, `${RULES_DOC_PATH} is stale: run \`npm run docs:rules\` and commit the result`).toBe(true);
});

test('the generated docs list every rule once, under its family', () => {
  const doc = renderRulesDoc();
  for (const id of RULE_IDS) {
    expect(doc.split(`# \`${id}\`\n`).length - 1, id).toBe(1);
    expect(RULE_FAMILIES.map((family) => family.prefix), id).toContain(ruleFamily(id));
  }
});

test('every lint rule is in the catalogue with a topic, and every catalogued lint id is a rule', () => {
  const catalogued = RULE_IDS.filter((id) => ruleFamily(id) === 'lint');
  expect([...RULES.map((rule) => rule.id)].sort()).toEqual([...catalogued].sort());
  for (const id of catalogued) expect(RULE_CATALOGUE[id].topic, id).toBeDefined();
});

test('every catalogued id is reported somewhere in the code', () => {
  const sources = readdirSync('src', { recursive: true, encoding: 'utf8' })
    .filter((path) => /\.tsx?$/.test(path) && path !== 'rule-catalogue.ts')
    .map((path) => readFileSync(join('src', path), 'utf8'))
    .join('\n');
  const unused = RULE_IDS.filter((id) => !sources.includes(`'${id}'`));
  expect(unused).toEqual([]);
});

test('every entry says what it catches, with an example and a fix', () => {
  for (const id of RULE_IDS) {
    const entry = RULE_CATALOGUE[id];
    expect(entry.description.trim(), id).not.toBe('');
    expect(entry.example.trim(), id).not.toBe('');
    expect(entry.fix.trim(), id).not.toBe('');
  }
});

test('the descriptions state the limits the rules use', () => {
  expect(RULE_CATALOGUE['lint/long-sentence'].description).toContain(`${MAX_SENTENCE_WORDS} words`);
  expect(RULE_CATALOGUE['lint/title-length'].description).toContain(`${MAX_TITLE_CHARACTERS} characters`);
  expect(RULE_CATALOGUE['lint/review-overdue'].description).toContain(`${REVIEW_NOTICE_DAYS} days`);
});
