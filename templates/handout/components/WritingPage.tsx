import { Text, View } from '@react-pdf/renderer';
import { useTheme } from '../theme.js';

/**
 * A page for the reader to write on: "Questions for your surgeon" (or "Notes") with ruled
 * lines. Booklets are padded with these instead of blank pages.
 */
export function WritingPage({ title, hint, lines }: { title: string; hint: string; lines: number }) {
  const { styles } = useTheme();
  return (
    <View>
      <Text style={styles.writeHeading}>{title}</Text>
      <Text style={styles.writeHint}>{hint}</Text>
      {Array.from({ length: lines }, (_, index) => (
        <View key={index} style={styles.writeLine} />
      ))}
    </View>
  );
}
