import { mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { removeStaleImages } from '../../src/web/web-files.js';

describe("tidying a page's copied images", () => {
  test("should tidy each page's own folder only: a translation's page never removes its source's pictures, nor the other way round", async () => {
    const out = await mkdtemp(join(tmpdir(), 'handouts-tidy-'));
    await mkdir(join(out, 'knee', 'vi'), { recursive: true });
    const source = 'img-0000000000000001.png';
    const translated = 'img-0000000000000002.png';
    const gone = 'img-0000000000000003.png';
    await Promise.all([writeFile(join(out, 'knee', source), 'x'), writeFile(join(out, 'knee', 'vi', translated), 'x'), writeFile(join(out, 'knee', 'vi', gone), 'x')]);
    await removeStaleImages(out, 'knee/vi', [{ file: `knee/vi/${translated}`, bytes: new Uint8Array() }]);
    expect((await readdir(join(out, 'knee', 'vi'))).sort()).toEqual([translated]);
    expect(await readdir(join(out, 'knee'))).toContain(source);
    await removeStaleImages(out, 'knee', []);
    expect((await readdir(join(out, 'knee'))).sort()).toEqual(['vi']);
    expect(await readdir(join(out, 'knee', 'vi'))).toEqual([translated]);
  });
});
