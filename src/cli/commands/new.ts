import { readdir, writeFile, mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { displayPath } from '../../content/display-path.js';
import { UsageError } from '../../diagnostics.js';
import { DEFAULT_BRAND } from '../../model/house-defaults.js';
import { slugify } from '../../model/slugify.js';
import { packageRoot } from '../../package-root.js';
import { localToday } from '../../scaffold/add-months.js';
import { scaffoldHandout } from '../../scaffold/scaffold-handout.js';
import type { Command } from '../command.js';
import { CONTENT_FLAG } from '../shared-flags.js';
import { parseToday, TODAY_OPTION } from '../parse-today.js';

/**
 * `handouts new "Title"`: scaffold `<content>/handouts/<slug>.md` with valid front matter and
 * a question-and-answer skeleton. It never overwrites a file.
 */
export const newCommand: Command = {
  name: 'new',
  args: '"TITLE"',
  description: 'Start a new handout: <content>/handouts/<slug>.md with front matter and a question-and-answer skeleton (never overwrites)',
  options: {
    content: CONTENT_FLAG,
    slug: { type: 'string', value: '<slug>', description: 'file name instead of the one from the title' },
    surgeon: { type: 'string', value: '<id>', description: "the handout's surgeon", defaultText: 'none, listed in a comment' },
    brand: { type: 'string', value: '<id>', description: "its brand; review_due = today + the brand's review_months", defaultText: DEFAULT_BRAND },
    today: { ...TODAY_OPTION.today, description: 'the date for reviewed, YYYY-MM-DD' },
  },
  examples: ['new "Lumbar fusion: what to expect"'],
  async run(values, positionals, io) {
    // Loaded here, not at start-up: zod and the markdown libraries are for this command only.
    const { SlugSchema } = await import('../../model/schema.js');
    const { loadBrands } = await import('../../library/load-library.js');
    const text = (name: string) => (typeof values[name] === 'string' ? (values[name] as string) : undefined);
    const title = positionals.join(' ').trim();
    if (title === '') throw new UsageError('give the new handout’s title: handouts new "Lumbar fusion: what to expect"');
    // A long title makes a shorter file name: 60 characters is plenty to recognise it by.
    const slug = text('slug') ?? slugify(title, 60);
    const checked = SlugSchema.safeParse(slug);
    if (slug === '') throw new UsageError('the title has no letters a file name can use; give one with --slug, e.g. --slug lumbar-fusion');
    if (!checked.success) throw new UsageError(`slug "${slug}" ${checked.error.issues[0]?.message ?? 'is not valid'}`);
    const today = parseToday(values) ?? localToday();
    const contentDir = resolve(text('content') ?? 'content');

    const brandId = text('brand') ?? DEFAULT_BRAND;
    // The press's own brands: a problem in one only leaves it out of the choice.
    const brands = await loadBrands(join(packageRoot(), 'templates'), () => {});
    const brand = brands.get(brandId);
    if (!brand) throw new UsageError(`--brand "${brandId}" is not a brand (known: ${[...brands.keys()].join(', ') || 'none'})`);
    const knownSurgeons = await surgeonIds(contentDir);
    const surgeon = text('surgeon') ?? null;
    if (surgeon !== null && !knownSurgeons.includes(surgeon)) {
      throw new UsageError(`--surgeon "${surgeon}" is not a surgeon (known: ${knownSurgeons.join(', ') || 'none'}); each surgeon is a file in ${displayPath(join(contentDir, 'surgeons'))}/`);
    }

    const path = join(contentDir, 'handouts', `${slug}.md`);
    const markdown = scaffoldHandout({ title, slug, surgeon, knownSurgeons, brand: values['brand'] === undefined ? null : brandId, today, reviewMonths: brand.review_months });
    await mkdir(join(contentDir, 'handouts'), { recursive: true });
    try {
      // 'wx': fail rather than overwrite a handout someone has already written.
      await writeFile(path, markdown, { flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      io.stderr(`${displayPath(path)} already exists; it was left as it is. Choose another title, or a file name with --slug\n`);
      return 1;
    }
    io.stdout(`${displayPath(path)}\nReplace the placeholder text, then: npx handouts build ${slug}\n`);
    return 0;
  },
};

async function surgeonIds(contentDir: string): Promise<string[]> {
  const names = await readdir(join(contentDir, 'surgeons')).catch(() => []);
  return names.filter((name) => name.endsWith('.md')).map((name) => name.slice(0, -3)).sort();
}
