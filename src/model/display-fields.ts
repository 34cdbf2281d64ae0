import { qrCode } from '../qr/qr-code.js';
import { mapBlocks } from './all-blocks.js';
import type { Block, HandoutDocument } from './document.js';
import type { Messages } from './messages.js';
import { naturalFrequency } from './stat-phrase.js';

/**
 * Work out what the templates show that the author did not write: each stat's natural
 * frequency in the document's words (the body's and the surgeon's bio), and the QR code of
 * the web version. Templates only read these, so the PDF and the web page print the same words
 * and no template computes.
 * @param document A document whose stats are not yet worded.
 * @returns A new document with the fields set.
 */
export function addDisplayFields(document: Omit<HandoutDocument, 'webQr'>): HandoutDocument {
  const { messages, surgeon } = document;
  return {
    ...document,
    intro: phraseStats(document.intro, messages),
    sections: document.sections.map((section) => ({ ...section, blocks: phraseStats(section.blocks, messages) })),
    surgeon: surgeon && { ...surgeon, bio: phraseStats(surgeon.bio, messages) },
    webQr: document.webUrl ? qrCode(document.webUrl) : null,
  };
}

/**
 * Word every stat in a block tree, nested ones included (in lists, quotes, boxes).
 * @param blocks The blocks.
 * @param messages The document's words.
 * @returns New blocks; each stat has its `phrase`.
 */
export function phraseStats(blocks: readonly Block[], messages: Messages): Block[] {
  return mapBlocks(blocks, (block) => (block.type === 'stat' ? { ...block, phrase: naturalFrequency(block, messages) } : block));
}
