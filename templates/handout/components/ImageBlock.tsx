import { Image, Text, View } from '@react-pdf/renderer';
import { useTheme } from '../theme.js';
import type { BlockProps } from './block-props.js';

/**
 * An image from the content folder, scaled to fit the text width and at most 40% of the
 * page height, never split across pages; its title (if any) is printed as a caption.
 */
export function ImageBlock({ block: image }: BlockProps<'image'>) {
  const { styles, size } = useTheme();
  return (
    <View style={styles.figure} wrap={false}>
      {/* An image without alt text is still a Figure (lint/image-alt reports it), never hidden as decoration. */}
      <Image src={image.path} style={{ maxHeight: size.height * 0.4, objectFit: 'contain', objectPosition: 'left' }} tag={image.alt ? { role: 'Figure', alt: image.alt } : 'Figure'} />
      {image.title ? <Text style={styles.figureCaption}>{image.title}</Text> : null}
    </View>
  );
}
