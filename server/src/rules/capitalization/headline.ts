import data from '../../data/tone-headline-names.json';
import type { Analysis, DocumentContext, RuleContext } from '../../engine/context.js';
import type { Block } from '../../engine/structure.js';
import type { OffsetEdit, Rule } from '../../engine/types.js';
import { foldKey, isAllCaps, isLower, isSentenceStart, isUpper } from '../../engine/vietnamese.js';
import { isFamilyName, isMiddleName } from '../tone/names.js';
import { isCapitalized, isVietnameseSyllable, syllables, type Syllable } from '../tone/syllables.js';

/**
 * A source of proper names and titles for headlines. `words` are the syllables
 * of one phrase of a headline (no punctuation between them), as written.
 * Returns the canonical spelling of the longest name that starts at
 * `words[start]` (one entry per syllable, compared ignoring case and tone
 * placement), or undefined. The capitals of the canonical form are what the
 * fix keeps.
 */
export interface ProperNameSource {
  match(words: readonly string[], start: number): readonly string[] | undefined;
}

const MAX_NAME_SYLLABLES = 8;
const MAX_HEADLINE_CHARS = 300;

/** `foldKey` of one syllable, memoized: headlines and bodies repeat the same syllables. */
const foldCache = new Map<string, string>();
function fold(word: string): string {
  let k = foldCache.get(word);
  if (k === undefined) {
    if (foldCache.size > 20_000) foldCache.clear();
    foldCache.set(word, (k = foldKey(word)));
  }
  return k;
}

function sameWord(a: string, b: string): boolean {
  return a === b || fold(a) === fold(b);
}

/** A fixed list of canonical forms (the built-in list, a newsroom's terms, a dictionary). */
export class ListNameSource implements ProperNameSource {
  private readonly byFirst = new Map<string, string[][]>();

  constructor(names: readonly string[]) {
    for (const name of names) {
      const words = name.normalize('NFC').trim().split(/\s+/);
      if (words.length === 0 || words.length > MAX_NAME_SYLLABLES || !words.every((w) => /^\p{L}+$/u.test(w))) continue;
      const key = fold(words[0]);
      const list = this.byFirst.get(key) ?? [];
      list.push(words);
      list.sort((a, b) => b.length - a.length);
      this.byFirst.set(key, list);
    }
  }

  match(words: readonly string[], start: number): readonly string[] | undefined {
    const candidates = this.byFirst.get(fold(words[start]));
    if (!candidates) return undefined;
    for (const c of candidates) {
      if (c.length > words.length - start) continue;
      if (c.every((w, k) => sameWord(w, words[start + k]))) return c;
    }
    return undefined;
  }
}

/**
 * Names as the draft's own body writes them: every capitalized syllable that
 * is not at a sentence start (nor right after an opening quote) and does not
 * continue a capitalized run starts a name, and so does a capitalized
 * syllable right after a sentence-initial word (`Tỉnh Nghệ An vừa …`); the syllables after it in the same
 * phrase give its exact capitals (`Bộ Giáo dục và Đào tạo`, `Tô Lâm`). A match
 * stops where the headline leaves the body's phrase; it is refused when the
 * body's name goes on with another capital (the headline then names something
 * else: `Hội nghị Toàn quốc` is not `Hội nghị Trung ương`).
 */
export class BodyNameSource implements ProperNameSource {
  private readonly byFirst = new Map<string, Map<string, string[]>>();
  /** Syllables the body writes in lower case somewhere (folded). */
  readonly lower = new Set<string>();
  private static readonly PER_KEY = 32;

  add(sequence: string[]): void {
    if (this.isFull(sequence[0])) return;
    const key = fold(sequence[0]);
    let m = this.byFirst.get(key);
    if (!m) this.byFirst.set(key, (m = new Map()));
    const whole = sequence.join(' ');
    if (!m.has(whole)) m.set(whole, sequence);
  }

  /** No more room for names starting with this syllable. */
  isFull(first: string): boolean {
    const m = this.byFirst.get(fold(first));
    return m !== undefined && m.size >= BodyNameSource.PER_KEY;
  }

  match(words: readonly string[], start: number): readonly string[] | undefined {
    const candidates = this.byFirst.get(fold(words[start]));
    if (!candidates) return undefined;
    let best: string[] | undefined;
    for (const seq of candidates.values()) {
      let k = 0;
      while (k < seq.length && start + k < words.length && sameWord(seq[k], words[start + k])) k++;
      if (k === 0) continue;
      if (k < seq.length && isCapitalized(seq[k])) continue;
      if (!best || k > best.length) best = seq.slice(0, k);
    }
    return best;
  }
}

const OPENING = new Set(['"', '“', '‘', "'", '«', '(', '[']);

