import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/**
 * Make a throwaway content folder in the system temp dir (tests never write into the repo).
 * @param files Relative path → file text, e.g. `{ 'handouts/x.md': '---\ntitle: X\n---\n' }`.
 * @returns The folder's absolute path.
 */
export async function makeContent(files: Record<string, string | Uint8Array>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'handouts-test-'));
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), text);
  }
  return root;
}

/** A fictional surgeon for tests (clearly test data). */
export const TEST_SURGEON = `---
name: Dr Test Surgeon
role: Test role
---

A fictional surgeon used only in tests.
`;

/**
 * A minimal valid handout for tests.
 * @param body Markdown after the front matter.
 * @param frontMatter Extra front matter lines.
 * @returns The file text.
 */
export function handout(body: string, frontMatter = ''): string {
  return `---\ntitle: "Test handout"\nsizes: [a4]\n${frontMatter}---\n\n${body}`;
}
