import { daysBetween } from '../dates.js';
import { REVIEW_NOTICE_DAYS } from '../../model/house-defaults.js';
import type { LintRule } from '../types.js';

/**
 * `review_due` in the past is an error: the handout may no longer be right and must not be
 * handed out. Within {@link REVIEW_NOTICE_DAYS} days it is a warning, so the review can be planned.
 */
export const reviewOverdue: LintRule = {
  id: 'lint/review-overdue',
  check({ document, parsed, today }) {
    const due = document.meta.review_due;
    if (!due) return [];
    const days = daysBetween(today, due);
    const place = parsed.placeOfKey(['review_due']);
    if (days < 0) {
      return [
        {
          place,
          message: `review overdue since ${due}; have the handout reviewed, then update \`reviewed\` and \`review_due\``,
          severity: 'error',
        },
      ];
    }
    if (days <= REVIEW_NOTICE_DAYS) {
      const when = days === 0 ? 'today' : `in ${days} day${days === 1 ? '' : 's'}`;
      return [{ place, message: `review due on ${due} (${when}); plan the review now so the handout does not lapse`, severity: 'warning' }];
    }
    return [];
  },
};
