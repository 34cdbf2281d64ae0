/**
 * Text safe inside HTML text and double-quoted attributes: the one place the web edition and
 * the gallery escape what they print.
 * @param text Any text.
 * @returns The escaped text.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
