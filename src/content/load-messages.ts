import { readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { diagnostic, type Diagnostic, type Place, type Report } from '../diagnostics.js';
import type { Messages, MessageText } from '../model/messages.js';
import { packageRoot } from '../package-root.js';
import { displayPath } from './display-path.js';
import { parseYaml } from './parse-yaml.js';

/**
 * Loading message catalogues: the press's own (`templates/messages/<lang>.yaml`, one per
 * language it ships) and a brand's overrides (`templates/brands/<id>/messages/<lang>.yaml`).
 * English is the reference: every catalogue must have its keys, each with the same
 * `{placeholders}`, so a translated page never loses a number or a name.
 */

/** The press's catalogues folder. */
export const MESSAGES_DIR = join(packageRoot(), 'templates', 'messages');

/** One catalogue file, checked. */
export interface CatalogueFile {
  /** Path as shown to people. */
  file: string;
  language: string;
  months: string[] | undefined;
  checkedBy: string | undefined;
  texts: Record<string, MessageText>;
}

/** Every catalogue the press and the brands have. */
export interface MessageLibrary {
  /** The press's catalogues by lower-case language tag. */
  press: ReadonlyMap<string, CatalogueFile>;
  /** Brand overrides: brand id → lower-case language tag → file. */
  brands: ReadonlyMap<string, ReadonlyMap<string, CatalogueFile>>;
}

let english: Messages | undefined;

/**
 * The press's English words, for callers with no document (the lint's suggested rewrites,
 * unit tests). Read once from `templates/messages/en.yaml`.
 * @returns The English catalogue.
 */
export function englishMessages(): Messages {
  if (!english) {
    const file = join(MESSAGES_DIR, 'en.yaml');
    const problems: Diagnostic[] = [];
    const parsed = readCatalogue(readFileSync(file, 'utf8'), displayPath(file), (d) => problems.push(d), undefined);
    if (!parsed) throw new Error(`the press's English catalogue is broken: ${problems.map((d) => d.message).join('; ')}`);
    english = { language: 'en', months: parsed.months ?? [], texts: parsed.texts, checkedBy: parsed.checkedBy ?? '' };
  }
  return english;
}

/**
 * Load the press's catalogues and every brand's overrides.
 * @param templatesDir The templates folder whose `brands/` may override words.
 * @param brandIds The brands to look in.
 * @param report Where the problems in their files are reported, located.
 * @returns The catalogues.
 */
export async function loadMessageLibrary(templatesDir: string, brandIds: Iterable<string>, report: Report): Promise<MessageLibrary> {
  const reference = englishMessages();
  const readFolder = async (dir: string, full: boolean): Promise<Map<string, CatalogueFile>> => {
    const found = new Map<string, CatalogueFile>();
    const names = (await readdir(dir).catch(() => [] as string[])).filter((name) => name.endsWith('.yaml')).sort();
    for (const name of names) {
      const path = join(dir, name);
      const file = displayPath(path);
      const parsed = readCatalogue(await readFile(path, 'utf8'), file, report, reference, full);
      if (parsed) found.set(parsed.language.toLowerCase(), parsed);
    }
    return found;
  };
  const press = await readFolder(MESSAGES_DIR, true);
  const brands = new Map<string, Map<string, CatalogueFile>>();
  for (const id of brandIds) brands.set(id, await readFolder(join(templatesDir, 'brands', id, 'messages'), false));
  return { press, brands };
}

/** A language the press refuses to print, and why (see the README's "Languages"). */
export const REFUSED_LANGUAGES: Readonly<Record<string, string>> = {
  ar: 'react-pdf 4.9 cannot lay out Arabic correctly: it sets the paragraph left to right, misplaces dots and joins, and writes wrong letters into the text layer (a copy or a screen reader reads "تحذث" for "تحدث"); see react-pdf #3406 and #2638',
};

/**
 * The catalogue for a document: the press's words for its language (the tag, or a shorter
 * one: `en-AU` uses `en`), with the brand's overrides on top.
 * @param library Every catalogue.
 * @param brandId The document's brand.
 * @param language The document's language tag.
 * @param place Where the handout names its language, for errors.
 * @param file The handout, for errors.
 * @param report Where a refused language, a missing catalogue or a missing key is reported.
 * @returns The words, or null when there are none to print with (reported).
 */
export function messagesFor(library: MessageLibrary, brandId: string, language: string, place: Place, file: string, report: Report): Messages | null {
  const refused = REFUSED_LANGUAGES[primary(language)];
  if (refused) {
    report(diagnostic(file, place, `language "${language}" cannot be printed yet: ${refused}. The handout is not built rather than printed wrong`, 'i18n/refused-language'));
    return null;
  }
  const tags = candidates(language);
  const tag = tags.find((candidate) => library.press.has(candidate));
  const base = tag ? library.press.get(tag) : undefined;
  if (!tag || !base) {
    const known = [...library.press.values()].map((c) => c.language).join(', ');
    report(diagnostic(file, place, `no message catalogue for language "${language}" (catalogues: ${known}); the press prints its own words ("Page 1 of 4") from templates/messages/<language>.yaml`, 'i18n/unknown-language'));
    return null;
  }
  const override = library.brands.get(brandId)?.get(tag);
  const texts = { ...base.texts, ...override?.texts };
  const missing = Object.keys(englishMessages().texts).filter((key) => texts[key] === undefined);
  if (missing.length > 0) {
    report(diagnostic(file, place, `the ${base.language} message catalogue ${base.file} has no ${missing.map((key) => `"${key}"`).join(', ')}; add ${missing.length === 1 ? 'it' : 'them'} (English: ${missing.map((key) => JSON.stringify(englishMessages().texts[key])).join(', ')})`, 'i18n/missing-message'));
    return null;
  }
  return { language: base.language, months: override?.months ?? base.months ?? [], texts, checkedBy: override?.checkedBy ?? base.checkedBy ?? '' };
}

/** `zh-Hant-HK` → `zh-hant-hk`, `zh-hant`, `zh`: the catalogues that may serve it, closest first. */
function candidates(language: string): string[] {
  const parts = language.toLowerCase().split('-');
  return parts.map((_, index) => parts.slice(0, parts.length - index).join('-'));
}

function primary(language: string): string {
  return language.toLowerCase().split('-')[0] ?? '';
}

const KNOWN_FIELDS = new Set(['language', 'checked_by', 'months', 'messages']);

/**
 * Read and check one catalogue file.
 * @param text Its text.
 * @param file Its path, for messages.
 * @param report Where its problems are reported.
 * @param reference The English catalogue to check keys and placeholders against (none for English itself).
 * @param full Whether every key must be there (the press's catalogues) or any subset (a brand's overrides).
 * @returns The catalogue, or null when it has problems (each reported).
 */
function readCatalogue(text: string, file: string, report: Report, reference: Messages | undefined, full = true): CatalogueFile | null {
  const yaml = parseYaml(text, 1, file, report, 'message catalogue');
  if (!yaml) return null;
  const problems: Diagnostic[] = [];
  const data = (yaml.data ?? {}) as Record<string, unknown>;
  for (const key of Object.keys(data)) {
    if (!KNOWN_FIELDS.has(key)) problems.push(diagnostic(file, yaml.placeOf([key], 'key'), `unknown field "${key}" (a catalogue has ${[...KNOWN_FIELDS].join(', ')})`, 'i18n/catalogue'));
  }
  const language = typeof data['language'] === 'string' ? data['language'] : '';
  if (!language) problems.push(diagnostic(file, { line: 1, column: 1 }, 'a message catalogue needs `language:` (its BCP 47 tag, e.g. vi)', 'i18n/catalogue'));
  const months = data['months'];
  const monthList = Array.isArray(months) && months.length === 12 && months.every((m) => typeof m === 'string') ? (months as string[]) : undefined;
  if (months !== undefined && !monthList) problems.push(diagnostic(file, yaml.placeOf(['months']), '`months` must list the twelve month names, January first', 'i18n/catalogue'));
  if (full && months === undefined) problems.push(diagnostic(file, { line: 1, column: 1 }, 'a message catalogue needs `months`: the twelve month names, January first', 'i18n/catalogue'));
  const raw = (data['messages'] ?? {}) as Record<string, unknown>;
  const texts: Record<string, MessageText> = {};
  for (const [key, value] of Object.entries(raw)) {
    const place = yaml.placeOf(['messages', key]);
    const english = reference?.texts[key];
    if (reference && english === undefined) {
      problems.push(diagnostic(file, yaml.placeOf(['messages', key], 'key'), `unknown message "${key}" (known: ${Object.keys(reference.texts).join(', ')})`, 'i18n/catalogue'));
      continue;
    }
    const forms = typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value) : [];
    if (forms.length === 0 || !forms.every((form) => typeof form === 'string' && form.trim() !== '')) {
      problems.push(diagnostic(file, place, `message "${key}" must be text, or texts by plural category (one, other…)`, 'i18n/catalogue'));
      continue;
    }
    // A translated message must keep every placeholder of the English one: a dropped {count}
    // would print a sentence with its number missing.
    const wanted = english === undefined ? [] : placeholders(english);
    for (const form of forms as string[]) {
      // A date may name its month by number ({monthNumber}: "2026年12月3日") instead of by name.
      const has = placeholders(form).map((name) => (name === 'monthNumber' ? 'month' : name));
      const lost = wanted.filter((name) => !has.includes(name));
      if (lost.length > 0) problems.push(diagnostic(file, place, `message "${key}" lacks ${lost.map((n) => `{${n}}`).join(', ')}, which the English has; the value would be left out`, 'i18n/catalogue'));
    }
    texts[key] = value as MessageText;
  }
  if (problems.length > 0) {
    problems.forEach(report);
    return null;
  }
  const checkedBy = typeof data['checked_by'] === 'string' ? data['checked_by'].trim() : undefined;
  return { file, language, months: monthList, checkedBy, texts };
}

/** The `{names}` in a message (each form of a plural message is checked on its own). */
function placeholders(text: MessageText): string[] {
  const forms = typeof text === 'string' ? [text] : Object.values(text);
  return [...new Set(forms.flatMap((form) => [...form.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string)))];
}
