import { DRAFT_ID_PREFIX, PLACEHOLDER_START } from '../model/placeholder-words.js';
import { addMonths } from './add-months.js';

/** What a new handout starts with. */
export interface ScaffoldOptions {
  title: string;
  /** The handout's slug (the file name without .md). */
  slug: string;
  /** A surgeon id to name, or null to leave a comment listing the known ones. */
  surgeon: string | null;
  /** Surgeon ids in the content folder, for that comment. */
  knownSurgeons: readonly string[];
  /** The brand id to name, or null for the default brand. */
  brand: string | null;
  /** Today, YYYY-MM-DD: the `reviewed` date. */
  today: string;
  /** The brand's review period in months: `review_due` is that long after today. */
  reviewMonths: number;
}

/** The questions of the skeleton: the ones patients ask about most treatments. */
export const SKELETON_QUESTIONS = [
  'What is this treatment?',
  'Why might I need it?',
  'What happens on the day?',
  'What are the risks?',
  'How long will I take to recover?',
  'What can I ask my surgeon?',
] as const;

/** The placeholder answer; it says plainly that it has to be replaced. */
export const PLACEHOLDER = `${PLACEHOLDER_START} with your answer in plain words.`;

/**
 * The text of a new handout: front matter that validates (today as `reviewed`, the next
 * review a brand's review period later, a draft `doc_id` and `version`), an introduction
 * and a question-and-answer skeleton whose every paragraph says to replace it.
 * @param options Title, slug, surgeon, brand, today and the review period.
 * @returns The markdown file's text.
 */
export function scaffoldHandout(options: ScaffoldOptions): string {
  const lines = [
    ...scaffoldFrontMatter(options),
    '',
    '<!-- A new handout. Every paragraph below is a placeholder: replace each one, and change the questions to the ones your patients ask. -->',
    '',
    `${PLACEHOLDER_START} with a short introduction: who this leaflet is for and what it covers.`,
    '',
    ...SKELETON_QUESTIONS.flatMap((question) => [`## ${question}`, '', PLACEHOLDER, '']),
  ];
  return lines.join('\n');
}

/** Front matter fields a new handout may carry besides the scaffold's own. */
export interface ExtraFrontMatter {
  /** A subtitle evident in the source (`handouts import`). */
  subtitle?: string;
  /** The file name a handout was imported from (`handouts import`): not a path. */
  importedFrom?: string;
}

/**
 * The front matter of a new handout, fences included: the title, the surgeon (or a comment
 * listing the known ones), the brand, a draft `doc_id`, `version: "0.1"`, `reviewed` today and
 * `review_due` a review period later. `handouts new` and `handouts import` both start with it.
 * @param options Title, slug, surgeon, brand, today and the review period.
 * @param extra A subtitle and the imported file's name, when there are any.
 * @returns The lines, from the opening `---` to the closing one.
 */
export function scaffoldFrontMatter(options: ScaffoldOptions, extra: ExtraFrontMatter = {}): string[] {
  const quote = (text: string) => JSON.stringify(text);
  const surgeonLine = options.surgeon
    ? `surgeon: ${options.surgeon}`
    : `# surgeon: ${options.knownSurgeons[0] ?? 'id'}   # a file in content/surgeons/${options.knownSurgeons.length > 0 ? ` (${options.knownSurgeons.join(', ')})` : ''}`;
  return [
    '---',
    `title: ${quote(options.title)}`,
    ...(extra.subtitle ? [`subtitle: ${quote(extra.subtitle)}`] : []),
    surgeonLine,
    ...(options.brand ? [`brand: ${options.brand}`] : []),
    '# Replace the draft id with the clinic’s document id before the leaflet is given out.',
    `doc_id: ${quote(`${DRAFT_ID_PREFIX}${options.slug}`)}`,
    'version: "0.1"',
    `reviewed: ${options.today}`,
    `review_due: ${addMonths(options.today, options.reviewMonths)}`,
    'language: en-AU',
    ...(extra.importedFrom ? [`imported_from: ${quote(extra.importedFrom)}`] : []),
    '---',
  ];
}