/** Collects the body's names and lower-case syllables (paragraph blocks only). */
export function bodyNames(ctx: RuleContext, source = new BodyNameSource()): BodyNameSource {
  for (const b of ctx.blocks) {
    if (b.kind !== 'paragraph') continue;
    const syl = syllables(ctx.text, ctx.prose, b.start, b.end);
    for (let i = 0; i < syl.length; i++) {
      const w = syl[i].word;
      if (!isCapitalized(w)) {
        if (isLower(w[0])) source.lower.add(fold(w));
        continue;
      }
      if (isAllCaps(w) && w.length > 1) continue;
      if (i > 0 && syl[i].joined && isCapitalized(syl[i - 1].word)) {
        // `Tỉnh Nghệ An vừa …`: a name right after a sentence-initial word
        if (!isSentenceStart(ctx.prose, syl[i - 1].start)) continue;
      } else if (isSentenceStart(ctx.prose, syl[i].start) || afterOpening(ctx.prose, syl[i].start)) continue;
      if (source.isFull(w)) continue;
      const seq = [w];
      for (let k = i + 1; k < syl.length && syl[k].joined && seq.length < MAX_NAME_SYLLABLES; k++) seq.push(syl[k].word);
      source.add(seq);
    }
  }
  return source;
}

function afterOpening(prose: string, offset: number): boolean {
  let i = offset - 1;
  while (i >= 0 && (prose[i] === ' ' || prose[i] === '*' || prose[i] === '_')) i--;
  return i >= 0 && OPENING.has(prose[i]);
}

const BUILT_IN = new ListNameSource(data.names);
const FUNCTION_WORDS: ReadonlySet<string> = new Set(data.functionWords.map((w) => foldKey(w.normalize('NFC'))));
const ENGLISH: ReadonlySet<string> = new Set(data.englishStopWords);

/** How the fix treats one capitalized syllable of the headline. */
type Resolution =
  /** part of a known name, capital kept */
  | 'name'
  /** known to be written in lower case (the lower part of a name, a function word, the body writes it so) */
  | 'lower'
  /** probably a person's name (family name + given names): kept, but the fix is only a suggestion */
  | 'guess'
  /** nothing known: lower-cased, the fix is only a suggestion */
  | 'unknown';

interface Word {
  syl: Syllable;
  /** The first word of the headline or of a sentence in it. */
  initial: boolean;
  quoted: boolean;
  /** An acronym (`UBND`, `XIV`, `A`), a mixed-case brand (`iPhone`), a foreign word (`Trump`) or a hyphenated part (`V-League`): never counted, never changed. */
  opaque: boolean;
  capital: boolean;
  resolution?: Resolution;
}

export interface HeadlineOptions {
  /** Extra name sources (a newsroom dictionary, the full registry of bodies and titles), tried after the body and the built-in list. */
  sources?: (doc: DocumentContext) => ProperNameSource[];
}

/** The headings of a segment that may be Title Case (kept with the segment; most segments have none). */
const headlineCandidates: Analysis<{ words: Word[]; end: number }[]> = {
  id: 'capitalization/headline-candidates',
  compute(ctx) {
    const out: { words: Word[]; end: number }[] = [];
    for (const block of ctx.blocks) {
      if (block.kind !== 'heading') continue;
      const candidate = candidateHeadline(ctx, block);
      if (candidate) out.push(candidate);
    }
    return out;
  },
};

/**
 * `capitalization/headline`: Vietnamese headlines are sentence case
 * (vi-editorial-rules §3.1, §3.8); Title Case is a calque of English.
 */
export function makeHeadlineRule(options: HeadlineOptions = {}): Rule {
  return {
    meta: {
      id: 'capitalization/headline',
      description: {
        vi: 'Tiêu đề tiếng Việt chỉ viết hoa chữ đầu và tên riêng, không viết hoa mọi chữ (Title Case).',
        en: 'Vietnamese headlines are sentence case: capitals only on the first word and on proper names, not Title Case.',
      },
      defaultSeverity: 'warning',
      fixable: true,
      tags: ['capitalization', 'headline'],
      messages: {
        titleCase: {
          vi: 'Tiêu đề viết hoa kiểu tiếng Anh (Title Case): {count} âm tiết không phải tên riêng được viết hoa; tiêu đề tiếng Việt chỉ viết hoa chữ đầu và tên riêng: "{fixed}".',
          en: 'Title Case headline: {count} syllables that are not proper names are capitalized; Vietnamese headlines capitalize only the first word and proper names: "{fixed}".',
        },
        fix: { vi: 'Viết "{fixed}"', en: 'Write "{fixed}"' },
        fixGuess: { vi: 'Viết "{fixed}" (kiểm tra lại tên riêng)', en: 'Write "{fixed}" (check the proper names)' },
      },
    },
    documentFacts: [headlineCandidates],
    // the body's names come from every paragraph of the draft
    checkDocument(doc: DocumentContext) {
      let body: BodyNameSource | undefined;
      let extra: ProperNameSource[] | undefined;
      for (const seg of doc.segments) {
        for (const candidate of seg.get(headlineCandidates)) {
          if (!body) {
            body = new BodyNameSource();
            for (const other of doc.segments) bodyNames(other, body);
          }
          extra ??= options.sources?.(doc) ?? [];
          // the kept words are not changed: each check resolves its own copy against this draft's body
          const words = candidate.words.map((w) => ({ ...w, resolution: undefined }));
          checkHeadline(doc, seg, words, candidate.end, [body, BUILT_IN, ...extra], body);
        }
      }
    },
  };
}

