import { Link, Text } from '@react-pdf/renderer';
import type { Inline } from '../../../src/model/document.js';
import { keepNumbersTogether } from '../../../src/print/keep-numbers-together.js';
import { useTheme } from '../theme.js';

/** Inline runs (bold, italic, links…) as nested react-pdf Text. */
export function Inlines({ inlines }: { inlines: readonly Inline[] }) {
  return (
    <>
      {inlines.map((inline, index) => (
        <InlineRun key={index} inline={inline} />
      ))}
    </>
  );
}

function InlineRun({ inline }: { inline: Inline }) {
  const { styles, size } = useTheme();
  switch (inline.type) {
    case 'text':
      return <>{keepNumbersTogether(inline.value)}</>;
    case 'code':
      return <>{inline.value}</>;
    case 'break':
      return <>{'\n'}</>;
    case 'strong':
      return (
        <Text style={{ fontWeight: 700 }}>
          <Inlines inlines={inline.children} />
        </Text>
      );
    case 'emphasis':
      return (
        // Large print sets emphasis in bold: italics are harder to read for low-vision readers (RNIB, UKAAF).
        <Text style={size.largePrint ? { fontWeight: 700 } : { fontStyle: 'italic' }}>
          <Inlines inlines={inline.children} />
        </Text>
      );
    case 'delete':
      return (
        <Text style={{ textDecoration: 'line-through' }}>
          <Inlines inlines={inline.children} />
        </Text>
      );
    case 'link':
      return (
        <Link src={inline.url} style={styles.link}>
          <Inlines inlines={inline.children} />
        </Link>
      );
  }
}
