import { Text, View } from '@react-pdf/renderer';
import type { StatBlock } from '../../../src/model/document.js';
import { useTheme } from '../theme.js';
import { Blocks } from './Blocks.js';

/** A statistics callout: the figure set large beside the clinic's caption, with its source. */
export function StatCallout({ stat }: { stat: StatBlock }) {
  const { styles } = useTheme();
  return (
    <View style={styles.stat} wrap={false}>
      <View style={styles.statFigure}>
        <Text style={styles.statNumber}>{stat.value.text}</Text>
      </View>
      <View style={styles.statBody}>
        <Blocks blocks={stat.caption} />
        {stat.source ? <Text style={styles.statSource}>Source: {stat.source}</Text> : null}
      </View>
    </View>
  );
}