export const capitalizationHeadline: Rule = makeHeadlineRule();

/** The words of a heading up to its first colon, or undefined when the heading is out of scope. */
function candidateHeadline(ctx: RuleContext, block: Block): { words: Word[]; end: number } | undefined {
  const { text, prose } = ctx;
  // a headline is one short line; a longer heading is something else
  if (block.end - block.start > MAX_HEADLINE_CHARS) return undefined;
  const all = syllables(text, prose, block.start, block.end);
  if (all.length <= 2) return undefined;
  // ALL-CAPS headlines and kickers
  let upper = 0;
  let lower = 0;
  let nonAscii = false;
  let english = 0;
  let asciiWords = 0;
  for (const s of all) {
    let ascii = true;
    for (const ch of s.word) {
      if (isUpper(ch)) upper++;
      else if (isLower(ch)) lower++;
      if (ch.charCodeAt(0) > 0x7f) {
        ascii = false;
        nonAscii = true;
      }
    }
    if (ascii) asciiWords++;
    if (ENGLISH.has(s.word.toLowerCase())) english++;
  }
  if (lower < (upper + lower) * 0.25) return undefined;
  // English headings (`Getting Started`, `Installation and Usage`): mostly ASCII words with two English function words, or no Vietnamese letter at all
  if (!nonAscii || (english >= 2 && asciiWords >= 0.6 * all.length)) return undefined;
  let end = block.start;
  while (end < block.end && prose.charCodeAt(end) !== 0x3a /* : */) end++;
  const words: Word[] = [];
  let quoted = false;
  let pos = block.start;
  for (const s of all) {
    if (s.start >= end) break;
    for (; pos < s.start; pos++) {
      const c = text[pos];
      if (c === '"') quoted = !quoted;
      else if (c === '“' || c === '«') quoted = true;
      else if (c === '”' || c === '»') quoted = false;
    }
    pos = s.end;
    const w = s.word;
    const caps = isAllCaps(w);
    const hyphenated = text[s.start - 1] === '-' || text[s.end] === '-';
    const opaque = hyphenated || !isVietnameseSyllable(w) || (caps && (w.length > 1 || /[A-Z]/.test(w))) || (!caps && [...w.slice(1)].some(isUpper)) || !(isUpper(w[0]) || isLower(w[0]));
    words.push({ syl: s, initial: words.length === 0 || isSentenceStart(prose, s.start), quoted, opaque, capital: isCapitalized(w) });
  }
  // cheap pre-check before the body is read: enough capitalized syllables at all
  let capitals = 0;
  for (const w of words) if (w.capital && !w.initial && !w.opaque && !w.quoted) capitals++;
  return capitals >= 3 ? { words, end } : undefined;
}

function checkHeadline(doc: DocumentContext, ctx: RuleContext, words: Word[], segmentEnd: number, sources: ProperNameSource[], body: BodyNameSource): void {
  // phrases: runs of words with only spaces between them
  let p = 0;
  while (p < words.length) {
    let q = p + 1;
    while (q < words.length && words[q].syl.joined) q++;
    resolvePhrase(words, p, q, sources, body);
    p = q;
  }
  let count = 0;
  let lowerCount = 0;
  let certain = true;
  const edits: OffsetEdit[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w.initial || w.quoted || w.opaque) continue;
    if (!w.capital) {
      lowerCount++;
      continue;
    }
    const r = (w.resolution ??= 'unknown');
    if (r === 'name') continue;
    if (r === 'guess') {
      certain = false;
      continue;
    }
    count++;
    if (r === 'unknown') certain = false;
    const first = w.syl.word[0];
    edits.push({ start: w.syl.start, end: w.syl.start + first.length, text: first.toLowerCase() });
  }
  if (count < 3 || count < 0.75 * (count + lowerCount) || longestTitleCaseRun(words) < 3) return;
  const start = words[0].syl.start;
  let end = segmentEnd;
  while (end > start && /\s/.test(ctx.prose[end - 1])) end--;
  const fixed = applyEdits(ctx.text, start, end, edits);
  const at = ctx.offset;
  doc.report({
    start: at + start,
    end: at + end,
    messageId: 'titleCase',
    data: { count, fixed },
    fixes: [{ title: certain ? 'fix' : 'fixGuess', edits: edits.map((e) => ({ ...e, start: at + e.start, end: at + e.end })), isPreferred: certain }],
  });
}

