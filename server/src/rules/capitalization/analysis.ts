/**
 * Shared analysis of the capitalization family: tokens of the draft and the
 * dictionary names found in them, computed once per check (`ctx.get`).
 */
import type { Analysis, RuleContext } from '../../engine/context.js';
import type { OffsetEdit } from '../../engine/types.js';
import { isLower, isUpper } from '../../engine/vietnamese.js';
import { BINDERS, customDictionary, GENERIC_BEFORE, longestMatch, toneFold, type Dictionary, type DictEntry, type Match } from './dictionary.js';
import { capitalizedRun, spaced, tokenize, type Token } from './tokens.js';

/** A title head with its modifiers and the office it names (`Phó Bí thư` `Thường trực` `Huyện ủy`). */
export interface TitlePhrase {
  head: Match;
  mods: Match[];
  office?: Match;
  i: number;
  j: number;
}

export interface CapAnalysis {
  tokens: Token[];
  /** Dictionary names other than titles, left to right, not overlapping. */
  matches: Match[];
  titles: TitlePhrase[];
  custom: Dictionary | undefined;
  /** For each token, the match or title phrase covering it. */
  cover: (Match | TitlePhrase | undefined)[];
}

const BINDER_SECOND = new Set([...BINDERS].map((b) => b.split(' ')[1]));
const MAIN_KINDS = new Set(['organization', 'title', 'doctype', 'document', 'other', 'brand']);
const isMainKind = (e: DictEntry) => MAIN_KINDS.has(e.kind);

export const capitalizationAnalysis: Analysis<CapAnalysis> = {
  id: 'capitalization/names',
  compute(ctx: RuleContext): CapAnalysis {
    const tokens = tokenize(ctx.prose, ctx.text);
    const custom = customDictionary(ctx.settings.terms);
    const matches: Match[] = [];
    const titles: TitlePhrase[] = [];
    const cover: (Match | TitlePhrase | undefined)[] = new Array(tokens.length);
    for (let i = 0; i < tokens.length; ) {
      const t = tokens[i];
      if (!t.word || boundBefore(tokens, i)) {
        i++;
        continue;
      }
      const m = longestMatch(tokens, i, custom, isMainKind);
      if (!m || (spaced(tokens, m.j) && ((m.entry.notBefore?.includes(tokens[m.j].key) ?? false) || (m.entry.notBeforeName && tokens[m.j].cap)))) {
        i++;
        continue;
      }
      if (m.entry.kind === 'title') {
        const phrase: TitlePhrase = { head: m, mods: [], i: m.i, j: m.j };
        let k = m.j;
        for (let guard = 0; guard < 3 && spaced(tokens, k); guard++) {
          const mod = longestMatch(tokens, k, custom, (e) => e.kind === 'modifier');
          if (!mod) break;
          phrase.mods.push(mod);
          k = mod.j;
        }
        if (spaced(tokens, k)) {
          const office = longestMatch(tokens, k, custom, (e) => e.kind === 'office' || e.kind === 'organization');
          if (office) {
            phrase.office = office;
            k = office.j;
          }
        }
        phrase.j = k;
        titles.push(phrase);
        for (let x = phrase.i; x < phrase.j; x++) cover[x] = phrase;
        i = k;
        continue;
      }
      matches.push(m);
      for (let x = m.i; x < m.j; x++) cover[x] = m;
      i = m.j;
    }
    return { tokens, matches, titles, custom, cover };
  },
};

/** The syllable before token `i` binds it into another word (`chi bộ`, `cán bộ`, `toàn bộ`). */
export function boundBefore(tokens: readonly Token[], i: number): boolean {
  if (!BINDER_SECOND.has(tokens[i].key) || !spaced(tokens, i) || !tokens[i - 1].word) return false;
  return BINDERS.has(tokens[i - 1].key + ' ' + tokens[i].key);
}

/** A plural or role word (or a number) just before token `i` makes what follows generic. */
export function genericBefore(tokens: readonly Token[], i: number): boolean {
  if (!spaced(tokens, i)) return false;
  const p = tokens[i - 1];
  return p.word && (p.digit || GENERIC_BEFORE.has(p.key));
}

