import type { Place } from '../diagnostics.js';
import type { Messages } from './messages.js';
import type { BrandConfig, HandoutMeta, SurgeonMeta } from './schema.js';
import type { Denominator, StatValue } from './stat-value.js';

/**
 * The document model: what every stage after parsing works on. Templates see only this,
 * never raw front matter, paths or CLI options.
 */

/** Inline content of a paragraph, heading, list item or table cell. */
export type Inline =
  | { type: 'text'; value: string }
  | { type: 'strong'; children: Inline[] }
  | { type: 'emphasis'; children: Inline[] }
  | { type: 'delete'; children: Inline[] }
  | { type: 'code'; value: string }
  | { type: 'link'; url: string; children: Inline[] }
  | { type: 'break' };

/** A list item: its blocks (a tight item is usually one paragraph). */
export interface ListItem {
  place: Place;
  checked: boolean | null;
  children: Block[];
}

/** A table row: one inline run per cell. */
export interface TableRow {
  place: Place;
  cells: Inline[][];
}

/** Block content, in reading order. `place` is the file position (front matter counted). */
export type Block =
  | { type: 'paragraph'; place: Place; children: Inline[] }
  | { type: 'heading'; place: Place; depth: 3 | 4 | 5 | 6; children: Inline[] }
  | { type: 'list'; place: Place; ordered: boolean; start: number; items: ListItem[] }
  | { type: 'table'; place: Place; align: Array<'left' | 'right' | 'center' | null>; header: TableRow; rows: TableRow[] }
  | { type: 'quote'; place: Place; children: Block[] }
  | { type: 'code'; place: Place; value: string }
  | { type: 'rule'; place: Place }
  /** A PNG or JPEG inside the content folder (absolute path), with its alt text and optional caption. */
  | { type: 'image'; place: Place; path: string; alt: string; title: string | null }
  | StatBlock
  | { type: 'callout'; place: Place; kind: 'warning' | 'note'; title: Inline[] | null; children: Block[] };

/** A statistics callout (`:::stat{value="28%" source="…"}` caption `:::`). */
export interface StatBlock {
  type: 'stat';
  place: Place;
  /** The parsed number or range. */
  value: StatValue;
  /** Where the figure comes from, shown in small type; null when the author gave none. */
  source: string | null;
  /** Who the figure is about, as the author wrote it; null for the catalogue's word ("people" in English). */
  people: string | null;
  /** Optional time frame ("after 10 years"). */
  timeframe: string | null;
  /** The author's `denominator` (100 or 1,000); null to choose from the value (see `statDenominator`). */
  denominator: 100 | 1000 | null;
  /** The author's own words about the figure. */
  caption: Block[];
  /**
   * The figure as a natural frequency in the document's words, which the templates print.
   * Null until the document's language is known: `buildDocument` sets it (`addDisplayFields`).
   */
  phrase: NaturalFrequency | null;
}

/** The three kinds of icon in an array. */
export type IconMark = 'filled' | 'span' | 'empty';

/** One line of the key under an icon array. */
export interface LegendEntry {
  mark: IconMark;
  /** E.g. "Filled: 28 in 100" (the words come from the message catalogue). */
  text: string;
}

/** A statistic put as a natural frequency, with the icons that picture it (`naturalFrequency`). */
export interface NaturalFrequency {
  denominator: Denominator;
  /** The sentence that leads the callout, e.g. "About 28 in 100 people after 10 years". */
  headline: string;
  /** Icons filled solid: the value, or the low end of a range. */
  filled: number;
  /** Icons shaded after those: the rest of a range, up to its high end. */
  span: number;
  /** False when no icon can honestly be filled ("Fewer than 1 in 1,000"): show the words alone. */
  showArray: boolean;
  /** The key under the array, one entry per kind of icon drawn. */
  legend: LegendEntry[];
}

/** A QR code as vector data: one SVG path of its dark modules, in module units (`qrCode`). */
export interface QrCode {
  /** Modules per side, the quiet zone included. */
  modules: number;
  /** SVG path data of the dark modules; (0, 0) is the top-left corner of the quiet zone. */
  path: string;
}

/** One question and its answer. */
export interface Section {
  /** Stable anchor id, derived from the question. */
  id: string;
  place: Place;
  /** The question as written (inline markup kept). */
  heading: Inline[];
  /** The question as plain text (bookmarks, lint). */
  title: string;
  blocks: Block[];
}

/** A surgeon, from `content/surgeons/<id>.md`. */
export interface Surgeon extends SurgeonMeta {
  id: string;
  bio: Block[];
  /** The photo file (absolute, inside the content folder), or null when there is none. */
  photoPath: string | null;
}

/** A brand, from `templates/brands/<id>/brand.yaml`. */
export interface Brand extends BrandConfig {
  id: string;
  /** The `logo` file (absolute, a PNG or JPEG inside the templates folder), when the brand has one. */
  logoPath?: string;
}

/**
 * Who a personalised (consult) edition is for. Patient details: they go into that PDF only,
 * never into the manifest, the cache or any log line.
 */
export interface Personalisation {
  /** The patient's name as it should be printed ("Jane Citizen"). */
  preparedFor: string;
  /** The consult date, YYYY-MM-DD. */
  consultDate: string;
  /** A short note for the patient ("Bring your MRI"), or null. */
  note: string | null;
}

/** A consult edition's patient, and the lines its cover prints about them in the document's words. */
export interface PersonalEdition extends Personalisation {
  lines: {
    /** "Prepared for Jane Citizen". */
    preparedFor: string;
    /** "Consult on 3 December 2026 with Dr David Edis". */
    consult: string;
    /** The note as printed ("Note: Bring your MRI"), or null. */
    note: string | null;
    /** The PDF's Subject: both cover lines on one line. */
    subject: string;
  };
}

/** A validated handout, ready to lint and render. */
export interface HandoutDocument {
  /** Source path, relative to the working directory. */
  source: string;
  slug: string;
  meta: HandoutMeta;
  /** The sizes to build, already checked against the size registry. */
  sizes: string[];
  /** Text before the first question. */
  intro: Block[];
  sections: Section[];
  surgeon: Surgeon | null;
  brand: Brand;
  /** The disclaimer in force: the handout's own, or the brand's. */
  disclaimer: string;
  /**
   * The web version's address as the QR code encodes it (the handout's or the brand's
   * `web_url`, with `?v=<version>` when the handout has a version), or null for no QR code.
   */
  webUrl: string | null;
  /** The QR code of `webUrl` that the PDF prints, or null for none. */
  webQr: QrCode | null;
  /** Set only for a personalised consult edition (`personalise`); null in the shared library. */
  personal: PersonalEdition | null;
  /** The press's own words in the document's language ("Page 1 of 4"), with the brand's overrides. */
  messages: Messages;
  /** Set for a translation (`translation_of`); null for a handout in its own language. */
  translation: Translation | null;
}

/** What a translation records about its source. */
export interface Translation {
  /** The source handout's slug (the translation's PDFs go in its folder). */
  of: string;
  /** The source's version it was translated from. */
  sourceVersion: string;
  translator: string;
  /** YYYY-MM-DD. */
  translated: string;
  /**
   * The source's version now, when it has moved past `sourceVersion` (the translation is
   * stale, and its footer says which version it was translated from); null when current.
   * Set when the translation is checked against its source.
   */
  staleAgainst: string | null;
}
