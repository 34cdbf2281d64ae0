/**
 * A long handout for layout tests: over 3,000 words with tables, nested lists, boxes and
 * statistics. It is clearly fictional test data (numbered sample sentences about a
 * made-up "practice garden"), so it makes no clinical claim.
 */

const SUBJECTS = ['The practice garden', 'Each sample bed', 'The tool shed', 'A visiting class', 'The north path', 'Every test plot'];
const VERBS = ['holds', 'needs', 'shows', 'keeps', 'gets', 'shares'];
const OBJECTS = ['fresh water in the morning', 'a short walk after lunch', 'clear labels on each row', 'a quiet bench near the gate', 'a list of jobs for the week', 'space for two more people'];

/** Sample sentence number `n`: different words each time, so a missing one is named exactly. */
export function sampleSentence(n: number): string {
  const s = SUBJECTS[n % SUBJECTS.length];
  const v = VERBS[Math.floor(n / SUBJECTS.length) % VERBS.length];
  const o = OBJECTS[Math.floor(n / 36) % OBJECTS.length];
  return `${s} ${v} ${o} in sample ${n}.`;
}

/**
 * Build the long handout.
 * @returns The markdown file text and the sentences it contains.
 */
export function longHandout(): { text: string; sentences: string[] } {
  const sentences: string[] = [];
  let n = 0;
  const paragraph = (count: number) => {
    const list = Array.from({ length: count }, () => sampleSentence((n += 1)));
    sentences.push(...list);
    return list.join(' ');
  };
  const parts = ['---', 'title: "Sample long handout for layout tests"', 'sizes: [a4, letter, a5, large-print, a5-booklet]', '---', '', paragraph(4), ''];
  for (let section = 1; section <= 12; section += 1) {
    parts.push(`## What happens in test section ${section}?`, '', paragraph(8), '', paragraph(8), '');
    if (section % 3 === 1) {
      const rows = Array.from({ length: 6 }, (_, r) => {
        const cells = [`Row ${section}.${r + 1}`, sampleSentence((n += 1)), `Week ${r + 1}`];
        sentences.push(cells[1]!);
        return `| ${cells.join(' | ')} |`;
      });
      parts.push('| Item | What it means | When |', '| --- | --- | --- |', ...rows, '');
    }
    if (section % 3 === 2) {
      parts.push(`- ${paragraph(2)}`, `  - ${paragraph(2)}`, `    - ${paragraph(1)}`, `  - ${paragraph(2)}`, `- ${paragraph(3)}`, '');
    }
    if (section % 4 === 0) parts.push(':::note', paragraph(2), ':::', '');
    if (section % 6 === 0) parts.push(':::stat{value="12%" source="Fictional test figure"}', paragraph(1), ':::', '');
    parts.push(paragraph(8), '');
  }
  return { text: parts.join('\n'), sentences };
}
