/**
 * Lists, quotes and boxes inside each other deeper than this are refused. Each level indents
 * its text, so past it no reader can follow, and on a narrow page (a DL panel, large print)
 * the column runs out of width: react-pdf then drops the text without a word (a quote nested
 * 45 levels deep printed nothing at all). The parser's guard against running out of stack
 * names the same number, so authors read one limit.
 */
export const MAX_NESTING_DEPTH = 8;
