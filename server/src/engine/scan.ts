/**
 * Running a regex only where it can match. A pattern that opens with a
 * lookbehind and a literal (`(?<!\p{L})ngày …`) is otherwise attempted at every
 * position of the draft. `nextMatch` walks the text with a cheap char-code
 * test for the characters that can open a match, skips those right after an
 * ASCII letter or digit when the pattern forbids them there, and tries the
 * sticky regex only at the rest: the first match found is the one the global
 * regex would return (leftmost), since every skipped position cannot match.
 */
export function nextMatch(
  sticky: RegExp,
  text: string,
  from: number,
  /** Whether a match can start at `i` (`c` is the code unit there): a cheap test on the first characters. */
  canOpen: (c: number, text: string, i: number) => boolean,
  /** The pattern cannot match right after an ASCII letter or digit (a `(?<![\p{L}\d])`-style lookbehind). */
  wordBoundary: boolean,
): RegExpExecArray | null {
  const n = text.length;
  for (let i = from; i < n; i++) {
    if (!canOpen(text.charCodeAt(i), text, i)) continue;
    if (wordBoundary && i > 0) {
      const p = text.charCodeAt(i - 1);
      if ((p >= 97 && p <= 122) || (p >= 65 && p <= 90) || (p >= 48 && p <= 57)) continue;
    }
    sticky.lastIndex = i;
    const m = sticky.exec(text);
    if (m) return m;
  }
  return null;
}

/** A sticky copy of a regex (same pattern and flags, `g` dropped). */
export function stickyOf(re: RegExp): RegExp {
  return new RegExp(re.source, re.flags.replace('g', '') + (re.flags.includes('y') ? '' : 'y'));
}

/**
 * A one-character regex class as a lazily filled per-code-unit table: the
 * same answers as `re.test(ch)` for a single UTF-16 code unit `ch`, without
 * running the regex again for a character already seen.
 */
export function charClass(re: RegExp): (ch: string | undefined) => boolean {
  const table = new Uint8Array(0x10000); // 0 unknown, 1 yes, 2 no
  const probe = new RegExp(re.source, re.flags.replace(/[gy]/g, ''));
  return (ch) => {
    if (ch === undefined) return false;
    if (ch.length !== 1) return probe.test(ch);
    const c = ch.charCodeAt(0);
    let f = table[c];
    if (f === 0) table[c] = f = probe.test(ch) ? 1 : 2;
    return f === 1;
  };
}
