import { watch, type FSWatcher } from 'chokidar';
import { join, relative, resolve, sep } from 'node:path';
import { displayPath } from '../content/display-path.js';
import { GALLERY_FILE, thumbnailPath, writeGallery } from '../gallery/write-gallery.js';
import { formatPretty } from '../lint/reporters.js';
import { readManifest, type Manifest } from '../output/manifest.js';
import { inPrintOrder } from '../output/print-order.js';
import { build, type BuildResult } from '../pipeline.js';
import { packageRoot } from '../package-root.js';
import { outputLabel, previewOutput } from '../gallery/gallery-page.js';
import { isWebPageAsset } from '../web/web-size.js';
import { WEB_SIZE } from '../print/sizes.js';
import { startPreviewServer, type PreviewState } from './preview-server.js';

/** What to watch and where to serve it. */
export interface WatchOptions {
  /** Content folder (default `content`). */
  contentDir?: string;
  /** Templates folder with `brands/` (default: the press's own). */
  templatesDir?: string;
  /** Output folder (default `output`). */
  outDir?: string;
  /** Sizes to build instead of each handout's own. */
  sizes?: readonly string[];
  /** The date review dates are checked against (default: the machine's). */
  today?: string;
  /** Preview port on 127.0.0.1; 0 picks a free one (default 4818). */
  port?: number;
  /** Quiet time after the last change before a rebuild starts, in ms (editors save in several steps). */
  settleMs?: number;
  /** Told what happens, for the CLI to print; the library prints nothing. */
  onEvent?: (event: WatchEvent) => void;
}

/** What the watcher reports. */
export type WatchEvent =
  | { type: 'building'; handouts: string[] | 'all' }
  | { type: 'built'; result: BuildResult; seconds: number; problems: string }
  | { type: 'removed'; file: string }
  | { type: 'failed'; message: string };

/** A running watch. */
export interface Watching {
  /** The preview page's address. */
  url: string;
  /** Resolves once no build is running or waiting (the first build included). */
  idle: () => Promise<void>;
  close: () => Promise<void>;
}

/** The preview's port unless told otherwise: fixed, so the page can stay bookmarked. */
export const DEFAULT_PREVIEW_PORT = 4818;

/**
 * Build the handouts, then rebuild what changes on save, keeping `<out>/index.html` (the
 * gallery) current and serving a live preview on 127.0.0.1. A saved handout rebuilds only
 * that handout; a changed surgeon, brand, word list or image rebuilds everything, and the
 * build cache skips what does not depend on it. Builds never overlap: changes during a
 * build are collected and built after it.
 * @param options Folders, sizes, port and the event callback.
 * @returns The preview URL and controls.
 */
