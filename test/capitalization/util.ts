import type { RangeTuple } from '../helpers.js';

/** The range of the `nth` occurrence of `needle` in a one-line `text`. */
export function at(text: string, needle: string, nth = 0): RangeTuple {
  let i = -1;
  for (let n = 0; n <= nth; n++) {
    i = text.indexOf(needle, i + 1);
    if (i < 0) throw new Error(`"${needle}" not in "${text}"`);
  }
  return [0, i, 0, i + needle.length];
}

/** One invalid case with one error on `needle`. */
export function one(text: string, needle: string, output: string, extra: { messageIncludes?: string; severity?: 'error' | 'warning' | 'information' | 'hint'; settings?: object } = {}) {
  const { settings, ...err } = extra;
  return { text, errors: [{ range: at(text, needle), ...err }], output, ...(settings ? { settings } : {}) };
}
