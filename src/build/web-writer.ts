import { createHash } from 'node:crypto';
import { hasOutput, outputKey, wantedFiles } from '../cache/freshness.js';
import type { ManifestOutput } from '../output/manifest.js';
import { webPageFolder } from '../web/web-size.js';
import { WEB_SIZE } from '../print/sizes.js';
import type { BuildContext, ReadyHandout } from './context.js';

/** An output as the cache records it: its manifest entry and the key it was made with. */
export type RecordedOutput = ManifestOutput & { key: string };

/** A file to write, relative to the output folder. */
export interface OutputFile {
  file: string;
  bytes: Uint8Array;
}

/** Writes web pages during one build; see `webWriter`. */
export interface WebWriter {
  /**
   * A handout's web page, made after its PDFs: null when it wants none or its page is up to date.
   * @param handout The handout.
   * @param pdfs The PDF entries made for it in this run (the others come from its cache entry).
   */
  page(handout: ReadyHandout, pdfs: readonly RecordedOutput[]): Promise<{ files: OutputFile[]; output: RecordedOutput } | null>;
  /**
   * Remove the images an earlier page showed and the new one does not, once it is written.
   * @param handout The handout.
   * @param files The new page's files.
   */
  tidy(handout: ReadyHandout, files: readonly OutputFile[]): Promise<void>;
}

/**
 * The web edition's part of a build: each page from the document and the handout's PDF
 * entries, and the shared assets (stylesheet, fonts) written once per run when a page is.
 * Loaded lazily, like rendering: a build without `web` never loads it.
 * @param context The build.
 * @returns The writer.
 */
export function webWriter(context: BuildContext): WebWriter {
  const { outDir, tool, print, force } = context;
  let assetsWritten = false;
  return {
    async page(handout, made) {
      const { entry, document, sizes } = handout;
      // A translation's page is `<slug>/<language>/index.html`, beside its source's.
      if (print.bleed > 0 || !sizes.includes(WEB_SIZE)) return null;
      const { pageLanguages } = await import('../web/page-languages.js');
      const pages = await pageLanguages(handout.ref.path, document.slug, print.sizes ?? []);
      const languages = pages.map(({ language }) => language);
      if (!force && (await hasOutput(entry, { size: WEB_SIZE, outDir, print, tool, sizes, languages }))) return null;
      const pdfs = sizes
        .filter((size) => size !== WEB_SIZE)
        .flatMap((size) => {
          const now = made.filter((o) => o.size === size);
          if (now.length > 0) return now;
          return wantedFiles(entry, { slug: document.slug, sizes: [size], print }).flatMap(({ file }) => (entry.outputs[file] ? [entry.outputs[file]] : []));
        });
      const { webPageFiles, writeWebAssets } = await import('../web/web-files.js');
      if (!assetsWritten) {
        await writeWebAssets(outDir);
        assetsWritten = true;
      }
      const [page, ...images] = await webPageFiles(document, pdfs, pages);
      if (!page) throw new Error('webWriter: no page was made');
      const key = outputKey({ tool, inputHash: entry.inputHash, size: WEB_SIZE, print, sizes, languages });
      // One page, whatever its length: `pages` keeps the manifest's shape the same for every output.
      return { files: [page, ...images], output: { size: WEB_SIZE, file: page.file, pages: 1, bytes: page.bytes.byteLength, sha256: sha256(page.bytes), key } };
    },
    async tidy(handout, files) {
      const { removeStaleImages } = await import('../web/web-files.js');
      const { document } = handout;
      await removeStaleImages(outDir, webPageFolder(document.slug, document.translation ? document.meta.language : undefined), files);
    },
  };
}

/**
 * SHA-256 of an output's bytes, as the manifest records it.
 * @param bytes The file's bytes.
 * @returns Hex digest.
 */
export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
