import type { Rule } from '../../engine/types.js';
import { citationDate } from './date.js';
import { citationRegistry } from './registry.js';
import { lawTerm } from './law-term.js';
import { numberColon } from './number-colon.js';
import { symbolCharacters } from './symbol-characters.js';
import { symbolOrder } from './symbol-order.js';
import { typeMismatch } from './type-mismatch.js';
import { unknownCode } from './unknown-code.js';
import { yearRequired } from './year-required.js';

export { citationsAnalysis } from './analysis.js';
export type { Citation, CitationDate, CitationsResult, ParsedSymbol, Span, TextSpan } from './analysis.js';

/** The rules of the `citation` family, in the order they run. */
export const citationRules: Rule[] = [symbolOrder, symbolCharacters, typeMismatch, unknownCode, yearRequired, lawTerm, citationDate, numberColon, citationRegistry];