export async function startWatch(options: WatchOptions = {}): Promise<Watching> {
  const contentDir = resolve(options.contentDir ?? 'content');
  const templatesDir = resolve(options.templatesDir ?? join(packageRoot(), 'templates'));
  const outDir = resolve(options.outDir ?? 'output');
  const handoutsDir = join(contentDir, 'handouts');
  const emit = options.onEvent ?? (() => {});
  const settleMs = options.settleMs ?? 150;

  let state: PreviewState = { build: 0, building: true, problems: '', handouts: [] };
  let servable = new Set<string>();
  // Handouts with a web page: its stylesheet, fonts and images are served with it.
  let webSlugs = new Set<string>();
  const server = await startPreviewServer({ outDir, port: options.port ?? DEFAULT_PREVIEW_PORT, state: () => state, servable: (file) => servable.has(file) || isWebPageAsset(file, webSlugs) });

  // What changed since the last build: handout files, or "everything" for shared inputs.
  let pendingAll = true;
  const pendingHandouts = new Set<string>();
  let running: Promise<void> | null = null;
  let timer: NodeJS.Timeout | null = null;
  let closed = false;

  const runBuilds = async () => {
    while ((pendingAll || pendingHandouts.size > 0) && !closed) {
      const all = pendingAll;
      const inputs = all ? [] : [...pendingHandouts];
      pendingAll = false;
      pendingHandouts.clear();
      state = { ...state, building: true };
      server.notify();
      emit({ type: 'building', handouts: all ? 'all' : inputs.map(displayPath) });
      const started = performance.now();
      let problems = '';
      try {
        // One handout renders faster in this thread than by starting a worker for it.
        const result = await build({ contentDir, outDir, inputs, ...(options.templatesDir && { templatesDir: options.templatesDir }), ...(options.sizes && { sizes: options.sizes }), ...(options.today && { today: options.today }), ...(!all && { jobs: 1 }) });
        // Errors first: they stop a handout from building, and warnings at 1:1 would hide them.
        problems = formatPretty(result.diagnostics, undefined, 'errors-first');
        emit({ type: 'built', result, seconds: (performance.now() - started) / 1000, problems });
      } catch (error) {
        problems = `${(error as Error).message}\n`;
        emit({ type: 'failed', message: (error as Error).message });
      }
      try {
        await writeGallery(outDir);
      } catch (error) {
        emit({ type: 'failed', message: `the gallery could not be written: ${(error as Error).message}` });
      }
      const manifest = await readManifest(outDir);
      servable = servableFiles(manifest);
      webSlugs = new Set(manifest.handouts.filter((h) => h.outputs.some((o) => o.size === WEB_SIZE)).map((h) => h.slug));
      state = { build: state.build + 1, building: false, problems, handouts: previewHandouts(manifest) };
      server.notify();
    }
  };
  const schedule = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      if (running) return; // the running loop picks the changes up when it finishes this build
      running = runBuilds().finally(() => {
        running = null;
        if (pendingAll || pendingHandouts.size > 0) schedule();
      });
    }, settleMs);
  };

  const watcher: FSWatcher = watch([contentDir, join(templatesDir, 'brands')], {
    ignoreInitial: true,
    // The output folder may sit inside the content folder; never rebuild because a build wrote something.
    ignored: (path) => isInside(path, outDir) || /(^|[/\\])\.[^/\\]/.test(relative(contentDir, path)),
  });
  watcher.on('all', (event, path) => {
    if (event === 'addDir' || event === 'unlinkDir') return;
    const isHandout = isInside(path, handoutsDir) && path.endsWith('.md');
    if (isHandout && event === 'unlink') {
      emit({ type: 'removed', file: displayPath(path) });
      return;
    }
    if (isHandout) pendingHandouts.add(path);
    else pendingAll = true;
    schedule();
  });
  await new Promise<void>((ready) => watcher.once('ready', () => ready()));
  schedule();

  return {
    url: server.url,
    idle: async () => {
      // A change may still be settling: wait until the timer has fired and every build is done.
      while (timer || running) await (running ?? new Promise((r) => setTimeout(r, settleMs)));
    },
    close: async () => {
      closed = true;
      if (timer) clearTimeout(timer);
      await watcher.close();
      await running;
      await server.close();
    },
  };
}

/** The handouts as the preview page lists them, from the manifest. */
function previewHandouts(manifest: Manifest): PreviewState['handouts'] {
  return manifest.handouts.map((handout) => ({
    slug: handout.slug,
    title: handout.title,
    preview: previewOutput(handout)?.file ?? null,
    outputs: inPrintOrder(handout.outputs).map((o) => ({ file: o.file, name: [o.size, o.edition].filter(Boolean).join(' '), label: outputLabel(o), hash: o.sha256.slice(0, 12) })),
  }));
}

/** Files the preview may serve: the library's PDFs, the gallery and its pictures, never consult editions. */
function servableFiles(manifest: Manifest): Set<string> {
  const files = new Set<string>([GALLERY_FILE]);
  for (const handout of manifest.handouts) {
    for (const output of handout.outputs) files.add(output.file);
    const thumbnail = thumbnailPath(handout);
    if (thumbnail) files.add(thumbnail);
  }
  return files;
}

function isInside(path: string, dir: string): boolean {
  const rel = relative(dir, path);
  return rel === '' || (!rel.startsWith('..') && !rel.startsWith(sep) && rel !== path);
}