/** Gives `written` the capitals of `model` letter by letter (same folded spelling, so same length). */
export function applyCase(written: string, model: string): string {
  if (written.length !== model.length) return written;
  // most syllables already have the model's case: no string is built until a character changes
  let k = 0;
  for (; k < written.length; k++) {
    const m = model[k];
    const w = written[k];
    if ((isUpper(m) ? w.toUpperCase() : isLower(m) ? w.toLowerCase() : w) !== w) break;
  }
  if (k === written.length) return written;
  let out = written.slice(0, k);
  for (; k < written.length; k++) {
    const m = model[k];
    const w = written[k];
    out += isUpper(m) ? w.toUpperCase() : isLower(m) ? w.toLowerCase() : w;
  }
  return out;
}

/** One syllable whose case differs from the canonical form. */
export interface CaseDiff {
  k: number;
  expected: string;
  /** `over`: a capital where the name has none; `under`: a capital missing. */
  dir: 'over' | 'under';
}

/**
 * Case differences between tokens [i, j) and the canonical syllables `surface`.
 * The first syllable of a sentence may keep its capital. Syllables for which
 * `skip(k)` holds are left out (owned by another rule).
 */
export function caseDiffs(tokens: readonly Token[], i: number, surface: readonly string[], skip?: (k: number) => boolean): CaseDiff[] {
  const out: CaseDiff[] = [];
  for (let x = 0; x < surface.length; x++) {
    const k = i + x;
    const t = tokens[k];
    if (!t.word || skip?.(k)) continue;
    let expected = applyCase(t.text, surface[x]);
    if (t.sentenceStart && expected !== t.text && t.cap) expected = expected[0].toUpperCase() + expected.slice(1);
    if (expected === t.text) continue;
    const dir = isUpper(t.text[0]) && !isUpper(expected[0]) ? 'over' : isUpper(expected[0]) && !isUpper(t.text[0]) ? 'under' : hasExtraCaps(t.text, expected) ? 'over' : 'under';
    out.push({ k, expected, dir });
  }
  return out;
}

function hasExtraCaps(written: string, expected: string): boolean {
  for (let k = 0; k < written.length; k++) if (isUpper(written[k]) && !isUpper(expected[k])) return true;
  return false;
}

/** Whether tokens [i, j) are not to be checked at all: quoted, or an ALL-CAPS run. */
export function untouchable(tokens: readonly Token[], i: number, j: number, surface?: readonly string[]): boolean {
  for (let k = i; k < j; k++) {
    const t = tokens[k];
    if (!t.word) continue;
    if (t.quoted) return true;
    if (t.caps && !(surface && isAllCapsModel(surface[k - i]))) return true;
  }
  return false;
}

function isAllCapsModel(s: string | undefined): boolean {
  return !!s && s.length >= 2 && s === s.toUpperCase() && s !== s.toLowerCase();
}

/** Evidence that the writer means the name: a capital on a syllable that is not merely sentence-initial. */
export function hasSignal(tokens: readonly Token[], i: number, j: number): boolean {
  for (let k = i; k < j; k++) {
    const t = tokens[k];
    if (t.word && t.cap && !(k === i && t.sentenceStart)) return true;
  }
  return false;
}

/** The written form equals an accepted form (tone placement ignored, case kept). */
export function isAccepted(written: string, entry: DictEntry, profile: string): boolean {
  const w = toneFold(written);
  if (entry.accept?.some((a) => toneFold(a) === w)) return true;
  if (profile === 'press' && entry.press?.some((a) => toneFold(a) === w)) return true;
  return false;
}

/** The text of tokens [i, j) as written. */
export function spanText(ctx: RuleContext, tokens: readonly Token[], i: number, j: number): string {
  return ctx.text.slice(tokens[i].start, tokens[j - 1].end);
}

/** `text` of [start, end) with `edits` applied (edits inside the span, sorted). */
export function applyEdits(text: string, start: number, end: number, edits: readonly OffsetEdit[]): string {
  let out = '';
  let at = start;
  for (const e of [...edits].sort((a, b) => a.start - b.start)) {
    out += text.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + text.slice(at, end);
}

export function diffEdits(tokens: readonly Token[], diffs: readonly CaseDiff[]): OffsetEdit[] {
  return diffs.map((d) => ({ start: tokens[d.k].start, end: tokens[d.k].end, text: d.expected }));
}

/** A person's name (two or more capitalized syllables) follows token `k - 1`. */
export function nameFollows(tokens: readonly Token[], k: number): boolean {
  return capitalizedRun(tokens, k) >= 2;
}

/** Folded keys of the Party noun `Đảng`, owned by capitalization/party. */
export const PARTY_KEY = 'đảng';
