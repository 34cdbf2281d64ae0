/** `handouts --help`: usage, options with types and defaults, examples. */
export const HELP = `Usage: handouts <command> [options] [FILE|SLUG…]

Turns markdown patient handouts into branded, print-ready PDFs.

Commands:
  build            Build PDFs and output/manifest.json (default command)
  check            Validate every handout and write nothing
  lint             Reading level, structure and document-control checks, with each
                   handout's reading grade; write nothing. See docs/rules.md
  merge-manifests  Join the manifests of a sharded build: merge-manifests A.json B.json --out DIR
                   (--out required; a missing or damaged manifest fails the merge)
  new "TITLE"      Start a new handout: content/handouts/<slug>.md with front matter
                   and a question-and-answer skeleton (never overwrites)
  import FILE…     Bring existing leaflets in: Word (.docx), saved web pages (.html)
                   and markdown (.md) become new handouts, checked before they are
                   written, with a report per file (never overwrites)
  watch            Build, rebuild on save, print problems, and serve a live preview
                   on 127.0.0.1 (Ctrl-C stops)
  gallery          Write <out>/index.html: page 1 of each handout and links to every size

Options:
  --content <dir>    [string]  content folder with handouts/ and surgeons/ (default: content)
  --out <dir>        [string]  output folder (default: output)
  --size <ids>       [string]  comma-separated sizes instead of each handout's own:
                               a4, letter, a5, large-print (A4, 18 pt),
                               dl-trifold (DL roll fold on A4 landscape),
                               a5-booklet (2-up saddle stitch, plus reading-order pages),
                               web (<slug>/index.html, an accessible web page)
                               (default: the handout's sizes, else a4,letter)
  --bleed [length]   [string]  print-shop edition: bleed, crop marks, TrimBox and
                               BleedBox, written as <slug>-<size>-bleed.pdf; a bare
                               --bleed means 3mm; US shops use 0.125in (default: off)
  --force            [boolean] ignore the cache and rebuild everything asked for (default: false)
  --jobs <n>         [number]  parallel render workers (default: cores - 1, at least 1)
  --shard <i/n>      [string]  build only shard i of n of the handouts, for a CI matrix
                               (default: all)
  --strict           [boolean] build, lint: warnings fail the run too (default: false)
  --reporter <name>  [string]  lint: pretty, json or github (annotations) (default: pretty)
  --today <date>     [string]  build, check, lint, watch, consult runs: the date review
                               (and consult) dates are checked against (default: today)
  --quiet            [boolean] print only problems (default: false)
  --verbose          [boolean] build, check: list every warning, not counts by rule
                               (default: false; lint always lists them all)

Consult editions (build SLUG --prepared-for NAME --consult DATE, or build --from-csv LIST):
  --prepared-for <name> [string] the patient's name for the cover and the PDF's Subject
  --consult <date>   [string]  the consult date, YYYY-MM-DD; printed in words
  --note <text>      [string]  a short note under it (default: none)
  --from-csv <file>  [string]  a day's clinic list: header row, then one patient per row;
                               columns handout, prepared_for, consult, note (optional),
                               size (optional, e.g. "a4; large-print"), language (optional, e.g. vi)
  --language <tag>   [string]  print the handout's translation into this language, e.g. vi
                               (content/handouts/<slug>.<tag>.md; default: the handout itself)
  --name-in-file     [boolean] put the patient's name in the file name too (default: false)
  --allow-past       [boolean] accept a consult date before today without a warning (default: false)
  --today <date>     [string]  consult: the date past consult dates are judged by (default: today)
                     Written to <out>/consult/<slug>-<size>-<date>[-<n>].pdf, never to the
                     library, its manifest or its cache; nothing printed names the patient.
                     --size takes a4, letter, a5 or large-print (default: the handout's first).
                     --from-csv also writes <out>/consult/<list>-files.csv: row, handout,
                     size, file (and prepared_for with --name-in-file).

new:
  --slug <slug>      [string]  file name instead of the one from the title
  --surgeon <id>     [string]  the handout's surgeon (default: none, listed in a comment)
  --brand <id>       [string]  its brand (default: vicoss); review_due = today + review_months
  --today <date>     [string]  the date for reviewed (default: today)

import:
  --slug <slug>      [string]  file name instead of the one from the title (one FILE only)
  --surgeon <id>     [string]  the handouts' surgeon (default: none, listed in a comment)
  --brand <id>       [string]  their brand (default: vicoss)
  --today <date>     [string]  the date for reviewed (default: today)
  --dry-run          [boolean] convert, check and report; write nothing (default: false)
  --apply-suggestions [boolean] make the suggested statistic and warning boxes instead of
                               writing them as "import:" comments (default: false)

watch:
  --port <n>         [number]  preview port on 127.0.0.1; 0 picks a free one (default: 4818)
  -h, --help         [boolean] show this help
  -v, --version      [boolean] show the version

Arguments:
  FILE|SLUG…         handouts to build: slugs (file names without .md) or paths;
                     none means every handout in <content>/handouts/

Exit codes: 0 built (warnings allowed), 1 content errors, 2 usage errors.

Examples:
  npx handouts build
  npx handouts build failed-back-surgery-syndrome --size a4
  npx handouts build content/handouts/intro.md --out /tmp/pdfs
  npx handouts build --size dl-trifold,a5-booklet --bleed
  npx handouts lint --reporter github
  npx handouts check
  npx handouts build failed-back-surgery-syndrome --prepared-for "Jane Citizen" --consult 2026-12-03 --note "Bring your MRI"
  npx handouts build --from-csv clinic-list.csv
  npx handouts new "Lumbar fusion: what to expect"
  npx handouts import leaflets/*.docx --surgeon david-edis --dry-run
  npx handouts watch --port 0
`;
