import { resolve } from 'node:path';
import { displayPath } from '../../content/display-path.js';
import { writeGallery } from '../../gallery/write-gallery.js';
import type { Command } from '../command.js';
import { OUT_FLAG, QUIET_FLAG } from '../shared-flags.js';

/** `handouts gallery`: write `<out>/index.html` from the output folder's manifest. */
export const galleryCommand: Command = {
  name: 'gallery',
  description: 'Write <out>/index.html: page 1 of each handout and links to every size',
  options: { out: OUT_FLAG, quiet: QUIET_FLAG },
  examples: ['gallery --out output'],
  async run(values, _positionals, io) {
    const outDir = resolve(typeof values['out'] === 'string' ? values['out'] : 'output');
    const result = await writeGallery(outDir);
    if (result.missing.length > 0) io.stderr(`no picture for ${result.missing.join(', ')}: its PDF is missing or unreadable; build it again\n`);
    if (values['quiet'] !== true) io.stdout(`${displayPath(result.file)}  (${result.rendered} new ${result.rendered === 1 ? 'picture' : 'pictures'})\n`);
    return 0;
  },
};
