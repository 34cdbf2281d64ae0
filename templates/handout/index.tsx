import { Document, Page, View, type PageLayoutProps } from '@react-pdf/renderer';
import type { ReactElement, ReactNode } from 'react';
import type { HandoutDocument } from '../../src/model/document.js';
import { say, type Messages } from '../../src/model/messages.js';
import { documentCodePoints } from '../../src/print/document-code-points.js';
import { registerFont } from '../../src/print/react-pdf-fonts.js';
import type { SizeProfile } from '../../src/print/sizes.js';
import { BackPanel } from './components/BackPanel.js';
import { Blocks } from './components/Blocks.js';
import { Cover } from './components/Cover.js';
import { Footer } from './components/Footer.js';
import { Question } from './components/Question.js';
import { SurgeonBio } from './components/SurgeonBio.js';
import { WebVersion } from './components/WebVersion.js';
import { WritingPage } from './components/WritingPage.js';
import { createStyles, ThemeContext, type HandoutStyles } from './theme.js';

/** How the pages are set up for one output. */
export interface PageSetup {
  /** Bleed on every side, in points (0: trim size, for screens and office printers). */
  bleed: number;
  /** Writing pages to add at the end (booklets pad to a multiple of four with these). */
  writingPages: number;
  /**
   * Told the number of every page the back panel of a tri-fold lands on, so the caller can
   * tell when the back (bio, contact details, disclaimer) does not fit its one panel.
   */
  onBackPanelPage?: (pageNumber: number) => void;
  /**
   * Write a tagged PDF (PDF/UA-1): a structure tree screen readers follow, running footers as
   * artifacts. For screen editions; imposition (pdf-lib) would drop the structure anyway.
   */
  tagged?: boolean;
}

/** Everything the template needs. */
export interface HandoutTemplateProps {
  document: HandoutDocument;
  size: SizeProfile;
  setup?: PageSetup;
}

/**
 * The Q&A handout: cover block, introduction, one section per question, the surgeon's bio,
 * and a footer on every page. For a tri-fold the pages are panels: no footer, and the
 * last panel is the back of the leaflet (bio, contact, disclaimer).
 * @returns A react-pdf `<Document>`.
 */
export function HandoutTemplate({ document, size, setup = { bleed: 0, writingPages: 0 } }: HandoutTemplateProps): ReactElement {
  // The brand font, then fallbacks for characters it lacks (a patient's name in Vietnamese, say):
  // those of the document's language and those its text uses.
  const families = registerFont(document.brand.font, document.meta.language, documentCodePoints(document));
  const styles = createStyles(document.brand, size, families, setup.bleed);
  const { meta, surgeon } = document;
  // Dates come from the content, never the clock, so the same input gives the same bytes.
  const date = new Date(`${meta.reviewed ?? '2000-01-01'}T00:00:00Z`);
  const pageSize: [number, number] = [size.width + 2 * setup.bleed, size.height + 2 * setup.bleed];
  const panels = size.kind === 'trifold';
  // react-pdf's page layout (its new pagination engine) reserves the footer's space and keeps
  // a heading with what follows it; the old engine left questions stranded at a page foot.
  const chrome = ({ children, pageNumber, totalPages }: PageLayoutProps) => (
    <>
      <View style={styles.pageBody}>{children}</View>
      <Footer styles={styles} document={document} pageNumber={pageNumber ?? 1} totalPages={totalPages ?? 1} />
    </>
  );
  const body = (
    <>
      <Cover document={document} />
      <Blocks blocks={document.intro} />
      {document.sections.map((section) => (
        <Question key={section.id} section={section} />
      ))}
    </>
  );
  return (
    <ThemeContext.Provider value={{ styles, size, brand: document.brand, bleed: setup.bleed, messages: document.messages }}>
      <Document
        title={meta.title}
        author={surgeon?.name ?? document.brand.name}
        subject={document.personal?.lines.subject ?? meta.subtitle ?? meta.title}
        keywords={[meta.doc_id, meta.version ? say(document.messages, 'keywords_version', { version: meta.version }) : undefined].filter(Boolean).join(', ')}
        creator={document.brand.name}
        producer="handout-press"
        language={meta.language}
        creationDate={date}
        modificationDate={date}
        pageMode="useOutlines"
        {...(setup.tagged ? { tagged: true, conformance: 'PDF/UA' as const } : {})}
      >
        {panels ? (
          <>
            <Page size={pageSize} style={styles.page} wrap experimentalPagination>
              {body}
            </Page>
            {/* Wraps, so text that does not fit spills onto a page the caller counts, instead of being cut off. */}
            <Page size={pageSize} style={styles.page} wrap>
              {/* First, so react-pdf repeats it on every page the panel spills onto. */}
              <View fixed render={({ pageNumber }) => (setup.onBackPanelPage?.(pageNumber), null)} />
              <BackPanel document={document} />
            </Page>
          </>
        ) : (
          <>
            <Page size={pageSize} style={styles.page} wrap layout={chrome}>
              {body}
              {surgeon ? <SurgeonBio surgeon={surgeon} /> : null}
              {document.webUrl && document.webQr ? <WebVersion url={document.webUrl} qr={document.webQr} /> : null}
            </Page>
            {writingPages(setup.writingPages, size, styles, document.messages).map((page, index) => (
              <Page key={index} size={pageSize} style={styles.page} layout={chrome}>
                {page}
              </Page>
            ))}
          </>
        )}
      </Document>
    </ThemeContext.Provider>
  );
}

/** The first writing page asks for questions; any further ones are for notes. */
function writingPages(count: number, size: SizeProfile, styles: HandoutStyles, messages: Messages): ReactNode[] {
  const lineHeight = Number(styles.writeLine.height);
  // Leave room for the heading, the hint and the footer (disclaimer, page number).
  const usable = size.height - size.margin.top - size.margin.bottom - size.bodySize * 8 - size.footerSize * 8;
  const lines = Math.max(4, Math.floor(usable / lineHeight));
  return Array.from({ length: count }, (_, index) =>
    index === 0 ? (
      <WritingPage title={say(messages, 'questions_title')} hint={say(messages, 'questions_hint')} lines={lines} />
    ) : (
      <WritingPage title={say(messages, 'notes_title')} hint={say(messages, 'notes_hint')} lines={lines} />
    ),
  );
}
