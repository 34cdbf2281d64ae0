import { Image, Text, View } from '@react-pdf/renderer';
import type { Surgeon } from '../../../src/model/document.js';
import { say, sayParts } from '../../../src/model/messages.js';
import { useTheme } from '../theme.js';
import { Blocks } from './Blocks.js';

/**
 * "About Dr …": the surgeon's name, role and credentials, then the bio. Nothing when the
 * surgeon's file has no bio: the name and role are already under the title, and a heading
 * over nothing reads as if the bio had been lost.
 */
export function SurgeonBio({ surgeon }: { surgeon: Surgeon }) {
  const { styles, size, messages } = useTheme();
  if (surgeon.bio.length === 0) return null;
  const about = say(messages, 'about_surgeon', { name: surgeon.name });
  const details = [surgeon.role, surgeon.credentials].filter((part) => part && part.trim() !== '').join(' · ');
  const bookmark = { bookmark: { title: about, fit: true } } as object;
  return (
    <>
      {/* Whole (wrap={false}): the heading and the role split between two pages, leaving
          "About Dr …" alone at a page foot, as the window after it does not cover its own inside.
          Tagged: the bio is a Sect (photo, heading, then the bio's blocks that follow). */}
      <View style={styles.bio} wrap={false} minPresenceAhead={size.bodySize * 4.5} tag={{ section: 2 }} {...bookmark}>
        <View style={styles.bioHeader}>
          {surgeon.photoPath ? <Image src={surgeon.photoPath} style={styles.bioPhoto} tag={surgeon.photo_alt ? { role: 'Figure', alt: surgeon.photo_alt } : 'Figure'} /> : null}
          <View style={styles.bioNames}>
            <Text style={styles.bioHeading} tag="H2">
              {sayParts(messages, 'about_surgeon', { name: surgeon.name })}
            </Text>
            {details ? <Text style={styles.bioRole}>{details}</Text> : null}
          </View>
        </View>
      </View>
      <Blocks blocks={surgeon.bio} />
    </>
  );
}
