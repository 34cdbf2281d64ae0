import { StyleSheet } from '@react-pdf/renderer';
import { createContext, useContext } from 'react';
import type { Brand } from '../../src/model/document.js';
import type { Messages } from '../../src/model/messages.js';
import type { SizeProfile } from '../../src/print/sizes.js';
import { tableCellMetrics } from '../../src/print/table-cells.js';

/**
 * The handout's styles, derived from the brand and the size. Line heights are given in
 * points: react-pdf applies a unitless lineHeight twice (see research/libraries.md).
 */
export function createStyles(brand: Brand, size: SizeProfile, fontFamily: string[], bleed = 0) {
  const c = brand.colors;
  // With bleed the page grows on every side; margins grow with it so the trimmed page looks the same.
  const m = { top: size.margin.top + bleed, right: size.margin.right + bleed, bottom: size.margin.bottom + bleed, left: size.margin.left + bleed };
  const body = size.bodySize;
  const lead = (pt: number) => `${Math.round(pt * 1.45 * 10) / 10}pt`;
  const gap = body * 0.6;
  const cell = tableCellMetrics(body);
  return StyleSheet.create({
    page: {
      fontFamily,
      fontSize: body,
      color: c.text,
      paddingTop: m.top,
      paddingRight: m.right,
      paddingBottom: m.bottom,
      paddingLeft: m.left,
    },
    coverBand: {
      backgroundColor: c.primary,
      // Reaches the page edge (into the bleed when there is one).
      marginTop: -m.top,
      marginLeft: -m.left,
      marginRight: -m.right,
      paddingTop: bleed + size.margin.top * 0.55,
      paddingBottom: body * 0.9,
      paddingLeft: m.left,
      paddingRight: m.right,
      marginBottom: body * 1.6,
    },
    clinicName: { color: '#FFFFFF', fontSize: body * 0.95, fontWeight: 700, letterSpacing: 0.3 },
    title: { fontSize: size.titleSize, fontWeight: 700, color: c.primary, lineHeight: `${size.titleSize * 1.2}pt`, marginBottom: body * 0.4 },
    subtitle: { fontSize: body * 1.25, color: c.muted, lineHeight: lead(body * 1.25), marginBottom: body * 0.4 },
    byline: { fontSize: body, color: c.muted, lineHeight: lead(body), marginBottom: body * 0.8 },
    coverRule: { borderBottomWidth: 2, borderBottomColor: c.accent, width: body * 5, marginBottom: body * 1.2 },
    paragraph: { lineHeight: lead(body), marginBottom: gap },
    question: {
      fontSize: size.questionSize,
      fontWeight: 700,
      color: c.primary,
      lineHeight: lead(size.questionSize * 0.9),
      marginTop: body * 0.9,
      marginBottom: gap,
      paddingLeft: body * 0.6,
      borderLeftWidth: 3,
      borderLeftColor: c.accent,
    },
    subheading: { fontSize: body * 1.1, fontWeight: 700, color: c.primary, lineHeight: lead(body * 1.1), marginTop: gap, marginBottom: gap * 0.6 },
    list: { marginBottom: gap },
    listItem: { flexDirection: 'row', marginBottom: gap * 0.5 },
    bullet: { width: body * 1.4, lineHeight: lead(body), color: c.accent, fontWeight: 700 },
    listBody: { flex: 1 },
    listContinuation: { marginLeft: body * 1.4 },
    tightParagraph: { lineHeight: lead(body) },
    quote: { borderLeftWidth: 2, borderLeftColor: c.muted, paddingLeft: body, marginBottom: gap, color: c.muted },
    code: { backgroundColor: c.tint, padding: body * 0.5, marginBottom: gap, lineHeight: lead(body) },
    figure: { marginBottom: gap, marginTop: gap * 0.3 },
    figureCaption: { fontSize: size.largePrint ? body : body * 0.85, color: c.muted, lineHeight: lead(size.largePrint ? body : body * 0.85), marginTop: gap * 0.4 },
    rule: { borderBottomWidth: 0.75, borderBottomColor: c.muted, marginVertical: gap },
    link: { color: c.primary, textDecoration: 'underline' },
    // Borders sit on the rows and cells, never on the table: react-pdf cuts a table's own borders where it splits it.
    table: { marginBottom: gap },
    tableRow: { flexDirection: 'row' },
    tableHeader: { backgroundColor: c.tint, fontWeight: 700, borderTopWidth: cell.border, borderTopColor: c.muted },
    tableFirstCell: { borderLeftWidth: cell.border },
    tableCell: { flex: 1, padding: cell.padding, borderRightWidth: cell.border, borderBottomWidth: cell.border, borderColor: c.muted, lineHeight: lead(cell.fontSize), fontSize: cell.fontSize },
    box: { borderLeftWidth: 4, padding: body * 0.8, paddingBottom: body * 0.3, marginBottom: gap * 1.2, marginTop: gap * 0.3 },
    note: { borderLeftColor: c.accent, backgroundColor: c.tint },
    warning: { borderLeftColor: '#8A4B00', backgroundColor: '#FFF4E0' },
    boxLabel: { fontWeight: 700, marginBottom: gap * 0.5, lineHeight: lead(body) },
    bio: { marginTop: body * 1.2, paddingTop: body * 0.8, borderTopWidth: 1, borderTopColor: c.accent },
    bioHeading: { fontSize: size.questionSize, fontWeight: 700, color: c.primary, lineHeight: lead(size.questionSize * 0.9), marginBottom: gap * 0.4 },
    bioHeader: { flexDirection: 'row', alignItems: 'center' },
    bioPhoto: { width: body * 5, height: body * 5, objectFit: 'cover', borderRadius: body * 0.4, marginRight: body, marginBottom: gap },
    bioNames: { flex: 1 },
    bioRole: { color: c.muted, lineHeight: lead(body), marginBottom: gap },
    pageBody: { flexGrow: 1 },
    footer: {
      marginTop: gap,
      borderTopWidth: 0.75,
      borderTopColor: c.accent,
      paddingTop: size.footerSize * 0.5,
      fontSize: size.footerSize,
      color: c.muted,
    },
    footerText: { lineHeight: lead(size.footerSize) },
    footerRow: { flexDirection: 'row', justifyContent: 'space-between', alignItems: 'flex-end', marginTop: size.footerSize * 0.3 },
    // flexBasis 0: the control line takes exactly the room the page number leaves and wraps in
    // it (with only flexShrink, yoga kept its one-line width and it ran under "Page 1 of 3" on A5).
    footerControl: { flexGrow: 1, flexShrink: 1, flexBasis: 0, lineHeight: lead(size.footerSize) },
    footerPage: { flexShrink: 0, marginLeft: size.footerSize, lineHeight: lead(size.footerSize) },
    backPanel: { flexDirection: 'column', justifyContent: 'flex-end', flexGrow: 1 },
    contact: { lineHeight: lead(body), marginBottom: gap * 0.4 },
    disclaimerBlock: { fontSize: size.footerSize, color: c.muted, lineHeight: lead(size.footerSize), marginTop: gap, paddingTop: gap, borderTopWidth: 0.75, borderTopColor: c.accent },
    writeHeading: { fontSize: size.questionSize, fontWeight: 700, color: c.primary, lineHeight: lead(size.questionSize), marginBottom: gap },
    writeHint: { color: c.muted, lineHeight: lead(body), marginBottom: gap },
    writeLine: { borderBottomWidth: 0.75, borderBottomColor: c.muted, height: body * 2.2 },
    // The consult edition's "Prepared for" box on the cover.
    preparedFor: { backgroundColor: c.tint, borderLeftWidth: 4, borderLeftColor: c.primary, padding: body * 0.7, paddingBottom: body * 0.5, marginBottom: body * 1.2 },
    preparedForName: { fontWeight: 700, color: c.primary, fontSize: body * 1.1, lineHeight: lead(body * 1.1), marginBottom: gap * 0.3 },
    preparedForLine: { lineHeight: lead(body), marginBottom: gap * 0.3 },
    // The QR code to the web version, with its address beside it.
    webVersion: { flexDirection: 'row', alignItems: 'center', marginTop: body * 1.2, paddingTop: body * 0.6, borderTopWidth: 0.75, borderTopColor: c.accent },
    webVersionText: { flex: 1, marginLeft: body * 0.8 },
    webVersionHeading: { fontWeight: 700, color: c.primary, lineHeight: lead(body), marginBottom: gap * 0.3 },
    webVersionHint: { color: c.muted, fontSize: size.largePrint ? body : body * 0.9, lineHeight: lead(size.largePrint ? body : body * 0.9), marginBottom: gap * 0.3 },
    webVersionUrl: { color: c.primary, textDecoration: 'underline', fontSize: size.largePrint ? body : body * 0.9, lineHeight: lead(size.largePrint ? body : body * 0.9) },
  });
}

/** The styles every component reads. */
export type HandoutStyles = ReturnType<typeof createStyles>;

/** What components need besides their own props. */
export interface Theme {
  styles: HandoutStyles;
  size: SizeProfile;
  brand: Brand;
  /** Bleed added on every side of the page, in points (0 for screen and office printing). */
  bleed: number;
  /** The press's own words in the document's language. */
  messages: Messages;
}

export const ThemeContext = createContext<Theme | null>(null);

/** The current theme; components are only rendered inside `<ThemeContext.Provider>`. */
export function useTheme(): Theme {
  const theme = useContext(ThemeContext);
  if (!theme) throw new Error('useTheme() called outside <ThemeContext.Provider>');
  return theme;
}
