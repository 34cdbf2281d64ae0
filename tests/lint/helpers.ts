import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatDiagnostic, type Diagnostic } from '../../src/diagnostics.js';
import { buildDocument, type Library } from '../../src/library/build-document.js';
import type { Brand } from '../../src/model/document.js';
import { parseSource } from '../../src/content/parse-source.js';
import { lintHandout, type LintOptions, type LintResult } from '../../src/lint/index.js';

/** A fixed "today" for every lint test, so review dates never drift into failure. */
export const TODAY = '2026-06-01';

/** A fictional brand with no contact details (the state of the clinic's real brand today). */
export const TEST_BRAND: Brand = {
  id: 'test',
  name: 'Test Spine Clinic',
  colors: { primary: '#1F4E79', accent: '#2E8B8B', text: '#1A1A1A', muted: '#555555', tint: '#EAF1F8' },
  font: 'atkinson-hyperlegible',
  disclaimer: 'A test disclaimer.',
  contact: {},
};

/** The same fictional brand with a phone number (`brand: with-contact` in front matter). */
export const CONTACT_BRAND: Brand = { ...TEST_BRAND, id: 'with-contact', contact: { phone: '03 0000 0000' } };

/** Fictional surgeons with a photo (a lint fixture image), with and without its alt text. */
const PHOTO = join(import.meta.dirname, 'image-alt', 'spine.png');
const TEST_SURGEONS: Library['surgeons'] = new Map([
  ['test-photo', { id: 'test-photo', name: 'Dr Test Photo', photo: 'spine.png', photo_alt: 'A test picture', bio: [], photoPath: PHOTO }],
  ['test-photo-no-alt', { id: 'test-photo-no-alt', name: 'Dr Test Nophoto', photo: 'spine.png', bio: [], photoPath: PHOTO }],
]);

/** A library with the two test brands and two test surgeons. */
export const TEST_LIBRARY: Library = {
  surgeons: TEST_SURGEONS,
  brands: new Map([
    ['test', TEST_BRAND],
    ['with-contact', CONTACT_BRAND],
  ]),
  sizes: ['a4', 'letter'],
  plannedSizes: [],
  defaultBrand: 'test',
  defaultSizes: ['a4'],
  // Fixture images (tests/lint/image-alt/*.png) must be inside the content folder.
  contentDir: import.meta.dirname,
};

/**
 * Parse, build and lint a handout's text.
 * @param text The file's text.
 * @param file Path shown in diagnostics.
 * @param options Lint options (today defaults to TODAY).
 * @param library The library (default: the test library).
 * @returns The lint result.
 */
export function lintText(text: string, file: string, options: Partial<LintOptions> = {}, library: Library = TEST_LIBRARY): LintResult {
  const unread: Diagnostic[] = [];
  const parsed = parseSource(text, file, (d) => unread.push(d));
  if (!parsed) throw new Error(`${file} does not parse:\n${unread.map(formatDiagnostic).join('\n')}`);
  const built = buildDocument(parsed, library, 'test', (d) => unread.push(d));
  if (!built) throw new Error(`${file} is not a valid handout:\n${unread.map(formatDiagnostic).join('\n')}`);
  return lintHandout(built, parsed, { today: TODAY, ...options });
}

/**
 * Lint a handout file.
 * @param path Path relative to the repository root.
 * @param options Lint options.
 * @param library The library.
 * @returns The lint result.
 */
export function lintFile(path: string, options: Partial<LintOptions> = {}, library: Library = TEST_LIBRARY): LintResult {
  return lintText(readFileSync(join(import.meta.dirname, '..', '..', path), 'utf8'), path, options, library);
}
