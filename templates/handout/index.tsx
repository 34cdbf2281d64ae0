import { Document, Page } from '@react-pdf/renderer';
import type { ReactElement } from 'react';
import type { HandoutDocument } from '../../src/model/document.js';
import { registerFont } from '../shared/fonts.js';
import type { SizeProfile } from '../shared/sizes.js';
import { Blocks } from './components/Blocks.js';
import { Cover } from './components/Cover.js';
import { Footer } from './components/Footer.js';
import { Question } from './components/Question.js';
import { SurgeonBio } from './components/SurgeonBio.js';
import { createStyles, ThemeContext } from './theme.js';

/** Everything the template needs: the document, the size, and the fixed dates for reproducible bytes. */
export interface HandoutTemplateProps {
  document: HandoutDocument;
  size: SizeProfile;
}

/**
 * The Q&A handout: cover block, introduction, one section per question, the surgeon's bio,
 * and a footer on every page.
 * @returns A react-pdf `<Document>`.
 */
export function HandoutTemplate({ document, size }: HandoutTemplateProps): ReactElement {
  const family = registerFont(document.brand.font);
  const styles = createStyles(document.brand, size, family);
  const { meta, surgeon } = document;
  // Dates come from the content, never the clock, so the same input gives the same bytes.
  const date = new Date(`${meta.reviewed ?? '2000-01-01'}T00:00:00Z`);
  return (
    <ThemeContext.Provider value={{ styles, size, brand: document.brand }}>
      <Document
        title={meta.title}
        author={surgeon?.name ?? document.brand.name}
        subject={meta.subtitle ?? meta.title}
        keywords={[meta.doc_id, meta.version ? `version ${meta.version}` : undefined].filter(Boolean).join(', ')}
        creator={document.brand.name}
        producer="handout-press"
        language={meta.language}
        creationDate={date}
        modificationDate={date}
        pageMode="useOutlines"
      >
        <Page size={[size.width, size.height]} style={styles.page} wrap>
          <Cover document={document} />
          <Blocks blocks={document.intro} />
          {document.sections.map((section) => (
            <Question key={section.id} section={section} />
          ))}
          {surgeon ? <SurgeonBio surgeon={surgeon} /> : null}
          <Footer document={document} />
        </Page>
      </Document>
    </ThemeContext.Provider>
  );
}
