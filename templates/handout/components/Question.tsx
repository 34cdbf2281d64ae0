import { Text, View } from '@react-pdf/renderer';
import type { Section } from '../../../src/model/document.js';
import { useTheme } from '../theme.js';
import { Blocks } from './Blocks.js';
import { Inlines } from './Inlines.js';

/**
 * One question and its answer, in a View of their own. The heading asks for room for a few
 * lines after it (`minPresenceAhead`), so a question is never left alone at the foot of a
 * page. The View bounds that request: with questions as siblings on the page, a short answer
 * let the next question's request chain on from it, and react-pdf found no break at all until
 * the page was full, so every short question took a page of its own.
 */
export function Question({ section }: { section: Section }) {
  const { styles, size } = useTheme();
  // react-pdf types `bookmark` only on Page, but Text supports it (research/libraries.md).
  const bookmark = { bookmark: { title: section.title, fit: true } } as object;
  return (
    <View>
      <Text id={section.id} style={styles.question} minPresenceAhead={size.bodySize * 4.5} {...bookmark}>
        <Inlines inlines={section.heading} />
      </Text>
      <Blocks blocks={section.blocks} />
    </View>
  );
}
