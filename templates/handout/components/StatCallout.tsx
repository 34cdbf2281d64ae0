import { StyleSheet, Text, View } from '@react-pdf/renderer';
import type { Brand, LegendEntry, NaturalFrequency } from '../../../src/model/document.js';
import { say } from '../../../src/model/messages.js';
import type { SizeProfile } from '../../../src/print/sizes.js';
import { useTheme } from '../theme.js';
import type { BlockProps } from './block-props.js';
import { KeepWhole } from './KeepWhole.js';
import { iconPalette } from '../../../src/print/icon-array-geometry.js';
import { IconArray, iconArraySize, IconSwatch, type IconArrayProps, type IconPalette, type IconShape } from './IconArray.js';
import { keepNumbersTogether } from '../../../src/print/keep-numbers-together.js';

/** Body sizes from this up are large print: fewer, bigger, plainer icons. */
const LARGE_PRINT_BODY = 16;

/**
 * A statistics callout: the figure as a natural frequency ("About 28 in 100 people (28%)"),
 * the clinic's caption word for word, an icon array with its key, and the source in small type.
 *
 * The words come first in the content stream so the extracted text reads headline, caption,
 * key, source. The row is laid out `row-reverse` with `wrap-reverse`, so the array sits left of
 * the words when both fit and wraps to above them on a narrow page or list indent, without the
 * component having to know how wide its container is. Once on a line of its own the picture
 * grows to the full width, and the key moves beside the array if there is room, which saves
 * height on a DL panel.
 */
export function StatCallout({ block: stat, renderBlocks }: BlockProps<'stat'>) {
  const { size, brand, messages } = useTheme();
  const frequency = stat.phrase;
  if (!frequency) throw new Error(`StatCallout: the stat at line ${stat.place.line} has no phrase; documents get theirs from buildDocument`);
  const styles = statStyles(size, brand);
  const array = arrayProps(frequency, size, iconPalette(brand));
  const arrayWidth = iconArraySize(array).width;
  const headline = (
    <Text style={styles.headline}>
      {keepNumbersTogether(frequency.headline)}
      {/* One string: JSX splits " ({x})" into three text runs, and textkit treats a run
          boundary inside a word as a hyphenation point, printing "(-" at a line end. */}
      <Text style={styles.figure}>{` (${stat.value.text})`}</Text>
    </Text>
  );
  const picture = frequency.showArray ? (
    <View style={[styles.picture, { flexBasis: Math.max(arrayWidth, size.bodySize * 9) }]} wrap={false}>
      <View style={{ width: arrayWidth }}>
        <IconArray {...array} alt={`${frequency.headline} (${stat.value.text})`} />
      </View>
      <Legend entries={frequency.legend} shape={array.shape} palette={array.palette} styles={styles} size={size} />
    </View>
  ) : null;
  const source = stat.source ? <Text style={styles.source}>{say(messages, 'stat_source', { source: stat.source })}</Text> : null;
  if (size.largePrint) {
    // Large print: the words, then the picture, one under the other, and a box too tall for
    // the rest of the page may go on to the next. Side by side at 18 pt a long caption made a
    // box too tall to sit under its question, and the question was left alone at a page foot
    // (found by the fuzzer).
    return (
      <KeepWhole>
        <View style={styles.box} tag="Div">
          {headline}
          {renderBlocks(stat.caption, { tight: true })}
          {picture ? <View style={styles.pictureBelow}>{picture}</View> : null}
          {source}
        </View>
      </KeepWhole>
    );
  }
  return (
    <View style={styles.box} wrap={false} tag="Div">
      <View style={styles.row}>
        <View style={[styles.words, { flexBasis: size.bodySize * 13 }]}>
          {headline}
          {renderBlocks(stat.caption, { tight: true })}
        </View>
        {picture}
      </View>
      {source}
    </View>
  );
}

function Legend({ entries, shape, palette, styles, size }: { entries: LegendEntry[]; shape: IconShape; palette: IconPalette; styles: StatStyles; size: SizeProfile }) {
  const swatch = (size.largePrint ? 1 : 0.85) * size.bodySize;
  return (
    <View style={styles.legend}>
      {entries.map((entry) => (
        <View key={entry.mark} style={styles.legendRow}>
          <View style={styles.swatch}>
            <IconSwatch mark={entry.mark} shape={shape} size={swatch} palette={palette} />
          </View>
          <Text style={styles.legendText}>{keepNumbersTogether(entry.text)}</Text>
        </View>
      ))}
    </View>
  );
}

// Icon size follows the body size; a 1,000-icon array shrinks if it would not fit the page.
function arrayProps(frequency: NaturalFrequency, size: SizeProfile, palette: IconPalette): IconArrayProps {
  const body = size.bodySize;
  const large = size.largePrint || body >= LARGE_PRINT_BODY;
  const base = { filled: frequency.filled, span: frequency.span, palette };
  if (frequency.denominator === 100) {
    return { ...base, denominator: 100, shape: large ? 'dot' : 'person', pitch: large ? body * 0.8 : body * 0.72 };
  }
  // Room inside the callout, less a list indent: five blocks of 100 side by side need
  // about 56 pitches (50 icons and 4 gaps of 1.2).
  const room = size.width - size.margin.left - size.margin.right - body * 1.6 - body * 1.4;
  const pitch = Math.max(2.4, Math.min(body * 0.3, room / 56));
  return { ...base, denominator: 1000, shape: 'dot', pitch, blocksAcross: room / 56 >= 2.4 ? 5 : 2 };
}

type StatStyles = ReturnType<typeof statStyles>;

// Line heights in points: react-pdf applies a unitless lineHeight twice.
function statStyles(size: SizeProfile, brand: Brand) {
  const body = size.bodySize;
  const c = brand.colors;
  const lead = (pt: number) => `${Math.round(pt * 1.4 * 10) / 10}pt`;
  // Large print keeps labels at body size (UKAAF): the key and the source do not shrink.
  const small = size.largePrint ? body : body * 0.8;
  return StyleSheet.create({
    box: { backgroundColor: c.tint, borderRadius: 4, padding: body * 0.8, marginTop: body * 0.2, marginBottom: body * 0.8 },
    row: { flexDirection: 'row-reverse', flexWrap: 'wrap-reverse', justifyContent: 'flex-end', columnGap: body * 1.1, rowGap: body * 0.8 },
    // The words take nearly all the spare width when beside the picture; the picture only
    // grows when it has a line to itself.
    words: { flexGrow: 1000, flexShrink: 1 },
    headline: { fontSize: body * 1.3, fontWeight: 700, color: c.primary, lineHeight: lead(body * 1.3), marginBottom: body * 0.4 },
    figure: { fontWeight: 400, color: c.text },
    picture: { flexGrow: 1, flexShrink: 0, flexDirection: 'row', flexWrap: 'wrap', alignItems: 'flex-start', columnGap: body * 0.9, rowGap: body * 0.5 },
    pictureBelow: { marginTop: body * 0.8 },
    legend: { flexGrow: 1, flexBasis: body * 8 },
    legendRow: { flexDirection: 'row', alignItems: 'flex-start', marginBottom: body * 0.15 },
    swatch: { marginRight: body * 0.35, marginTop: body * 0.1 },
    legendText: { flex: 1, fontSize: small, color: c.text, lineHeight: lead(small) },
    source: { fontSize: small, color: c.muted, lineHeight: lead(small), marginTop: body * 0.5 },
  });
}