/**
 * The most capitalized syllables that are not names in one run of joined capitalized syllables. Title
 * Case makes long runs (`Chủ Trì Hội Nghị Toàn Quốc`); a list of place names
 * in a sentence-case headline does not (`Nha Trang, Phú Quốc, Côn Đảo …`).
 */
function longestTitleCaseRun(words: readonly Word[]): number {
  let best = 0;
  let run = 0;
  for (const w of words) {
    if (!w.capital || w.opaque || w.quoted) {
      run = 0;
      continue;
    }
    if (!w.syl.joined) run = 0;
    // names inside the run neither count nor break it (`Thành Phố Hồ Chí Minh Đón Tết`)
    if (w.resolution !== 'name' && w.resolution !== 'guess') run++;
    if (run > best) best = run;
  }
  return best;
}

/** Resolves the capitalized words of words[from, to) against the name sources, then guesses person names. */
function resolvePhrase(words: Word[], from: number, to: number, sources: ProperNameSource[], body: BodyNameSource): void {
  const texts = words.slice(from, to).map((w) => w.syl.word);
  let i = 0;
  while (i < texts.length) {
    let best: readonly string[] | undefined;
    for (const s of sources) {
      const m = s.match(texts, i);
      if (m && m.length > 0 && (!best || m.length > best.length)) best = m;
    }
    // A one-syllable name the body also writes in lower case (`Đảng` / `đảng viên`) is ambiguous.
    if (best && best.length === 1 && body.lower.has(fold(best[0]))) best = undefined;
    if (!best) {
      i++;
      continue;
    }
    for (let k = 0; k < best.length; k++) {
      const w = words[from + i + k];
      if (w.capital) w.resolution = isCapitalized(best[k]) ? 'name' : 'lower';
    }
    i += best.length;
  }
  // A capital the writer chose deliberately: followed by a lower-case word in the same phrase
  // (`Hội Nông dân`, `Tạp chí Cộng sản` inside a Title-Cased headline) — probably part of a name.
  for (let k = 0; k + 1 < texts.length; k++) {
    const w = words[from + k];
    const next = words[from + k + 1];
    if (isOpenCapital(w) && !next.capital && !next.opaque && !next.quoted && !FUNCTION_WORDS.has(fold(texts[k + 1]))) w.resolution = 'guess';
  }
  // Known lower-case words: function words and syllables the body writes in lower case (not a
  // family name directly followed by another capital: that may be a person's name).
  for (let k = 0; k < texts.length; k++) {
    const w = words[from + k];
    if (!isOpenCapital(w)) continue;
    if (isFamilyName(texts[k]) && k + 1 < texts.length && isOpenCapital(words[from + k + 1])) continue;
    const key = fold(texts[k]);
    if (FUNCTION_WORDS.has(key) || body.lower.has(key)) w.resolution = 'lower';
  }
  // Person names. In the unresolved capitalized run words[i, j): a family name whose tail of the
  // run has 2–4 syllables (`… Lê Khả Phiêu`), or a family name opening the run (after a lower-case
  // word or a resolved title: `Tổng Bí thư Tô Lâm …`) followed by middle names and one given name.
  i = 0;
  while (i < texts.length) {
    if (!isOpenCapital(words[from + i])) {
      i++;
      continue;
    }
    let j = i;
    while (j < texts.length && isOpenCapital(words[from + j])) j++;
    for (let f = i; f < j - 1; f++) {
      if (!isFamilyName(texts[f])) continue;
      let last = -1;
      if (j - f <= 4) last = j - 1;
      else if (f === i) {
        last = f + 1;
        while (last < j - 1 && last - f < 3 && isMiddleName(texts[last])) last++;
      }
      if (last >= 0) {
        for (let k = f; k <= last; k++) words[from + k].resolution = 'guess';
        break;
      }
    }
    i = j;
  }
}

function isOpenCapital(w: Word): boolean {
  return w.capital && !w.opaque && !w.resolution;
}

function applyEdits(text: string, start: number, end: number, edits: OffsetEdit[]): string {
  let out = '';
  let pos = start;
  for (const e of edits) {
    out += text.slice(pos, e.start) + e.text;
    pos = e.end;
  }
  return out + text.slice(pos, end);
}
