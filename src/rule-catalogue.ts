/**
 * The catalogue of every rule the press reports, lint or not: its permanent id, default
 * severity, what it catches, an example and the fix (Astro's `errors-data.ts`, in spirit).
 * `RuleId` is derived from it, so a diagnostic with an unknown id does not compile, and
 * `docs/rules.md` is generated from it (`npm run docs:rules`), so the docs cannot fall behind.
 *
 * Note: this module imports nothing of the press; every layer may use it.
 */

/** How much a finding weighs: an error fails the build, a warning does not. */
export type Severity = 'error' | 'warning';

/** The four groups the lint rules are listed under, in the order the docs list them. */
export const LINT_TOPICS = ['Readability and plain language', 'Risk communication', 'Document control', 'Structure'] as const;

/** One of the groups the lint rules are listed under. */
export type LintTopic = (typeof LINT_TOPICS)[number];

/** What the catalogue says about one rule. */
export interface RuleEntry {
  /** Severity of its findings unless configured (`lint:` for lint rules) or stated otherwise in `details`. */
  severity: Severity;
  /** One line: what it catches. */
  description: string;
  /** Markdown: a bad source snippet (`Not OK: …`) and the message it gives (`→ …`). */
  example: string;
  /** Markdown: what to write or do instead. */
  fix: string;
  /** Markdown: how the rule decides, when a line is not enough. */
  details?: string;
  /** For lint rules only: the group it is listed under. */
  topic?: LintTopic;
}

/** A family of rules: the part of the id before the slash. */
export interface RuleFamily {
  /** Id prefix, e.g. `schema`. */
  prefix: string;
  /** Heading in the docs. */
  title: string;
  /** Markdown: when these rules run. */
  about: string;
}

/** Every family, in the order a handout meets them (read, parse, check, render…). */
export const RULE_FAMILIES: readonly RuleFamily[] = [
  { prefix: 'source', title: 'Reading the file', about: 'Checked before anything is parsed: a file the press cannot read as text is not built.' },
  { prefix: 'front-matter', title: 'Front matter', about: 'The `---` block at the top of a handout, and the YAML of brand, surgeon and message files.' },
  { prefix: 'schema', title: 'Fields and values', about: 'Every front-matter and YAML file is checked against its schema (`src/model/schema.ts`), at the key or value that is wrong.' },
  { prefix: 'reference', title: 'Names that must exist', about: 'Values that name another file or a size: a brand, a surgeon, a photo, a slug.' },
  { prefix: 'markdown', title: 'Markdown body', about: 'What the body may contain. Anything the press cannot print faithfully is an error rather than silently dropped.' },
  { prefix: 'i18n', title: 'Languages and message catalogues', about: "The press's own words (\"Page 1 of 4\") come from `templates/messages/<language>.yaml`, overridable per brand." },
  { prefix: 'translation', title: 'Translations', about: 'A translation names its source (`translation_of:`) and is checked against it, question by question.' },
  { prefix: 'brand', title: 'Brands', about: 'Each `templates/brands/<id>/brand.yaml`, checked when the library is loaded.' },
  { prefix: 'font', title: 'Characters and fonts', about: 'Every character is checked against the brand font and its fallbacks before rendering.' },
  { prefix: 'size', title: 'Fitting a size', about: 'Found while measuring or laying a handout out in one size (`handouts check` measures tables without rendering).' },
  { prefix: 'render', title: 'Rendering', about: 'A fault while rendering; the handout\'s PDFs are not written.' },
  { prefix: 'consult', title: 'Consult editions', about: 'The clinic list (CSV) of `handouts consult`, located at its row and column.' },
  { prefix: 'import', title: 'Importing', about: '`handouts import`: a file it cannot import is an error at the file as it was named (1:1), and nothing of it is written; notes about the source are printed as warnings with the converted handout (the source\'s file, line and column).' },
  { prefix: 'merge', title: 'Merging manifests', about: '`handouts merge-manifests`, which joins the manifests of a sharded build (`--shard i/n`).' },
  { prefix: 'lint', title: 'Lint', about: "The leaflet standards (PEMAT, the CDC Clear Communication Index, readability targets, IPDAS, NHS document control) as checks that run on every build; configurable under `lint:` and excusable line by line (see the top of this document)." },
];

