import type { InlineHandler } from '../state.js';

/** A hard line break (two spaces or a backslash at the end of a line). */
export const lineBreak: InlineHandler<'break'> = () => ({ type: 'break' });
