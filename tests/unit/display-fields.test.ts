import { describe, expect, test } from 'vitest';
import { englishMessages } from '../../src/content/load-messages.js';
import type { Block, HandoutDocument, StatBlock } from '../../src/model/document.js';
import { addDisplayFields, phraseStats } from '../../src/model/display-fields.js';
import { qrCode } from '../../src/qr/qr-code.js';

const place = { line: 1, column: 1 };

function stat(percent: number): StatBlock {
  return { type: 'stat', place, value: { kind: 'percent', percent, text: `${percent}%` }, source: null, people: null, timeframe: null, denominator: null, caption: [], phrase: null };
}

const messages = englishMessages();

describe('phraseStats', () => {
  test('should word a stat in the document language, however deeply it is nested', () => {
    const blocks: Block[] = [
      stat(28),
      { type: 'list', place, ordered: false, start: 1, items: [{ place, checked: null, children: [{ type: 'quote', place, children: [stat(0.5)] }] }] },
      { type: 'callout', place, kind: 'note', title: null, children: [stat(17)] },
    ];
    const phrased = phraseStats(blocks, messages);
    const headlines: string[] = [];
    const visit = (list: readonly Block[]) =>
      list.forEach((block) => {
        if (block.type === 'stat') headlines.push(block.phrase?.headline ?? 'none');
        if (block.type === 'list') block.items.forEach((item) => visit(item.children));
        if (block.type === 'quote' || block.type === 'callout') visit(block.children);
      });
    visit(phrased);
    expect(headlines).toEqual(['About 28 in 100 people', 'About 5 in 1,000 people', 'About 17 in 100 people']);
  });

  test('should leave the blocks it was given unworded', () => {
    const blocks: Block[] = [stat(28)];
    phraseStats(blocks, messages);
    expect((blocks[0] as StatBlock).phrase).toBeNull();
  });
});

describe('addDisplayFields', () => {
  const base = { intro: [stat(28)], sections: [{ id: 'q', place, heading: [], title: 'Q?', blocks: [stat(3)] }], surgeon: { bio: [stat(50)] }, messages, webUrl: 'https://clinic.example/a/?v=1' };

  test('should word stats in the intro, the questions and the surgeon bio', () => {
    const document = addDisplayFields(base as unknown as HandoutDocument);
    const headline = (block: Block | undefined) => (block?.type === 'stat' ? block.phrase?.headline : undefined);
    expect([headline(document.intro[0]), headline(document.sections[0]?.blocks[0]), headline(document.surgeon?.bio[0])]).toEqual([
      'About 28 in 100 people',
      'About 3 in 100 people',
      'About 50 in 100 people',
    ]);
  });

  test('should encode the web address as the QR code the PDF prints, and none without one', () => {
    expect(addDisplayFields(base as unknown as HandoutDocument).webQr).toEqual(qrCode('https://clinic.example/a/?v=1'));
    expect(addDisplayFields({ ...base, webUrl: null } as unknown as HandoutDocument).webQr).toBeNull();
  });
});