const CATALOGUE = {
  'source/too-large': {
    severity: 'error',
    description: 'source file over 1 MB',
    example: 'Not OK: a 10 MB handout → `file is 10.0 MB, over the 1 MB limit for a source file; a patient handout this long would run to hundreds of pages, so split it`',
    fix: 'Split the handout into several.',
  },
  'source/encoding': {
    severity: 'error',
    description: 'binary file, or text that is not UTF-8 (located at the first bad byte)',
    example: 'Not OK: a file saved as Windows-1252 → `file is not valid UTF-8; save it as UTF-8 (not Windows-1252 or Latin-1)`',
    fix: 'Save the file as UTF-8 text.',
  },
  'front-matter/language': {
    severity: 'error',
    description: 'front matter in a language other than YAML (`---js`, `---coffee`); nothing is run',
    example: 'Not OK: `---js` → `` front matter is marked as "js", which could run code; only YAML front matter is allowed, so nothing was run. Start the file with a plain `---` line ``',
    fix: 'Start the file with a plain `---` line and write the front matter in YAML.',
  },
  'front-matter/unclosed': {
    severity: 'error',
    description: 'front matter with no closing `---`, which would swallow the body',
    example: 'Not OK: `---` then `title: Back pain` and the body, with no second `---` → `` front matter is never closed: the body would be lost. Add a line with `---` after the last front-matter key ``',
    fix: 'Add a line with `---` after the last front-matter key.',
  },
  'front-matter/yaml': {
    severity: 'error',
    description: 'YAML that does not parse, aliases of aliases, or a prose value cut short by ` #`',
    example: 'Not OK: `title: Back pain #1 cause` → `` front matter: in `title`, "#1 cause" is read as a YAML comment and would not be printed; put the whole value in quotes (title: "Back pain #1 cause"), or write a note for authors on a line of its own ``',
    fix: 'Fix the YAML at the line and column given; quote prose values that contain ` #`; write values out instead of repeating them with `*` aliases.',
  },
  'schema/required': {
    severity: 'error',
    description: 'a required field is missing',
    example: 'Not OK: a handout without `title:` → ``\`title\` is required in the front matter; add `title: …` ``',
    fix: 'Add the field.',
  },
  'schema/unknown-key': {
    severity: 'error',
    description: 'a key the schema does not know (usually a typo); lists the known keys',
    example: 'Not OK: `subtitel: After your operation` → `unknown front matter key "subtitel" (known: …); check its spelling`',
    fix: 'Correct the key\'s spelling, or remove it.',
  },
  'schema/invalid': {
    severity: 'error',
    description: 'a value of the wrong type or form, or `review_due` before `reviewed`',
    example: 'Not OK: `subtitle:` given as a list → ``\`subtitle\` must be a string, not a list``',
    fix: 'Write the value in the form the message names.',
  },
  'reference/brand': {
    severity: 'error',
    description: 'a `brand:` that is not a folder in `templates/brands/`',
    example: 'Not OK: `brand: vicos` → `unknown brand "vicos" (known: …); each brand is a folder in templates/brands/`',
    fix: 'Name one of the known brands.',
  },
  'reference/surgeon': {
    severity: 'error',
    description: 'a `surgeon:` that is not a file in `content/surgeons/`',
    example: 'Not OK: `surgeon: dr-smyth` → `unknown surgeon "dr-smyth" (known: …); each surgeon is a file in content/surgeons/`',
    fix: 'Name one of the known surgeons, or add their file.',
  },
  'reference/size': {
    severity: 'error',
    description: 'a size the press does not print (yet); `--size` with one is a usage error',
    example: 'Not OK: `sizes: [poster]` → `size "poster" is not a known size (supported: …)`',
    fix: 'Use one of the supported sizes listed in the message.',
  },
  'reference/slug': {
    severity: 'error',
    description: 'a file name that makes no safe slug (`My Leaflet.md`, `con.md`)',
    example: 'Not OK: `My Leaflet.md` → `` the file name "My Leaflet.md" does not make a safe slug (…); rename the file or add `slug: …` to the front matter ``',
    fix: 'Rename the file (lower-case letters, digits and hyphens) or set `slug:`.',
  },
  'reference/photo': {
    severity: 'error',
    description: "a surgeon's `photo` that is missing, outside the content folder, or not a PNG or JPEG",
    example: 'Not OK: `photo: ../../secret.png` → `photo: image "../../secret.png" is outside the content folder; the press reads nothing outside it`',
    fix: 'Put the picture in `content/images/` and give its path relative to the surgeon\'s file.',
  },
  'reference/duplicate-slug': {
    severity: 'error',
    description: 'two handouts with one slug; the first keeps its PDFs',
    example: 'Not OK: two files with `slug: fbss` → `` slug "fbss" is already used by content/handouts/a.md; give one of them another `slug:` or file name ``',
    fix: 'Give one of them another `slug:` or file name.',
  },
  'markdown/unsupported': {
    severity: 'error',
    description: 'markdown the press does not print (raw HTML, footnotes, a `##` inside a list, an image inside text); its text would be lost',
    example: 'Not OK: `<div>Call us</div>` → `raw HTML is not supported in handouts, so it would not reach the page; write it as plain markdown`',
    fix: 'Write it in plain markdown; HTML comments are allowed as notes for authors.',
  },
  'markdown/heading-level': {
    severity: 'error',
    description: 'a `#` heading in the body',
    example: 'Not OK: `# Back pain` → ``a `#` heading is not used: the title comes from `title:` in the front matter, and questions use `##` ``',
    fix: 'Put the title in `title:` and write questions as `##` headings.',
  },
  'markdown/limit': {
    severity: 'error',
    description: 'lists, quotes and boxes nested more than 8 levels deep, or a table over the row limit',
    example: 'Not OK: a list nested 50 levels deep → `this list is nested more than 8 levels deep (lists, quotes and boxes inside each other), which no reader can follow and no page can fit; flatten it`',
    fix: 'Flatten the nesting; split a long table or move it to a separate document.',
  },
  'markdown/unclosed-directive': {
    severity: 'error',
    description: 'a `:::` box that is never closed',
    example: 'Not OK: `:::note` with no closing `:::` → `` `:::note` is never closed, so it swallows the rest of the handout; add a line with `:::` where it ends ``',
    fix: 'Add a line with `:::` where the box ends.',
  },
  'markdown/unknown-directive': {
    severity: 'error',
    description: 'a `:::` box the press does not know; its text would be lost',
    example: 'Not OK: `:::tip` → `` `:::tip` is not a known box (known: :::stat, :::warning, :::note); its text would be lost ``',
    fix: 'Use `:::note`, `:::warning` or `:::stat`.',
  },
  'markdown/image': {
    severity: 'error',
    description: 'an image that is missing, outside the content folder, on the network, or not a PNG or JPEG',
    example: 'Not OK: `![Spine](https://example.org/spine.png)` → `image "https://example.org/spine.png" is on the network or inline; the press never fetches anything, so save the image into the content folder and link it by its path`',
    fix: 'Put the picture (PNG or JPEG) in `content/images/` and link it by a path relative to the handout.',
  },
  'markdown/link': {
    severity: 'error',
    description: 'a link a viewer could run or that leads nowhere (`javascript:`, `file:`, `other.md`)',
    example: 'Not OK: `[our guide](other.md)` → `link "other.md" is not a web address; a PDF cannot follow a path to a file once it leaves this folder. Write the full address (https://…), or mailto: or tel:`',
    fix: 'Link to `https://`, `http://`, `mailto:`, `tel:`, or `#` a question of the same handout.',
  },
  'markdown/link-anchor': {
    severity: 'error',
    description: 'a `#anchor` link to a question the handout does not have',
    example: 'Not OK: `[see below](#recovry)` in a handout whose question is "Recovery" → `link "#recovry" jumps to no question of this handout, so it would lead nowhere in the PDF or on the web page; did you mean "#recovery"? Its questions\' anchors: #recovery. Link to a question, or write the full address of another page`',
    fix: 'Use the anchor of one of the handout\'s questions (its `##` heading in lower case, letters and digits joined by hyphens), or a full address.',
  },
  'markdown/table-shape': {
    severity: 'error',
    description: 'a table row with more or fewer cells than the header',
    example: "Not OK: a row of 2 cells under a 3-column header → `` this table row has 2 cells, 1 fewer than the header's 3, so its cells would not line up under the headings; give every row 3 cells (an empty cell is `| |`) ``",
    fix: 'Give every row as many cells as the header; an empty cell is `| |`.',
  },
  'markdown/stat-value': {
    severity: 'error',
    description: 'a `:::stat` with no value, or one that is not a percentage the press can print',
    example: 'Not OK: `:::stat{value="120%"}` → `` `:::stat` value 120% is more than 100%; a share of people is between 0% and 100% ``',
    fix: 'Write the value as a percentage between 0% and 100%, e.g. `value="28%"`.',
  },
  'markdown/stat-attribute': {
    severity: 'error',
    description: 'a `:::stat` attribute that is unknown, or a `denominator`, `people` or `timeframe` that cannot be printed',
    example: 'Not OK: `:::stat{value="28%" denominator="10"}` → `` `:::stat` denominator "10" is not supported; write denominator=100 or denominator=1000, or leave it out to choose from the value ``',
    fix: 'Use the attributes `value`, `source`, `denominator` (100 or 1000), `people` (a few words) and `timeframe` (a short phrase).',
  },
  'markdown/stat-caption': {
    severity: 'error',
    description: 'a `:::stat` box with no caption',
    example: 'Not OK: `:::stat{value="28%"}` directly followed by `:::` → `` `:::stat` has no caption; write what the number means between `:::stat{…}` and `:::` ``',
    fix: 'Write what the number means inside the box.',
  },
  'i18n/unknown-language': {
    severity: 'error',
    description: 'a `language:` with no message catalogue for the press\'s own words',
    example: 'Not OK: `language: xx` → `no message catalogue for language "xx" (catalogues: …); the press prints its own words ("Page 1 of 4") from templates/messages/<language>.yaml`',
    fix: 'Add `templates/messages/<language>.yaml`, or correct the language tag.',
  },
  'i18n/refused-language': {
    severity: 'error',
    description: 'a language the press cannot print correctly yet; the handout is not built rather than printed wrong',
    example: 'Not OK: a `language:` in a refused script → `language "…" cannot be printed yet: …. The handout is not built rather than printed wrong`',
    fix: 'See the README\'s Languages for what can be printed.',
  },
  'i18n/missing-message': {
    severity: 'error',
    description: "a message catalogue that lacks one of the press's words",
    example: 'Not OK: a catalogue without `page_of` → `the vi message catalogue … has no "page_of"; add it (English: …)`',
    fix: 'Add the missing keys to the catalogue.',
  },
  'i18n/catalogue': {
    severity: 'error',
    description: 'a message catalogue with an unknown field or message, no `language:` or `months`, or a message that lacks a `{placeholder}`',
    example: 'Not OK: a message without one of the English `{placeholders}` → `message "…" lacks {…}, which the English has; the value would be left out`',
    fix: 'Keep every `{placeholder}` of the English message, and only the known fields and messages.',
  },
  'i18n/unchecked-messages': {
    severity: 'warning',
    description: "the press's own words in a language not yet checked by a professional translator",
    example: 'Not OK: a `vi` handout while `templates/messages/vi.yaml` has `checked_by: ""` → `the press\'s own words in vi ("…"…) are not yet checked by a professional translator; …`',
    fix: 'When a translator has checked them, record who in `checked_by` of the catalogue.',
  },
  'translation/source': {
    severity: 'error',
    description: 'a translation whose `translation_of` names no handout, a source with errors or no `version`, or translation fields on a handout that is not one',
    example: 'Not OK: `translation_of: fbs` → `translation_of "fbs" names no handout (handouts: …)`',
    fix: 'Name the source handout\'s slug, give the source a `version`, and fix the source first.',
  },
  'translation/of-translation': {
    severity: 'error',
    description: 'a translation made from another translation',
    example: 'Not OK: `translation_of: fbss.vi` → `translation_of "fbss.vi" names a translation; a translation is made from the source handout: name its slug ("fbss")`',
    fix: 'Name the source handout\'s slug.',
  },
  'translation/file-name': {
    severity: 'error',
    description: 'a translation not named `<source>.<language>.md`',
    example: 'Not OK: `fbss-vietnamese.md` translating `fbss` → `a translation of "fbss" into vi must be named fbss.vi.md, so its source and language show in the folder`',
    fix: 'Rename the file `<source>.<language>.md`.',
  },
  'translation/document-control': {
    severity: 'error',
    description: 'a translation without `source_version`, `translator` or `translated`',
    example: 'Not OK: no `translator:` → `` a translation needs `translator:`: who translated it, for document control ``',
    fix: 'Add the field.',
  },
  'translation/duplicate': {
    severity: 'error',
    description: 'two translations of one handout into one language',
    example: 'Not OK: two `vi` translations of `fbss` → `a second translation of "fbss" into vi: … is one already; keep one translation per language`',
    fix: 'Keep one translation per language.',
  },
  'translation/structure': {
    severity: 'error',
    description: 'a translation whose questions, boxes, tables or pictures do not match its source\'s',
    example: 'Not OK: a translation with one question fewer → `the source has 6 questions and this translation has 5: question 6 of the source (…) is not translated`',
    fix: 'Translate every question, and keep boxes, tables and pictures in the source\'s places.',
  },
  'translation/statistic': {
    severity: 'error',
    description: 'a `:::stat` value that differs from the source\'s',
    example: 'Not OK: `value="82%"` where the source has `28%` → `statistic "82%" where the source has "28%" (…); a translation copies figures exactly`',
    fix: 'Copy the figure exactly.',
  },
  'translation/stale': {
    severity: 'warning',
    description: 'a translation made from an older version of its source (printed in full, never only counted)',
    example: 'Not OK: `source_version: "1.0"` while the source is at `version: "1.1"` → `` stale translation: made from version 1.0 of …, which is now at version 1.1; have the changes translated, then set `source_version: "1.1"` … ``',
    fix: 'Have the changes translated, then update `source_version`.',
  },
  'brand/missing': {
    severity: 'error',
    description: 'a brand folder without `brand.yaml`',
    example: 'Not OK: `templates/brands/new/` with no `brand.yaml` → `brand folder has no brand.yaml`',
    fix: 'Add `brand.yaml`, or remove the folder.',
  },
  'brand/font': {
    severity: 'error',
    description: 'a brand `font` the press does not ship',
    example: 'Not OK: a font the press does not ship → `unknown font "…" (known: …); a brand can use only a font the press ships`',
    fix: 'Use one of the known fonts.',
  },
  'brand/logo': {
    severity: 'error',
    description: 'a brand `logo` that is missing, outside the templates folder, or not a PNG or JPEG',
    example: 'Not OK: `logo: ../../../images/spine.png` → `logo: image "../../../images/spine.png" is outside the templates folder; the press reads nothing outside it`',
    fix: 'Put the logo (PNG or JPEG) in the brand\'s folder.',
  },
  'brand/contrast': {
    severity: 'error',
    description: 'a brand colour with too little contrast for text (WCAG 2 AA, 4.5:1)',
    example: 'Not OK: a pale text colour → `colour "…" #… on … has a contrast ratio of …, used for …; text needs at least 4.5:1 (WCAG 2 AA). Choose a darker "…"`',
    fix: 'Choose a darker text colour (or a lighter `tint`).',
  },
  'font/missing-glyph': {
    severity: 'error',
    description: 'a character that neither the brand font nor its fallbacks have, which would print as garbage',
    example: 'Not OK: `🙂` → `character "🙂" (U+1F642) is not in the brand font … nor its fallbacks …, so it would print as garbage; write it in words or use a character the fonts have`',
    fix: 'Write it in words, or use a character the fonts have.',
  },
  'font/refused-script': {
    severity: 'error',
    description: 'a character of a script the press cannot print correctly yet',
    example: 'Not OK: text in a refused script → `character "…" (U+…) is … script, which the press cannot print yet: …; see the README\'s Languages`',
    fix: 'See the README\'s Languages for what can be printed.',
  },
  'size/trifold-overflow': {
    severity: 'error',
    description: 'a handout (or its back panel: bio, contact details, disclaimer) too long for the DL tri-fold even at the 9 pt floor',
    example: 'Not OK: a long handout in the DL tri-fold → `too long for a DL tri-fold: even at 9 pt it needs 14 panels for the text and 5 are available, so it is about 64% too long. Shorten it, or build a size without a page limit (a4, letter, a5, large-print, a5-booklet)`',
    fix: 'Shorten the handout (or the surgeon\'s bio), or build a size without a page limit.',
  },
  'size/trifold-blank-panels': {
    severity: 'warning',
    description: 'a handout so short that DL tri-fold panels print blank even at the largest type (the leaflet is still built)',
    example: "Not OK: a very short handout in the DL tri-fold → `the DL tri-fold's text fills 1 of its 5 panels at 12 pt (short text is set larger, up to 12 pt, to fill the leaflet), so the tuck-in flap and the whole inside of the leaflet (three panels) are printed blank; add to the handout, or build a size that fits its length (a4, letter, a5, large-print, a5-booklet)`",
    fix: 'Add to the handout, or build a size that fits its length.',
  },
  'size/table-too-wide': {
    severity: 'error',
    description: 'a table whose columns are too narrow in one size to print a word readably',
    example: "Not OK: a 20-column table in large print → `this table's 20 columns do not fit the large-print size readably: each column has room for 3 mm of text, so \"Col1\" would print as \"C-o-l-1\", one piece to a line; split it into tables of at most 6 columns`",
    fix: 'Split the table, or build a size with room for it.',
  },
  'render/crash': {
    severity: 'error',
    description: 'rendering a size or the web page failed; nothing of the handout is written',
    example: 'A fault in the renderer → `rendering a4 failed: …`',
    fix: 'Report it with the handout: the press should have caught the cause before rendering.',
  },
  'consult/csv': {
    severity: 'error',
    description: 'a clinic list that is not valid CSV',
    example: 'Not OK: an unclosed quote → `not valid CSV: …`',
    fix: 'Fix the CSV at the line and column given.',
  },
  'consult/csv-header': {
    severity: 'error',
    description: 'a clinic list that is empty, or whose first row has an unknown, repeated or missing column',
    example: 'Not OK: a header `name,handout` → `row 1: unknown column "name" (known: …)`',
    fix: 'Name the columns in the first row as the message lists them.',
  },
  'consult/csv-row': {
    severity: 'error',
    description: 'a clinic-list row that cannot make a consult edition (empty handout, bad name or date…); the other rows still build',
    example: 'Not OK: a row with no handout → `row 3: "handout" is empty: give the handout’s slug`',
    fix: 'Correct the row.',
  },
  'consult/past-date': {
    severity: 'warning',
    description: 'a consult date already past (unless `--allow-past`)',
    example: 'Not OK: a `consult` date before today → `row 2: "consult" is in the past (before today, …); check it for a typo, or pass --allow-past if the date is right`',
    fix: 'Correct the date, or pass `--allow-past` when a past date is meant.',
  },
  'import/source': {
    severity: 'error',
    description: 'a file that cannot be read at all (missing, a folder, unreadable, not UTF-8 markdown); as a warning, a note about the source',
    example: 'Not OK: `handouts import leaflet.md` for a file that is not there → `the file does not exist`',
    fix: 'Name a file that exists; save markdown as UTF-8.',
  },
  'import/kind': {
    severity: 'error',
    description: 'a file that is not a kind the import reads: empty, over 20 MB, a PDF, a password-protected or old Word file, another extension',
    example: 'Not OK: `handouts import leaflet.pdf` → `the file is a PDF: its text cannot be read back reliably in order. Import the Word document or web page it was made from instead`',
    fix: 'Import a Word (.docx), saved web page (.html) or markdown (.md) file, as the message says.',
  },
  'import/docx': {
    severity: 'error',
    description: 'a `.docx` that is damaged, encrypted, not a Word document inside, or would unpack to far more than a leaflet (a zip bomb); refused before anything is unpacked',
    example: 'Not OK: a `.docx` cut short while copying → `the file is damaged: it has no zip directory (a .docx file is a zip archive), so it may have been cut short while copying`',
    fix: 'Open the document in Word and save it again as a Word document (.docx).',
  },
  'import/encoding': {
    severity: 'error',
    description: 'a saved web page that is neither UTF-8 nor in the Western character set its `<meta charset>` names',
    example: 'Not OK: a page saved in another character set → `the file is neither UTF-8 text nor in the character set its <meta charset> names; save the page again from the browser, or open it in an editor and save it as UTF-8`',
    fix: 'Save the page again from the browser, or save it as UTF-8 in an editor.',
  },
  'import/front-matter': {
    severity: 'error',
    description: 'a markdown file whose front matter cannot be read',
    example: 'Not OK: a `---` block with broken YAML → `the file has front matter that cannot be read (line 2: …)`',
    fix: 'Correct the front matter at the line named.',
  },
  'import/empty': {
    severity: 'error',
    description: 'a Word document or web page whose article has no text and no pictures',
    example: '`the file has no text to import: its article is empty`',
    fix: 'Import the document that holds the leaflet\'s text.',
  },
  'import/title': {
    severity: 'error',
    description: 'a file with no title to give the handout, or a title with no letters a file name can use',
    example: 'Not OK: markdown with no title → `` the file has no title: give it `title:` in its front matter or a `# Title` line ``',
    fix: 'Give the document a title (a heading, Word\'s Heading 1 style, `title:` or `# Title`), or a file name with `--slug`.',
  },
  'import/size': {
    severity: 'error',
    description: 'a file that converts to more than the 1 MB a handout may be; refused, not cut',
    example: 'Not OK: a document of hundreds of pages → `the file converts to … MB of markdown, over the 1 MB limit for a handout; a leaflet this long would run to hundreds of pages, so split the document first`',
    fix: 'Split the document first.',
  },
  'import/exists': {
    severity: 'error',
    description: 'the handout (or image folder) an import would write already exists; nothing is written',
    example: 'Not OK: importing a page a second time → `content/handouts/test-page.md already exists; it was left as it is, and nothing was written. Import under another name with --slug`',
    fix: 'Import under another name with `--slug`, or remove the existing handout first.',
  },
  'import/word': {
    severity: 'warning',
    description: 'what mammoth reported while reading a Word file',
    example: '`mammoth, reading the Word file: …`',
    fix: 'Check the converted text at that place.',
  },
  'import/image': {
    severity: 'warning',
    description: 'a picture in the source that cannot be used (left out)',
    example: 'Not OK: a picture the press cannot print → `image "…" … (left out)`',
    fix: 'Convert the picture to PNG or JPEG and add it to `content/images/<slug>/` by hand.',
  },
  'import/image-alt': {
    severity: 'warning',
    description: 'a picture in the source without alt text',
    example: '`image figure-1.png has no alt text; describe what it shows, for readers who cannot see it`',
    fix: 'Describe what the picture shows in the brackets.',
  },
  'merge/manifest': {
    severity: 'error',
    description: 'a manifest given to `merge-manifests` that is missing, damaged or not a handouts manifest; nothing is written',
    example: 'Not OK: a shard\'s manifest cut short → `is not valid JSON: the file is damaged or was cut short; build the shard again`',
    fix: 'Build the shard again, then merge.',
  },
  'lint/reading-level': {
    topic: 'Readability and plain language',
    severity: 'warning',
    description: 'SMOG reading grade above the brand’s target (default 8); lists the hardest sentences',
    details: `Warns when the handout's SMOG grade is above the target (default 8, the UNMH gate). The grade is measured on
prepared text:

- no headings, labels or table cells;
- no list fragments: in list items, only sentences ending in \`.\`, \`?\` or \`!\` count;
- sentences split by parse-english, so "Dr." and "12.9%" do not end a sentence.

The formulas come from \`smog-formula\` and \`flesch-kincaid\`, with syllables counted by \`syllable\`. The warning sits on the \`title:\` line and
lists the three hardest sentences. With fewer than 30 sentences it also says that the grade is rough. The figures are always returned in
\`LintResult.readability\`, so the CLI can print them even when the handout passes.`,
    example: `Not OK:

\`\`\`markdown
Degenerative spondylolisthesis is an anatomical malalignment characterised by anterior translation of a vertebral body …
\`\`\`

→ \`2:1 reading grade is SMOG 23.2 (Flesch-Kincaid 28.8) over 3 sentences, above the target of 8; with fewer than 30 sentences the grade is rough; use shorter sentences and words, starting with the hardest sentences: 11:1 (grade 26.0), 13:1 (grade 22.9), 15:1 (grade 20.3)\``,
    fix: `OK: \`Back pain is pain in your back. It is very common. Most people have it at some time.\``,
  },
  'lint/long-sentence': {
    topic: 'Readability and plain language',
    severity: 'warning',
    description: 'sentence of more than 25 words',
    details: `Flags a sentence of more than 25 words, in paragraphs and list items.`,
    example: `Not OK: \`Most people feel better within six weeks of the operation, and many of them go back to light work within a month or two after that, although some people take longer.\`
→ \`sentence has 31 words; split it so that each sentence has at most 25\``,
    fix: `OK: the same idea as two sentences.`,
  },
  'lint/passive-voice': {
    topic: 'Readability and plain language',
    severity: 'warning',
    description: 'passive voice ("was done"); say who does what',
    details: `Flags passive verbs, which hide who does what. Irregular participles come from \`retext-passive\` ("is done").
Regular ones are matched as a form of *be*, an optional *-ly* adverb, then an *-ed* word ("was damaged", "has been carefully cleaned").
A few adjectives that look like participles ("tired", "interested", "worried") are not flagged.`,
    example: `Not OK: \`The operation is done under a general anaesthetic.\` → \`"is done" is passive voice, which can hide who does what; …\``,
    fix: `OK: \`Your surgeon makes a small cut in your back.\``,
  },
  'lint/jargon': {
    topic: 'Readability and plain language',
    severity: 'warning',
    description: 'hard word or phrase with a plainer alternative (clinic list + retext-simplify)',
    details: `Flags hard words that have plainer alternatives. It uses two lists:

- the clinic's medical list, \`content/dictionary/jargon.txt\`;
- retext-simplify's list of wordy English, minus the entries that give wrong advice in a leaflet ("address", "it is").`,
    example: `Not OK: \`You may feel pain in your lumbar spine.\` → \`"lumbar" is medical jargon; say "lower back" instead, or explain it\`

Not OK: \`… prior to the operation.\` → \`"prior to" is harder than it needs to be; use "before" instead\``,
    fix: `OK: \`You may feel pain in your lower back.\``,
  },
  'lint/define-term': {
    topic: 'Readability and plain language',
    severity: 'warning',
    description: 'medical term not explained where it is first used',
    details: `Flags a term from \`content/dictionary/define-on-first-use.txt\` that is not explained in the sentence where the
handout first uses it. Headings don't count: the text under them has to explain the term. A term counts as explained when
the same sentence has:

- an explanation in brackets, after a dash, or after a comma (\`, which\` / \`, a\` / …), right after the term or after up to two more words of its noun phrase;
- a defining verb (\`means\`, \`is\`, \`are\`, \`involves\`, \`refers to\`, \`describes\`) within three words after it;
- \`called\`, \`known as\` or \`named\` before it.`,
    example: `Not OK: \`Pain can also come from the sacroiliac joint.\` → \`"sacroiliac" is a medical term that many readers won't know; explain it where it is first used, e.g. "sacroiliac (a short explanation)"\``,
    fix: `OK:

- \`Pain can also come from the sacroiliac joint (where your spine meets your pelvis).\`
- \`A laminectomy is an operation to take away part of a bone in your spine.\`
- \`Some people need an operation called a discectomy.\``,
  },
  'lint/spelling': {
    topic: 'Readability and plain language',
    severity: 'warning',
    description: 'unknown word (Hunspell dictionary for the handout’s language + clinic word list)',
    details: `Flags words that the spell checker doesn't know. It uses \`retext-spell\` (nspell) with the Hunspell dictionary for the handout's \`language\`:
\`dictionary-en-au\` for en-AU, \`dictionary-en-gb\` for en-GB, en-IE and en-NZ, and \`dictionary-en\` for other English. Other languages are not checked.

These are not flagged:

- words in \`content/dictionary/medical-words.txt\`;
- acronyms ("FBSS", "MRIs");
- words in the brand's and the surgeon's names;
- link text (\`[Spine-health guide](https://…)\`): a link names a site or a document, spelled by its owner;
- e-mail and web addresses (\`reception@clinic.example\`, \`www.example.org/stretches\`), linked or not.

Suggestions that keep the start of the word are listed first.`,
    example: `Not OK: \`FBSS can cause onging pain after back surgery.\` → \`"onging" is not in the dictionary (did you mean "ongoing"?); …\``,
    fix: `OK: \`A laminectomy or a discectomy can help.\` (both words are in the clinic list)`,
  },
  'lint/dangling-lead-in': {
    topic: 'Readability and plain language',
    severity: 'warning',
    description: 'sentence ending in ":" with no list or box after it',
    details: `Flags a paragraph that ends in \`:\` with no list or box after it, which usually means a list was lost when the text was copied. These can
follow a lead-in: a list, a \`:::stat\`/\`:::note\`/\`:::warning\` box, a table, a quote or code. Authors' HTML comments in between are skipped.
A list item that ends in \`:\` and has nothing under it is dangling too.`,
    example: `Not OK:

\`\`\`markdown
We look for common causes such as:

We also look beyond your spine.
\`\`\`

→ \`"…look for common causes such as:" leads in to a list, but no list follows; add the list under it, or end the sentence with a full stop\``,
    fix: `OK (a lead-in followed by stat boxes in the same list item, as in the FBSS leaflet):

\`\`\`markdown
- Despite skilled surgeons, we know that:

  :::stat{value="28%" source="…"}
  About 28 in 100 people still have some pain.
  :::
\`\`\``,
  },
  'lint/proportion-mismatch': {
    topic: 'Risk communication',
    severity: 'warning',
    description: 'proportion words that do not match the number next to them ("two-thirds (40%)")',
    details: `Flags proportion words that do not match the percentage in brackets after them. Up to six words may come in between
("half of patients (48%)"). A fraction matches when the number is within a fifth of its value. Hedges choose a side:

- "nearly", "almost", "under" and "up to" need the number at or below the fraction;
- "over", "more than" and "at least" need it at or above;
- "about" and "around" allow either side.

A range of words ("a quarter to a third") must match a range of numbers at both ends.`,
    example: `| Text | Result |
|---|---|
| \`a third (28%)\`, \`Nearly a third of patients (28%)\`, \`half of patients (48%)\`, \`most people (80%)\`, \`Up to a third (17%-28%)\` | OK |
| \`two-thirds (40%)\` | \`"two-thirds" means about 67%, but the figure is 40%; use words that match the number, or give the number alone as "about 40 in 100 people"\` |
| \`a quarter to a third (17%-28%)\` | \`"a quarter to a third" means 25% to 33%, but the figure is 17%-28%; … "between 17 and 28 in 100 people"\` |
| \`Over half of patients (48%)\` | \`"Over half" means a little over 50%, but the figure is 48%; …\` |

The suggested natural frequency is phrased the way a \`:::stat\` box prints it (\`src/model/stat-phrase.ts\`).`,
    fix: `Use words that match the number (\`a third (28%)\`), or give the number alone as a natural frequency ("about 28 in 100 people").`,
  },
  'lint/one-in-x': {
    topic: 'Risk communication',
    severity: 'warning',
    description: '"1 in X" odds instead of a natural frequency over 100 or 1,000',
    details: `Flags "1 in X" odds ("1 in 4", "one in five", "1 out of 3"). Readers compare the Xs the wrong way round
(IPDAS primer). "1 in 100" and "1 in 1,000" already use a fixed denominator, so they pass.`,
    example: `Not OK: \`About 1 in 4 people have some stiffness.\` → \`"1 in 4" is hard to compare with other risks; write it over a fixed number of people, as "about 25 in 100 people"\``,
    fix: `OK: \`About 25 in 100 people have some stiffness.\``,
  },
  'lint/mixed-denominators': {
    topic: 'Risk communication',
    severity: 'warning',
    description: 'natural frequencies over different denominators ("in 100" and "in 1,000") in one handout',
    details: `Flags natural frequencies with different denominators in one handout, such as "in 100" and "in 1,000". The first one used
sets the handout's denominator. Each later figure with a different one is flagged. \`:::stat\` boxes count with the
denominator they are printed with: the author's \`denominator\`, or 1,000 for a value below 1% (\`statDenominator\`).`,
    example: `Not OK: \`About 28 in 100 people still have some pain. About 5 in 1,000 people get an infection.\`
→ \`"5 in 1,000" counts out of 1,000, but "28 in 100" at 11:7 counts out of 100; use one denominator throughout so readers can compare the figures\``,
    fix: `OK: \`About 28 in 100 people still have some pain. About 1 in 100 people get an infection.\``,
  },
  'lint/verbal-risk': {
    topic: 'Risk communication',
    severity: 'warning',
    description: '"common"/"rare" without a number in the same sentence',
    details: `Flags "common", "rare", "frequent" and their forms ("very common", "uncommonly") when the sentence has no number.
Readers take "common", meant as 1–10%, to mean about 45% (Webster 2017). The caption of a \`:::stat\` box always passes, because
the number is printed beside it.`,
    example: `Not OK: \`Infection is rare.\` → \`"rare" means very different things to different readers; say how many people it affects next to it, e.g. "(about 8 in 100 people)"\``,
    fix: `OK: \`Infection is rare: about 1 in 100 people get one.\``,
  },
  'lint/stat-source': {
    topic: 'Risk communication',
    severity: 'warning',
    description: 'statistic (`:::stat`) without a `source`',
    details: `Flags a \`:::stat\` box with no \`source\` (or a blank one). PIF and DISCERN ask for the evidence behind every figure.`,
    example: `Not OK: \`:::stat{value="28%"}\` → \`\` the figure 28% has no source; add where it comes from, e.g. \`:::stat{value="28%" source="Author et al. 2020"}\` \`\``,
    fix: `OK: \`:::stat{value="28%" source="Test source 2020"}\``,
  },
  'lint/document-control': {
    topic: 'Document control',
    severity: 'warning',
    description: 'missing `doc_id`, `version`, `reviewed` or `review_due`; review interval over 3 years',
    details: `Flags a front matter without \`doc_id\`, \`version\`, \`reviewed\` or \`review_due\`. A consent form records which leaflet and
version the patient saw (NHS Ayrshire & Arran). It also flags a \`review_due\` more than 3 years after \`reviewed\`, the longest
interval that policy allows for in-house leaflets.`,
    example: `Not OK: no \`doc_id\` → \`\` \`doc_id\` is missing from the front matter; give the handout a document id (e.g. \`doc_id: SPINE-004\`) so a consent form can record which leaflet the patient saw \`\``,
    fix: `OK:

\`\`\`yaml
doc_id: SPINE-004
version: "1.0"
reviewed: 2026-01-15
review_due: 2027-01-15
\`\`\``,
  },
  'lint/review-overdue': {
    topic: 'Document control',
    severity: 'error',
    description: '`review_due` has passed (error) or is within 90 days (warning)',
    details: `Compares \`review_due\` with today's date. The caller passes today's date in; the linter never reads the clock.`,
    example: `- Past: an **error**, \`\` review overdue since 2026-05-01; have the handout reviewed, then update \`reviewed\` and \`review_due\` \`\`.
- Today or within 90 days: a warning, \`review due on 2026-07-15 (in 44 days); plan the review now so the handout does not lapse\`.`,
    fix: `Have the handout reviewed, then update \`reviewed\` and \`review_due\`.`,
  },
  'lint/title-length': {
    topic: 'Structure',
    severity: 'warning',
    description: 'title longer than 70 characters',
    details: `Flags a title over 70 characters. The title is set large on the cover (24 pt in A4, 28 pt in large print), so a
long one pushes the handout's own words off page 1: 70 characters take two lines in A4, Letter and A5 and three
in large print and on the tri-fold's cover; a 300-character title filled half of an A4 page. The detail belongs
in \`subtitle\`, which is set at a reading size.`,
    example: `Not OK: a 174-character title → \`\`the title has 174 characters, over 70, so it fills the cover and pushes the text off page 1; keep the title short and move the detail into \`subtitle\` \`\``,
    fix: `OK: \`title: "Lumbar fusion: what to expect"\` with the rest in \`subtitle: "…"\`.`,
  },
  'lint/question-headings': {
    topic: 'Structure',
    severity: 'warning',
    description: 'no question headings, or a heading that is not a question in a Q&A handout',
    details: `Q&A handouts use the questions patients ask as headings (BSUH standard; PEMAT asks for informative headers).`,
    example: `- No \`##\` heading is a question: one warning, e.g. \`\` the handout has no question headings; organise it under the questions patients ask, e.g. \`## What is a discectomy?\` \`\`.
- Some headings are questions: each \`##\` heading that is not gets \`heading "How we can help" is not a question, unlike the other headings; write it as a question a patient would ask, ending in "?"\`.`,
    fix: `Write each \`##\` heading as a question a patient would ask, ending in \`?\` (\`## What is a discectomy?\`).`,
  },
  'lint/empty-section': {
    topic: 'Structure',
    severity: 'warning',
    description: 'question heading with no answer under it',
    details: `Flags a \`##\` question with nothing under it. A heading with only an author's comment under it counts as empty.`,
    example: `Not OK: \`## What is back pain?\` directly followed by the next heading → \`heading "What is back pain?" has nothing under it; write the answer, or remove the heading\``,
    fix: `Write the answer under the heading, or remove the heading.`,
  },
  'lint/call-to-action': {
    topic: 'Structure',
    severity: 'warning',
    description: 'asks readers to contact the clinic, but the brand has no contact details',
    details: `Flags text that asks the reader to get in touch ("contact us", "call us", "email our team", "get in touch", "book an appointment")
while the brand has no phone, email, address or web site under \`contact:\`. A box counts once: \`:::warning[Call us straight away]\`
whose text says "call us" again gives one warning, at its title.`,
    example: `Not OK (brand without contact details): \`Please contact us if you would like help.\` → \`\` "contact us" asks readers to get in touch, but brand "vicoss" has no contact details; add a phone, email, address or web site under \`contact:\` in templates/brands/vicoss/brand.yaml \`\``,
    fix: `OK: the same text when the brand has \`contact: { phone: … }\`.`,
  },
  'lint/image-alt': {
    topic: 'Structure',
    severity: 'warning',
    description: 'image without alt text',
    details: `Flags an image with empty alt text, and a surgeon's \`photo\` without \`photo_alt\` in the surgeon's
file (reported at the handout's \`surgeon:\`). Screen-reader users learn nothing from it (PDF/UA,
WCAG): in a tagged PDF an image is a \`Figure\`, and its alt text is what is read.`,
    example: `Not OK: \`![](spine.png)\` → \`image "spine.png" has no alt text; describe what it shows in the brackets, e.g. ![What the picture shows](spine.png)\``,
    fix: `OK: \`![Diagram of the lower spine](spine.png)\``,
  },
  'lint/heading-levels': {
    topic: 'Structure',
    severity: 'warning',
    description: 'heading that skips a level',
    details: `Flags a heading that skips a level: the title is level 1 and each \`##\` question level 2, so a \`###\` before the
first question, or a \`####\` straight under a question, leaves a gap in the outline that screen-reader users move through by level, on the web page and in a tagged PDF
(WCAG 1.3.1; PDF/UA, Matterhorn 14-003).`,
    example: `Not OK: \`## What happens first?\` then \`#### What to bring\` → \`heading "What to bring" is level 4 (####) after level 2, so it skips a level; use ###\``,
    fix: `OK: \`## What happens first?\` then \`### What to bring\``,
  },
  'lint/link-text': {
    topic: 'Structure',
    severity: 'error',
    description: 'link without text',
    details: `Flags a link with no text. The PDF prints nothing where it is, so the address is lost on paper, and on the
web page it is an empty link a screen reader announces as "link" and nothing more (WCAG 2.4.4).`,
    example: `Not OK: \`Read [](https://example.org/guide) first.\` → \`link to "https://example.org/guide" has no text, so nothing is printed or read out for it; write what it leads to in the brackets, e.g. [Our clinic's web site](https://example.org/guide)\``,
    fix: `OK: \`Read [our guide](https://example.org/guide) first.\``,
  },
  'lint/table-header': {
    topic: 'Structure',
    severity: 'warning',
    description: 'table whose header row (its first row) is empty, or has an empty cell',
    details: `Flags a table whose header row (the first row of a markdown table) is empty, or has an empty
cell. A tagged PDF makes the first row's cells column headers (\`TH\`), which a screen reader
announces with every cell below them; an empty one leaves a column without a name.`,
    example: `Not OK: \`| | |\` as the first row → \`table has no header row (its first row is empty); write in the first row what each column holds\``,
    fix: `OK: \`| When | What |\``,
  },
  'lint/placeholder': {
    topic: 'Structure',
    severity: 'warning',
    description: 'placeholder text or draft document id from `handouts new` still in the handout',
    details: `Flags what \`handouts new\` leaves for the author to replace: each paragraph that still says "Replace this text …",
and a \`doc_id\` that is still the draft id (\`DRAFT-<slug>\`). A warning, so a new handout previews while it is
being written; \`--strict\` (as in CI) stops a handout that still has them.`,
    example: `Not OK: \`Replace this text with your answer in plain words.\` → \`"Replace this text …" is a placeholder from handouts new; write the handout's own words here before it goes to patients\`

Not OK: \`doc_id: "DRAFT-lumbar-fusion"\` → \`doc_id "DRAFT-lumbar-fusion" is the draft id from handouts new; replace it with the clinic's document id\``,
    fix: `Write the handout's own words in place of the placeholder, and replace the draft \`doc_id\` with the clinic's document id.`,
  },
  'lint/suppression': {
    topic: 'Structure',
    severity: 'warning',
    description: '`handouts-disable-next-line` comment naming an unknown rule',
    details: `Flags a \`handouts-disable-next-line\` comment that names a rule that does not exist. Such a comment excuses nothing,
and the cause is usually a typo.`,
    example: `Not OK: \`<!-- handouts-disable-next-line lint/jargn -->\` → \`\` \`handouts-disable-next-line\` names "lint/jargn", which is not a lint rule, so it excuses nothing; … \`\``,
    fix: `Name a rule that exists (\`lint/jargon\`, not \`lint/jargn\`); every id is in this document.`,
  },
} as const satisfies Record<string, RuleEntry>;

/** Every rule id the press reports; a diagnostic with any other id does not compile. */
export type RuleId = keyof typeof CATALOGUE;

/** The id of a lint rule: one that `lint:` can configure and a comment can excuse. */
export type LintRuleId = Extract<RuleId, `lint/${string}`>;

/** Every rule, by id, in the order the docs list them within a family. */
export const RULE_CATALOGUE: Readonly<Record<RuleId, RuleEntry>> = CATALOGUE;

/** Every rule id, in catalogue order. */
export const RULE_IDS = Object.keys(CATALOGUE) as RuleId[];

/**
 * The family a rule belongs to.
 * @param id A rule id.
 * @returns The part before the slash (`schema` for `schema/required`).
 */
export function ruleFamily(id: RuleId): string {
  return id.slice(0, id.indexOf('/'));
}
