// `npm run docs:rules`: writes docs/rules.md from the rule catalogue (src/rule-catalogue.ts).
// Reads the compiled module in dist/, so run `tsc -p .` first (the npm script does).
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { RULES_DOC_PATH, renderRulesDoc } from '../../dist/src/rules-doc.js';

const target = fileURLToPath(new URL(`../../${RULES_DOC_PATH}`, import.meta.url));
await writeFile(target, renderRulesDoc());
process.stdout.write(`${RULES_DOC_PATH}\n`);
