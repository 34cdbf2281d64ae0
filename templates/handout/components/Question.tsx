import { Text } from '@react-pdf/renderer';
import type { Section } from '../../../src/model/document.js';
import { useTheme } from '../theme.js';
import { Blocks } from './Blocks.js';
import { Inlines } from './Inlines.js';

/**
 * One question and its answer. The heading asks for room for a few lines after it
 * (`minPresenceAhead`), so a question is never left alone at the foot of a page; this
 * only works when the heading and its answer are siblings, hence the fragment.
 */
export function Question({ section }: { section: Section }) {
  const { styles, size } = useTheme();
  // react-pdf types `bookmark` only on Page, but Text supports it (research/libraries.md).
  const bookmark = { bookmark: { title: section.title, fit: true } } as object;
  return (
    <>
      {/* Tagged: the heading opens a Sect that holds the answer's blocks (its siblings). */}
      <Text id={section.id} style={styles.question} minPresenceAhead={size.bodySize * 4.5} tag={{ role: 'H2', section: 2 }} {...bookmark}>
        <Inlines inlines={section.heading} />
      </Text>
      <Blocks blocks={section.blocks} />
    </>
  );
}
