import { join } from 'node:path';
import { UsageError } from '../../diagnostics.js';
import { MANIFEST_FILE, mergeManifest, readManifestFile, serializeManifest } from '../../output/manifest.js';
import { writeAtomic } from '../../output/write-atomic.js';
import type { Command } from '../command.js';

/**
 * `handouts merge-manifests A.json B.json … [--out DIR]`: join the manifests that the shards of
 * a CI matrix wrote into one. Every shard built different handouts, so entries never clash;
 * if two do name one slug, the later file wins.
 */
export const mergeCommand: Command = {
  name: 'merge-manifests',
  summary: "Join the manifests of a sharded build (--shard i/n) into one",
  options: { out: { type: 'string' } },
  async run(values, files, io) {
    if (files.length === 0) throw new UsageError('merge-manifests needs the manifest files to merge');
    let merged = { handouts: [] } as Awaited<ReturnType<typeof readManifestFile>>;
    for (const file of files) merged = mergeManifest(merged, (await readManifestFile(file)).handouts);
    const outDir = typeof values['out'] === 'string' ? values['out'] : 'output';
    await writeAtomic(join(outDir, MANIFEST_FILE), serializeManifest(merged));
    io.stdout(`${join(outDir, MANIFEST_FILE)}  ${merged.handouts.length} handouts from ${files.length} manifests\n`);
    return 0;
  },
};
