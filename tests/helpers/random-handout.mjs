// Random but valid handouts for property-based tests (fast-check). Plain JavaScript so both
// vitest and the long-running `npm run fuzz` script can use it. Test data only.
import fc from 'fast-check';

// Letters the brand font has (Latin and Latin-1), and punctuation that stays text.
const LETTERS = 'abcdefghijklmnopqrstuvwxyzéèüöñçå';
const word = fc.oneof(
  { weight: 8, arbitrary: fc.string({ unit: fc.constantFrom(...LETTERS), minLength: 1, maxLength: 9 }) },
  // Long words and URLs must wrap instead of running off the page.
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(...LETTERS), minLength: 25, maxLength: 45 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(...'abcdefghij'), minLength: 5, maxLength: 30 }).map((path) => `https://example.org/${path}`) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 99 }).map((n) => `${n}:${String(n % 60).padStart(2, '0')}`) },
  // Emphasis is a separately styled run inside the line.
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('**', '*'), fc.string({ unit: fc.constantFrom(...LETTERS), minLength: 1, maxLength: 9 })).map(([mark, w]) => `${mark}${w}${mark}`) },
);

/** A sentence: capitalised words ending in a full stop. */
export const sentence = fc.array(word, { minLength: 3, maxLength: 14 }).map((words) => {
  const text = words.join(' ');
  return `${text[0].toUpperCase()}${text.slice(1)}.`;
});

const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((sentences) => ({ kind: 'paragraph', sentences }));

/** A list item: one sentence, maybe with a nested list (depth-limited). */
const listOf = (depth) =>
  fc.array(
    fc.record({
      text: sentence,
      children: depth > 1 ? fc.option(fc.constant(null).chain(() => listOf(depth - 1)), { nil: null }) : fc.constant(null),
    }),
    { minLength: 1, maxLength: 4 },
  );
const list = fc.record({ items: listOf(3), ordered: fc.boolean() }).map(({ items, ordered }) => ({ kind: 'list', items, ordered }));
const note = paragraph.map((p) => ({ kind: 'note', sentences: p.sentences }));
const quote = paragraph.map((p) => ({ kind: 'quote', sentences: p.sentences }));
const table = fc
  .record({ columns: fc.integer({ min: 2, max: 4 }), rows: fc.integer({ min: 1, max: 6 }) })
  .map(({ columns, rows }) => ({ kind: 'table', columns, rows }));

const plainWords = (min, max) => fc.array(fc.string({ unit: fc.constantFrom(...LETTERS), minLength: 1, maxLength: 9 }), { minLength: min, maxLength: max });
// A subheading always has text after it: one that ends its section would end the document.
const subheading = fc.record({ words: plainWords(2, 6), paragraph }).map(({ words, paragraph }) => ({ kind: 'subheading', text: words.join(' '), sentences: paragraph.sentences }));

// A warning box has a title of plain words; a statistic box a percentage and a one-sentence caption.
const warning = fc.record({ title: plainWords(1, 5), paragraph }).map(({ title, paragraph }) => ({ kind: 'warning', title: title.join(' '), sentences: paragraph.sentences }));
const stat = fc.record({ percent: fc.integer({ min: 1, max: 99 }), caption: sentence }).map(({ percent, caption }) => ({ kind: 'stat', percent, sentences: [caption] }));

const section = fc.record({
  question: plainWords(2, 8).map((words) => `${words.join(' ')}?`),
  blocks: fc.array(fc.oneof(paragraph, paragraph, list, note, table, subheading, quote, warning, stat), { minLength: 1, maxLength: 5 }),
});

/** The sizes that print pages as they come (folded and bound sizes re-order them). */
const size = fc.constantFrom('a4', 'letter', 'a5', 'large-print');

/** A handout: front matter, an introduction, up to 8 question sections, and the size to print. */
export const handoutArbitrary = fc.record({ intro: paragraph, sections: fc.array(section, { minLength: 1, maxLength: 8 }), size });

/**
 * Write a generated handout as markdown.
 * @param {{ intro: { sentences: string[] }, sections: Array<{ question: string, blocks: Array<Record<string, unknown>> }> }} doc
 * @returns {{ markdown: string, sentences: string[], questions: string[], size: string }}
 */
