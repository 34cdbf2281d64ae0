/**
 * The output folder's own sub-folder for consult editions, which carry patients' names and
 * are kept apart from the handouts' folders (and out of the manifest and gallery). A handout
 * may not take it as its slug.
 */
export const CONSULT_FOLDER = 'consult';
