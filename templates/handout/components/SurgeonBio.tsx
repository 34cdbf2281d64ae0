import { Image, Text, View } from '@react-pdf/renderer';
import type { Surgeon } from '../../../src/model/document.js';
import { say } from '../../../src/model/messages.js';
import { useTheme } from '../theme.js';
import { Blocks } from './Blocks.js';

/** "About Dr …": the surgeon's name, role and credentials, then the bio. */
export function SurgeonBio({ surgeon }: { surgeon: Surgeon }) {
  const { styles, size, messages } = useTheme();
  const about = say(messages, 'about_surgeon', { name: surgeon.name });
  const details = [surgeon.role, surgeon.credentials].filter((part) => part && part.trim() !== '').join(' · ');
  const bookmark = { bookmark: { title: about, fit: true } } as object;
  return (
    <>
      <View style={styles.bio} minPresenceAhead={size.bodySize * 4.5} {...bookmark}>
        <View style={styles.bioHeader}>
          {surgeon.photoPath ? <Image src={surgeon.photoPath} style={styles.bioPhoto} /> : null}
          <View style={styles.bioNames}>
            <Text style={styles.bioHeading}>{about}</Text>
            {details ? <Text style={styles.bioRole}>{details}</Text> : null}
          </View>
        </View>
      </View>
      <Blocks blocks={surgeon.bio} />
    </>
  );
}