export function toMarkdown(doc) {
  const sentences = [...doc.intro.sentences];
  const size = doc.size ?? 'a4';
  const out = ['---', 'title: "Generated test handout"', `sizes: [${size}]`, '---', '', doc.intro.sentences.join(' '), ''];
  const questions = [];
  doc.sections.forEach((section, index) => {
    const question = `Question ${index + 1} ${section.question}`;
    questions.push(question);
    out.push(`## ${question}`, '');
    for (const block of section.blocks) {
      if (block.kind === 'paragraph') out.push(block.sentences.join(' '), '');
      if (block.kind === 'subheading') {
        // Headings are checked like questions: no page may end with one.
        out.push(`### ${block.text}`, '', block.sentences.join(' '), '');
        questions.push(block.text);
        sentences.push(...block.sentences);
      }
      if (block.kind === 'note') out.push(':::note', block.sentences.join(' '), ':::', '');
      if (block.kind === 'quote') out.push(`> ${block.sentences.join(' ')}`, '');
      if (block.kind === 'warning') {
        out.push(`:::warning[${block.title}]`, block.sentences.join(' '), ':::', '');
        sentences.push(block.title);
      }
      if (block.kind === 'stat') out.push(`:::stat{value="${block.percent}%" source="Made-up test data"}`, block.sentences[0], ':::', '');
      if (['paragraph', 'note', 'quote', 'warning', 'stat'].includes(block.kind)) sentences.push(...block.sentences);
      if (block.kind === 'list') {
        const write = (items, depth) => {
          for (const item of items) {
            // Ordered items indent their children by the marker's width ("1. ").
            out.push(`${(block.ordered ? '   ' : '  ').repeat(depth)}${block.ordered ? '1.' : '-'} ${item.text}`);
            sentences.push(item.text);
            if (item.children) write(item.children, depth + 1);
          }
        };
        write(block.items, 0);
        out.push('');
      }
      if (block.kind === 'table') {
        const cells = (r) => Array.from({ length: block.columns }, (_, c) => `r${r}c${c}`);
        out.push(`| ${cells('h').join(' | ')} |`, `| ${cells('h').map(() => '---').join(' | ')} |`);
        for (let r = 0; r < block.rows; r++) out.push(`| ${cells(r).join(' | ')} |`);
        out.push('');
      }
    }
  });
  return { markdown: out.join('\n'), sentences, questions, size };
}

/**
 * Letters and digits only, lower-cased: line breaks, hyphens added at breaks, and spacing
 * differences vanish, but every word must still be there, in order.
 * @param {string} text
 */
export function letters(text) {
  // NFKD and no marks: a PDF may give "è" back as "e" + a combining grave.
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * The body text of the pages, footers removed: a sentence that crosses a page break must not
 * be split by the footer (disclaimer and page number) that comes between.
 * @param {string[]} pages Page texts.
 */
export function bodyOfPages(pages) {
  return pages.map((page) => page.split('All information is general')[0]).join(' ');
}

/**
 * Hyphens at line ends that break no long word. The press breaks only words too long for a
 * line (over 24 characters, URLs among them); any other hyphen at a line end was added by the
 * layout, as react-pdf once did where a bold word or a link met its comma or full stop.
 * @param {string[]} pages Page texts.
 * @param {string} markdown The source, for its long words.
 * @returns {string[]} Each stray break, as "before-|after".
 */
export function strayHyphens(pages, markdown) {
  const longWords = markdown.split(/\s+/).filter((token) => token.replace(/[*.,;:]+$/, '').length > 24).map(letters);
  // Footers removed, so a word broken across a page joins up with its second half.
  const text = pages.map((page) => page.split('All information is general')[0].trimEnd()).join('\n');
  const stray = [];
  for (const match of text.matchAll(/(\S+)-\n(?=(\S+))/g)) {
    // The letters either side of the break, which must run on inside one long word. (What
    // follows on the next line may be glued to the next block's text by the extraction.)
    const after = letters(match[2]).slice(0, 4);
    const joined = `${letters(match[1]).slice(-8)}${after}`;
    if (after === '' || !longWords.some((word) => word.includes(joined))) stray.push(`${match[1]}-|${match[2]}`);
  }
  return stray;
}
