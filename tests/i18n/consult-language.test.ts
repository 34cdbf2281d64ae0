import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readPdf } from '../helpers/pdf.js';
import { filesIn, run } from '../helpers/run-cli.js';
import { fixtureContent, squeeze } from './helpers.js';

// Consult editions in a patient's language: --language, or a clinic list's `language` column.
// The patient names are made up (test data).
describe('consult editions in a language', () => {
  test('--language vi prints the Vietnamese translation, with the cover lines and the date in Vietnamese', async () => {
    const content = await fixtureContent();
    const out = await mkdtemp(join(tmpdir(), 'handouts-consult-'));
    const { code, stderr } = await run(['build', 'i18n-test', '--language', 'vi', '--prepared-for', 'Nguyễn Thị Test', '--consult', '2026-12-03', '--content', content, '--out', out, '--quiet']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(await filesIn(out)).toEqual(['consult/i18n-test.vi-a4-2026-12-03.pdf']);
    const pdf = await readPdf(new Uint8Array(await readFile(join(out, 'consult', 'i18n-test.vi-a4-2026-12-03.pdf'))));
    const text = squeeze(pdf.pages.join('').replace(/[\u0000-\u0008\u000E-\u001F]/g, ''));
    expect(text).toContain(squeeze('Dành cho Nguyễn Thị Test'));
    expect(text).toContain(squeeze('Buổi khám ngày 3 tháng 12 năm 2026 với Dr Test Surgeon'));
    expect(text).toContain(squeeze('Tài liệu thử nghiệm cho bản dịch'));
  }, 120_000);

  test('a clinic list chooses the language per row, and a language with no translation is an error at its row', async () => {
    const content = await fixtureContent();
    const out = await mkdtemp(join(tmpdir(), 'handouts-consult-'));
    const list = join(content, 'list.csv');
    await writeFile(list, 'handout,prepared_for,consult,language\ni18n-test,Test Patient One,2026-12-03,zh-Hans\ni18n-test,Test Patient Two,2026-12-03,it\n');
    const bad = await run(['build', '--from-csv', list, '--content', content, '--out', out]);
    expect(bad.stderr).toMatch(/list\.csv:3:1 error row 3: no translation of "i18n-test" into it \(translations: el, hi, pa, vi, zh-Hans\)/);
    expect(bad.code).toBe(1);
    expect(await filesIn(out)).toEqual([]);
    await writeFile(list, 'handout,prepared_for,consult,language\ni18n-test,Test Patient One,2026-12-03,zh-Hans\n');
    const good = await run(['build', '--from-csv', list, '--content', content, '--out', out, '--quiet']);
    expect(good.code).toBe(0);
    const pdf = await readPdf(new Uint8Array(await readFile(join(out, 'consult', 'i18n-test.zh-Hans-a4-2026-12-03.pdf'))));
    expect(squeeze(pdf.pages.join(''))).toContain(squeeze('为Test Patient One准备'));
    expect(squeeze(pdf.pages.join(''))).toContain(squeeze('就诊日期：2026年12月3日'));
  }, 120_000);
});
