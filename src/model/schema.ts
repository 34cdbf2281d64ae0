import { z } from 'zod';
import { LintConfigSchema } from './lint-config.js';
import { CONSULT_FOLDER } from './consult-folder.js';
import { DEFAULT_LANGUAGE, DEFAULT_READING_TARGET } from './house-defaults.js';

/**
 * Front matter and config schemas: the single source of truth for what a handout, a surgeon
 * and a brand may say. YAML arrives through the failsafe schema, so every scalar is a string
 * here and the schema decides what it means.
 */

/** An ISO calendar date (`2026-03-05`) that really exists; kept as a string so no time zone can shift it. */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written as YYYY-MM-DD, e.g. 2026-03-05')
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, 'is not a real calendar date');

/** A slug: lower-case letters, digits and single hyphens; safe as a file and folder name. */
export const SlugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must use only lower-case letters, digits and single hyphens, e.g. "lumbar-fusion"')
  .max(80, 'must be at most 80 characters, so file names stay short enough for every system')
  // Windows cannot create files or folders with these names, whatever the extension.
  .refine((slug) => !/^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/.test(slug), 'is a name Windows reserves for a device; choose another');

/** An id of a surgeon, brand or size: same rules as a slug. */
export const IdSchema = SlugSchema;

/** A handout's slug: its folder in the output folder, so not the folder kept for consult editions. */
export const HandoutSlugSchema = SlugSchema.refine(
  (slug) => slug !== CONSULT_FOLDER,
  `is the output folder kept for consult editions, which carry patients' names; choose another`,
);

/** A BCP 47 language tag such as `en-AU`. */
export const LanguageSchema = z
  .string()
  .regex(/^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/, 'must be a BCP 47 language tag such as "en-AU"');

/**
 * A string that must say something. The message never names the field: the diagnostic already
 * starts with it (\`title\` is empty…).
 * @param why Why it matters, or what to do instead (ends the message).
 */
const nonEmpty = (why: string) => z.string().trim().min(1, `is empty; ${why}`);

/** For optional fields: an empty value is a mistake, leaving the line out is not. */
const OPTIONAL_TEXT = 'write it, or leave the line out';

/** An http(s) address of a web page, such as the web version of a handout (`web_url`). */
export const WebUrlSchema = z
  .string()
  .trim()
  .refine((value) => {
    if (/\s/.test(value)) return false;
    try {
      const url = new URL(value);
      return url.protocol === 'https:' || url.protocol === 'http:';
    } catch {
      return false;
    }
  }, 'must be a web address starting with https:// (or http://), with no spaces');

/** One value or a list of values; YAML authors write both. */
const oneOrMany = <T extends z.ZodType>(item: T, whenEmpty: string) =>
  z.preprocess((value) => (typeof value === 'string' ? value.split(',').map((s) => s.trim()) : value), z.array(item).min(1, whenEmpty));

/** What to say about `sizes: []`: an empty list would build nothing, so say what a list holds. */
const NO_SIZES = 'is an empty list, so nothing would be built; name at least one size, e.g. `sizes: [a4, letter]`, or leave the line out for the default sizes';

/** A handout's front matter. */
export const HandoutMetaSchema = z.strictObject({
  title: nonEmpty('every handout needs a title: it is printed on the cover and is the PDF\'s title'),
  subtitle: nonEmpty(OPTIONAL_TEXT).optional(),
  slug: HandoutSlugSchema.optional(),
  surgeon: IdSchema.optional(),
  brand: IdSchema.optional(),
  sizes: oneOrMany(IdSchema, NO_SIZES).optional(),
  doc_id: nonEmpty(OPTIONAL_TEXT).optional(),
  version: nonEmpty(OPTIONAL_TEXT).optional(),
  reviewed: IsoDateSchema.optional(),
  review_due: IsoDateSchema.optional(),
  language: LanguageSchema.default(DEFAULT_LANGUAGE),
  disclaimer: nonEmpty(OPTIONAL_TEXT).optional(),
  /** The web version of this handout; printed as a QR code on the back page (wins over the brand's). */
  web_url: WebUrlSchema.optional(),
  /** Lint rules switched off or set to a severity for this handout (wins over the brand's). */
  lint: LintConfigSchema.optional(),
  /**
   * A translation names its source handout's slug; the file is `<slug>.<language>.md`. Checked
   * against the slug rules where the source is looked up (a dotted name there is a translation).
   */
  translation_of: nonEmpty('translation_of').optional(),
  /** The source's `version` this translation was made from; when the source moves on, it is stale. */
  source_version: nonEmpty('source_version').optional(),
  /** Who translated it (a person or a service), for document control. */
  translator: nonEmpty('translator').optional(),
  /** When the translation was made. */
  translated: IsoDateSchema.optional(),
  /** The file a handout was brought in from by `handouts import` (a file name, not a path); for the clinic's records. */
  imported_from: nonEmpty('imported_from').optional(),
});
export type HandoutMeta = z.infer<typeof HandoutMetaSchema>;

/** A surgeon's front matter (`content/surgeons/<id>.md`); the body is the bio. */
export const SurgeonMetaSchema = z.strictObject({
  name: nonEmpty('the surgeon\'s name is printed on every handout that names them'),
  role: z.string().trim().optional(),
  credentials: z.string().trim().optional(),
  photo: z.string().trim().optional(),
  /** What the photo shows, for screen readers (tagged PDFs); lint/image-alt asks for it. */
  photo_alt: z.string().trim().optional(),
});
export type SurgeonMeta = z.infer<typeof SurgeonMetaSchema>;

const HexColorSchema = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour written as #RRGGBB');

/** A brand (`templates/brands/<id>/brand.yaml`): the clinic's identity on every page. */
export const BrandSchema = z.strictObject({
  name: nonEmpty('the clinic\'s name is printed on every page'),
  short_name: z.string().trim().optional(),
  colors: z.strictObject({
    primary: HexColorSchema,
    accent: HexColorSchema,
    text: HexColorSchema,
    muted: HexColorSchema,
    tint: HexColorSchema,
  }),
  font: IdSchema.default('atkinson-hyperlegible'),
  disclaimer: nonEmpty('every handout prints the brand\'s disclaimer'),
  logo: z.string().trim().optional(),
  contact: z
    .strictObject({
      phone: z.string().trim().optional(),
      email: z.string().trim().optional(),
      address: z.string().trim().optional(),
      web: z.string().trim().optional(),
    })
    .default({}),
  sizes: oneOrMany(IdSchema, NO_SIZES).optional(),
  /** Lint rules switched off or set to a severity for every handout of this brand. */
  lint: LintConfigSchema.optional(),
  /** Highest SMOG reading grade the brand accepts (UNMH's goal is 8). */
  reading_target: z.coerce.number().min(1).max(20).default(DEFAULT_READING_TARGET),
  /**
   * Where each handout's web version lives, for its QR code; `{slug}` is replaced by the
   * handout's slug. A handout's own `web_url` wins.
   */
  web_url: WebUrlSchema.optional(),
  /**
   * Where the clinic publishes the output folder (`https://clinic.example/leaflets/`): without a
   * `web_url`, each handout's QR code links to its web page there, `<web_base><slug>/?v=<version>`.
   */
  web_base: WebUrlSchema.optional(),
  /**
   * Months from a review to the next one, for `review_due` in new handouts. 12 by default:
   * EIDO updates its leaflets at least annually; the NHS asks in-house leaflets for at most 3 years.
   */
  review_months: z.coerce.number().int().min(1).max(36).default(12),
});
export type BrandConfig = z.infer<typeof BrandSchema>;
