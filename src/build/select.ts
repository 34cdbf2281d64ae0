import { selectShard } from '../batch/shard.js';
import { selectSources, type SourceRef } from '../content/select-sources.js';
import type { BuildContext } from './context.js';

/**
 * Stage 1, select: the handouts this run is about, the ones asked for (or all), narrowed to
 * this run's shard.
 * @param context The build.
 * @returns Their files, in a stable order.
 */
export async function selectHandouts(context: BuildContext): Promise<SourceRef[]> {
  const refs = await selectSources(context.contentDir, context.inputs);
  return context.shard ? selectShard(refs, context.shard) : refs;
}
