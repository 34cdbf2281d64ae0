import type { LintRule } from '../types.js';
import { callToAction } from './call-to-action.js';
import { danglingLeadIn } from './dangling-lead-in.js';
import { defineTerm } from './define-term.js';
import { documentControl } from './document-control.js';
import { emptySection } from './empty-section.js';
import { headingLevels } from './heading-levels.js';
import { imageAlt } from './image-alt.js';
import { jargon } from './jargon.js';
import { linkText } from './link-text.js';
import { longSentence } from './long-sentence.js';
import { mixedDenominators } from './mixed-denominators.js';
import { oneInX } from './one-in-x.js';
import { passiveVoice } from './passive-voice.js';
import { placeholder } from './placeholder.js';
import { proportionMismatch } from './proportion-mismatch.js';
import { questionHeadings } from './question-headings.js';
import { readingLevel } from './reading-level.js';
import { reviewOverdue } from './review-overdue.js';
import { spelling } from './spelling.js';
import { statSource } from './stat-source.js';
import { tableHeader } from './table-header.js';
import { suppressionRule } from './suppression.js';
import { titleLength } from './title-length.js';
import { verbalRisk } from './verbal-risk.js';

const CONTENT_RULES: readonly LintRule[] = [
  readingLevel,
  longSentence,
  passiveVoice,
  jargon,
  defineTerm,
  spelling,
  danglingLeadIn,
  proportionMismatch,
  oneInX,
  mixedDenominators,
  verbalRisk,
  statSource,
  documentControl,
  reviewOverdue,
  titleLength,
  questionHeadings,
  emptySection,
  callToAction,
  imageAlt,
  headingLevels,
  tableHeader,
  placeholder,
  linkText,
];

/** Every lint rule, in the order the docs list them. */
export const RULES: readonly LintRule[] = [...CONTENT_RULES, suppressionRule(CONTENT_RULES.map((rule) => rule.id))];
