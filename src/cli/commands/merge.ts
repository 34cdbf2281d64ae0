import { join } from 'node:path';
import { formatDiagnostic, UsageError, type Diagnostic } from '../../diagnostics.js';
import { MANIFEST_FILE, mergeManifest, readManifestStrict, serializeManifest, type Manifest } from '../../output/manifest.js';
import { writeAtomic } from '../../output/write-atomic.js';
import type { Command } from '../command.js';

/**
 * `handouts merge-manifests A.json B.json … --out DIR`: join the manifests that the shards of
 * a CI matrix wrote into one. Every shard built different handouts, so entries never clash;
 * if two do name one slug, the later file wins.
 *
 * Every input must be there and be a manifest: a missing shard must fail the CI job, not be
 * published as a library without its handouts. `--out` is required: a default would be the
 * library's own `output/`, and merging into it would drop every entry no shard rebuilt.
 */
export const mergeCommand: Command = {
  name: 'merge-manifests',
  args: 'A.json B.json…',
  description: 'Join the manifests of a sharded build (build --shard i/n) into one; a missing or damaged manifest fails the merge',
  options: { out: { type: 'string', value: '<dir>', description: 'the folder for the merged manifest.json (required)' } },
  examples: ['merge-manifests out-*/manifest.json --out output'],
  async run(values, files, io) {
    if (files.length === 0) throw new UsageError('merge-manifests needs the manifest files to merge: merge-manifests out-*/manifest.json --out DIR');
    const outDir = typeof values['out'] === 'string' ? values['out'] : undefined;
    if (outDir === undefined || outDir === '') throw new UsageError('merge-manifests needs --out DIR, the folder for the merged manifest.json (it never assumes output/, whose manifest it would overwrite)');
    // Read side by side, each file's problems kept apart, so they are shown in the order the files were named.
    const reads = await Promise.all(
      files.map(async (file) => {
        const problems: Diagnostic[] = [];
        const manifest = await readManifestStrict(file, (d) => problems.push(d));
        return { manifest, problems };
      }),
    );
    const problems = reads.flatMap((read) => read.problems.map((d) => `${formatDiagnostic(d)}\n`));
    if (problems.length > 0) {
      io.stderr(`${problems.join('')}no manifest was written\n`);
      return 1;
    }
    let merged: Manifest = { handouts: [] };
    for (const { manifest } of reads) if (manifest) merged = mergeManifest(merged, manifest.handouts);
    await writeAtomic(join(outDir, MANIFEST_FILE), serializeManifest(merged));
    io.stdout(`${join(outDir, MANIFEST_FILE)}  ${merged.handouts.length} handouts from ${files.length} manifests\n`);
    return 0;
  },
};
