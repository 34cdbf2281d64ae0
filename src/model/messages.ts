/**
 * The press's own words on the page ("Page 1 of 4", "About Dr …", the icon-array key), in the
 * document's language, from a message catalogue (`templates/messages/<lang>.yaml`, loaded by
 * `src/content/load-messages.ts`). Pure functions of the catalogue: no clock, no machine
 * locale, so the same catalogue gives the same words everywhere.
 */

/** A message: one text, or texts by plural category (`one`, `few`, `other`…) chosen by `{count}`. */
export type MessageText = string | Readonly<Record<string, string>>;

/** A catalogue resolved for one document: the press's words for its language, with the brand's overrides. */
export interface Messages {
  /** The catalogue's language tag (`vi`, `zh-Hans`), used for plural and number rules. */
  language: string;
  /** Month names, January first, for dates in words. */
  months: readonly string[];
  /** Message texts by key. */
  texts: Readonly<Record<string, MessageText>>;
  /** Who checked the translation of these words; '' when no professional translator has yet. */
  checkedBy: string;
}

/** Values for a message's `{placeholders}`; numbers are written by the language's rules. */
export type MessageValues = Readonly<Record<string, string | number>>;

/**
 * A message in the catalogue's language.
 * @param messages The document's catalogue.
 * @param key A message key (every catalogue has every key: checked when it is loaded).
 * @param values Placeholder values; a number in `count` also chooses the plural form.
 * @returns The text with its placeholders filled.
 */
export function say(messages: Messages, key: string, values: MessageValues = {}): string {
  return sayParts(messages, key, values).join('');
}

/**
 * A message as its pieces: the catalogue's words and each filled placeholder apart, in order
 * ("About {name}" gives ["About ", "Dr …"]). A template that puts them in one `<Text>` as
 * separate children draws them as react-pdf did before the words came from a catalogue (one
 * text run each), so an English PDF keeps its bytes.
 * @param messages The document's catalogue.
 * @param key A message key.
 * @param values Placeholder values, as for `say`.
 * @returns The pieces, none empty; joined, they are `say`'s text.
 */
export function sayParts(messages: Messages, key: string, values: MessageValues = {}): string[] {
  const text = messages.texts[key];
  if (text === undefined) throw new Error(`message "${key}" is missing from the ${messages.language} catalogue`);
  const count = values['count'];
  const chosen = typeof text === 'string' ? text : (text[pluralCategory(messages.language, typeof count === 'number' ? count : 0)] ?? text['other'] ?? '');
  const parts: string[] = [];
  let literal = '';
  let last = 0;
  for (const match of chosen.matchAll(/\{(\w+)\}/g)) {
    literal += chosen.slice(last, match.index);
    last = match.index + match[0].length;
    const value = values[match[1] ?? ''];
    // An unknown placeholder stays as written, part of the words around it.
    if (value === undefined) {
      literal += match[0];
      continue;
    }
    if (literal) parts.push(literal);
    literal = '';
    const filled = typeof value === 'number' ? formatNumber(messages, value) : value;
    if (filled) parts.push(filled);
  }
  literal += chosen.slice(last);
  if (literal) parts.push(literal);
  return parts;
}

/**
 * A whole number written by the language's rules ("1,000" in English, "1.000" in Vietnamese
 * and Greek). Intl's data comes with Node, not from the machine's locale settings.
 * @param messages The document's catalogue.
 * @param value The number.
 * @returns The number as text.
 */
export function formatNumber(messages: Pick<Messages, 'language'>, value: number): string {
  return numberFormat(messages.language).format(value);
}

/**
 * A date in words in the catalogue's language ("3 December 2026", "3 tháng 12 năm 2026"),
 * made from the YYYY-MM-DD text itself, so no time zone or machine locale can change it.
 * @param messages The document's catalogue.
 * @param iso A validated YYYY-MM-DD date.
 * @returns The date in words.
 */
export function formatDate(messages: Messages, iso: string): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return say(messages, 'date', { day: String(day), month: messages.months[month - 1] ?? String(month), year: String(year), monthNumber: String(month) });
}

const pluralRules = new Map<string, Intl.PluralRules>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function pluralCategory(language: string, count: number): string {
  let rules = pluralRules.get(language);
  if (!rules) pluralRules.set(language, (rules = new Intl.PluralRules(language)));
  return rules.select(count);
}

function numberFormat(language: string): Intl.NumberFormat {
  let format = numberFormats.get(language);
  // Latin digits in every language: the handout's own figures ("28%") are written so, and
  // the key and headline must match them.
  if (!format) numberFormats.set(language, (format = new Intl.NumberFormat(language, { numberingSystem: 'latn', maximumFractionDigits: 0 })));
  return format;
}
