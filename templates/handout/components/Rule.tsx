import { View } from '@react-pdf/renderer';
import { useTheme } from '../theme.js';

/** A `---` rule between blocks. */
export function Rule() {
  const { styles } = useTheme();
  return <View style={styles.rule} />;
}
