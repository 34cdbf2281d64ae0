import type { Messages } from '../model/messages.js';

/**
 * What block rendering needs to know about the page it is writing into.
 */
export interface WebContext {
  /** The document's catalogue: the press's own words on the page (a box's label, a table's name). */
  messages: Messages;
  /**
   * A new id, unique within the page. Generated ids contain an underscore, which a question's
   * anchor (letters, digits and hyphens) never does, so they cannot clash with one.
   * @param prefix What the id is for, e.g. "stat".
   */
  nextId(prefix: string): string;
  /**
   * The address, relative to the page, of an image from the content folder (copied beside the page).
   * @param path The image's absolute path.
   */
  imageUrl(path: string): string;
  /** Level of the heading the blocks sit under: 1 for the introduction, 2 inside a question. */
  level: number;
}

/**
 * A fresh id counter for one page.
 * @returns `nextId` for a `WebContext`.
 */
export function idCounter(): (prefix: string) => string {
  const counts = new Map<string, number>();
  return (prefix) => {
    const next = (counts.get(prefix) ?? 0) + 1;
    counts.set(prefix, next);
    return `${prefix}_${next}`;
  };
}
