import { Text, View } from '@react-pdf/renderer';
import type { ReactNode } from 'react';
import type { HandoutDocument } from '../../../src/model/document.js';
import { say } from '../../../src/model/messages.js';
import type { HandoutStyles } from '../theme.js';
import { documentControlLine } from './BackPanel.js';

/** What the footer shows. */
export interface FooterProps {
  styles: HandoutStyles;
  document: HandoutDocument;
  pageNumber: number;
  totalPages: number;
}

/**
 * On every page: the disclaimer, document control, and "Page X of Y". It is part of the
 * page layout (react-pdf reserves its space, so body text can never run under it), and
 * page layouts are called outside React rendering: no hooks here, styles come as props.
 */
export function Footer({ styles, document, pageNumber, totalPages }: FooterProps): ReactNode {
  // Tagged: a running footer is an artifact, not read on every page; the disclaimer is read
  // once, as the document's last paragraph, from the last page's footer.
  const last = pageNumber === totalPages;
  return (
    <View style={styles.footer} artifact={last ? false : 'Pagination'}>
      <Text style={styles.footerText} tag={{ role: 'P', closeSections: true }}>
        {document.disclaimer}
      </Text>
      <View style={styles.footerRow} artifact="Pagination">
        {/* The control line wraps in the room the page number leaves, which never shrinks: in
            large print the two do not fit on one line, and they used to be drawn over each other. */}
        <Text style={styles.footerControl}>{documentControlLine(document)}</Text>
        <Text style={styles.footerPage}>{say(document.messages, 'page_of', { page: pageNumber, pages: totalPages })}</Text>
      </View>
    </View>
  );
}
