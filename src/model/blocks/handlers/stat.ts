import { diagnostic } from '../../../diagnostics.js';
import { parseStatValue, type Denominator } from '../../stat-value.js';
import type { DirectiveHandler } from '../state.js';
import type { RuleId } from '../../../rule-catalogue.js';

const STAT_ATTRIBUTES = new Set(['value', 'source', 'people', 'timeframe', 'denominator']);

// `people` is printed after the number ("28 in 100 patients"), so it must be words, not a figure.
// Marks (\p{M}) too: Hindi and Punjabi vowel signs are marks, as are Vietnamese accents written apart.
const PEOPLE = /^[\p{L}][\p{L}\p{M}\s'’-]*$/u;
const MAX_PEOPLE_LENGTH = 40;
const MAX_TIMEFRAME_LENGTH = 60;

/**
 * A `:::stat` callout: validate the attributes and parse the value; the blocks after any
 * label are the caption. Returns null after reporting why when there is no usable value.
 */
export const stat: DirectiveHandler = (node, { place, children }, state) => {
  const attributes = node.attributes ?? {};
  const report = (message: string, ruleId: RuleId) => state.report(diagnostic(state.file, place, message, ruleId));
  for (const name of Object.keys(attributes)) {
    if (!STAT_ATTRIBUTES.has(name)) {
      report(`\`:::stat\` has an unknown attribute "${name}" (known: ${[...STAT_ATTRIBUTES].join(', ')})`, 'markdown/stat-attribute');
    }
  }
  const raw = attributes['value'];
  if (raw == null || raw.trim() === '') {
    report('`:::stat` needs a value, e.g. `:::stat{value="28%"}`', 'markdown/stat-value');
    return null;
  }
  const value = parseStatValue(raw, state.report, state.file, place);
  if (value === null) return null;
  const denominator = parseDenominator(attributes['denominator']);
  if (denominator === 'invalid') {
    report(
      `\`:::stat\` denominator "${attributes['denominator'] ?? ''}" is not supported; write denominator=100 or denominator=1000, or leave it out to choose from the value`,
      'markdown/stat-attribute',
    );
  }
  const people = nonBlank(attributes['people']);
  const peopleOk = people == null || (PEOPLE.test(people) && people.length <= MAX_PEOPLE_LENGTH);
  if (!peopleOk) {
    report(
      `\`:::stat\` people="${people}" should say in a few words who the figure counts, as it is printed after the number ("28 in 100 patients"); e.g. people="patients"`,
      'markdown/stat-attribute',
    );
  }
  const timeframe = nonBlank(attributes['timeframe']);
  if (timeframe != null && timeframe.length > MAX_TIMEFRAME_LENGTH) {
    report(
      `\`:::stat\` timeframe is ${timeframe.length} characters long; keep it to a short phrase such as timeframe="after 10 years" and put the rest in the caption`,
      'markdown/stat-attribute',
    );
  }
  const caption = state.all(children);
  if (caption.length === 0) {
    report('`:::stat` has no caption; write what the number means between `:::stat{…}` and `:::`', 'markdown/stat-caption');
  }
  return {
    type: 'stat',
    place,
    value,
    source: nonBlank(attributes['source']),
    // null: the catalogue's word for the document's language ("people" in English).
    people: people != null && peopleOk ? people : null,
    timeframe,
    denominator: denominator === 'invalid' ? null : denominator,
    caption,
    // Worded once the document's language is known (`addDisplayFields`).
    phrase: null,
  };
};

// Accepts "100", "1000" and "1,000"; null when the attribute is absent or blank.
function parseDenominator(value: string | null | undefined): Denominator | null | 'invalid' {
  const text = nonBlank(value);
  if (text == null) return null;
  const digits = text.replace(/,/g, '');
  if (digits === '100') return 100;
  if (digits === '1000') return 1000;
  return 'invalid';
}

function nonBlank(value: string | null | undefined): string | null {
  return value != null && value.trim() !== '' ? value.trim() : null;
}
