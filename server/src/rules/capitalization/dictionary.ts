/**
 * The capitalization dictionary: canonical names of bodies, titles, documents
 * and other proper names, compiled once into a trie over folded syllable keys
 * (`foldKey`: case- and tone-placement-insensitive). Lookups walk the tokens
 * of a line left to right and return the longest entry starting at a token.
 */
import organizations from '../../data/capitalization-organizations.json';
import titles from '../../data/capitalization-titles.json';
import documents from '../../data/capitalization-documents.json';
import names from '../../data/capitalization-names.json';
import type { TermEntry } from '../../engine/settings.js';
import { foldKey, toToneStyle } from '../../engine/vietnamese.js';
import { joined, tokenize, type Token } from './tokens.js';

export type TermKind =
  | 'organization' // bodies: checked by capitalization/organization
  | 'title' // title heads: capitalization/title
  | 'modifier' // `Thường trực`, `dự khuyết` after a title head
  | 'office' // what may follow a title head (`Tỉnh ủy`, `Trung ương Đảng`)
  | 'doctype' // `Nghị quyết`, `Luật`: capitalization/document-name
  | 'document' // named documents (`Luật Đất đai`, `Hiến pháp`)
  | 'other' // places, regions, persons (`Thành phố Hồ Chí Minh`, `Bác Hồ`)
  | 'brand'; // names printed as their owners print them (`báo Nhân Dân`): never flagged

export interface DictEntry {
  canonical: string;
  kind: TermKind;
  /** The lowercase form cannot be generic: flag missing capitals even without other evidence. */
  specific?: boolean;
  /** A place name may follow (`Ủy ban nhân dân tỉnh Thanh Hóa`); one following makes the body specific. */
  local?: boolean;
  /** Lowercase and first-capital forms are both fine (generic nouns); only extra capitals are flagged. */
  lowerOk?: boolean;
  /** `medium`: suggest without a preferred fix (reference confidence MEDIUM). */
  conf?: 'high' | 'medium';
  /** `official`: only checked in the official profile (§3.9). */
  profile?: 'official';
  /** Forms accepted in the press profile. */
  press?: string[];
  /** Forms never flagged (brands, practice that varies). */
  accept?: string[];
  /** Folded syllables after which the entry does not apply (`miền trung du`). */
  notBefore?: string[];
  /** The entry does not apply before a capitalized word (`miền nam Trung Quốc`). */
  notBeforeName?: boolean;
  bareNumber?: boolean;
  constitution?: boolean;
  /** From `settings.terms`. */
  custom?: boolean;
}

/** One spelling of an entry, as tokens. `variant`: a different wording, fixed by replacing the whole span. */
export interface Form {
  entry: DictEntry;
  surface: string[];
  variant: boolean;
}

export interface Match {
  form: Form;
  entry: DictEntry;
  /** Token range [i, j). */
  i: number;
  j: number;
}

interface Node {
  next: Map<string, Node>;
  forms: Form[];
}

function node(): Node {
  return { next: new Map(), forms: [] };
}

function surfaceTokens(s: string): Token[] {
  return tokenize(s.normalize('NFC'));
}

/** Tone-placement fold that keeps case: compares accepted forms as written. */
export function toneFold(s: string): string {
  return toToneStyle(s, 'old');
}

export class Dictionary {
  private readonly root = node();
  readonly entries: DictEntry[] = [];

  add(entry: DictEntry, variants: string[] = []): void {
    this.entries.push(entry);
    const canon = surfaceTokens(entry.canonical);
    const canonKey = canon.map((t) => t.key).join(' ');
    this.insert({ entry, surface: canon.map((t) => t.text), variant: false }, canon);
    for (const v of variants) {
      const toks = surfaceTokens(v);
      if (toks.length === 0) continue;
      this.insert({ entry, surface: toks.map((t) => t.text), variant: toks.map((t) => t.key).join(' ') !== canonKey }, toks);
    }
  }

  private insert(form: Form, toks: Token[]): void {
    let n = this.root;
    for (const syl of toks) {
      let c = n.next.get(syl.key);
      if (!c) n.next.set(syl.key, (c = node()));
      n = c;
    }
    // the canonical spelling wins over variants with the same key
    if (!n.forms.some((f) => f.entry === form.entry)) n.forms.push(form);
  }

  /** The longest entry (passing `filter`) that starts at token `i` and stays on one line. */
  longest(tokens: readonly Token[], i: number, filter: (e: DictEntry) => boolean = () => true): Match | undefined {
    // most syllables start no entry: one lookup and out
    if (!this.root.next.has(tokens[i].key)) return undefined;
    let n: Node | undefined = this.root;
    let best: Match | undefined;
    for (let k = i; k < tokens.length; k++) {
      if (k > i && !joined(tokens, k)) break;
      n = n.next.get(tokens[k].key);
      if (!n) break;
      for (const form of n.forms) {
        if (filter(form.entry)) {
          best = { form, entry: form.entry, i, j: k + 1 };
          break;
        }
      }
    }
    return best;
  }
}

/* ---------------- the built-in dictionary, compiled once ---------------- */

interface RawEntry extends Omit<DictEntry, 'kind'> {
  variants?: string[];
}

function addAll(d: Dictionary, list: RawEntry[], kind: TermKind): void {
  for (const { variants, ...e } of list) d.add({ ...e, kind, notBefore: e.notBefore?.map(foldKey) } as DictEntry, variants);
}

export const BUILTIN: Dictionary = (() => {
  const d = new Dictionary();
  addAll(d, organizations.entries as RawEntry[], 'organization');
  for (const b of organizations.brands) d.add({ canonical: b, kind: 'brand' });
  addAll(d, titles.entries as RawEntry[], 'title');
  addAll(d, titles.modifiers as RawEntry[], 'modifier');
  addAll(d, titles.offices as RawEntry[], 'office');
  addAll(d, documents.types as RawEntry[], 'doctype');
  addAll(d, documents.names as RawEntry[], 'document');
  addAll(d, names.entries as RawEntry[], 'other');
  return d;
})();

/** Two-syllable words whose second syllable must not start a name (`chi bộ công an` is not `Bộ Công an`). */
export const BINDERS: ReadonlySet<string> = new Set(organizations.binders.map((b: string) => surfaceTokens(b).map((t) => t.key).join(' ')));

/** Words before a title or name that make it generic (plural, role). */
export const GENERIC_BEFORE: ReadonlySet<string> = new Set(titles.generic.before.map(foldKey));

const KIND_OF_TERM: Record<NonNullable<TermEntry['kind']>, TermKind> = {
  organization: 'organization',
  title: 'title',
  document: 'document',
  other: 'other',
};

/** A newsroom's own terms, compiled once per distinct `terms` setting. */
const customCache = new Map<string, Dictionary>();

export function customDictionary(terms: readonly TermEntry[]): Dictionary | undefined {
  if (terms.length === 0) return undefined;
  const key = JSON.stringify(terms);
  let d = customCache.get(key);
  if (!d) {
    d = new Dictionary();
    for (const t of terms) {
      if (!t.canonical?.trim()) continue;
      const kind = KIND_OF_TERM[t.kind ?? 'other'] ?? 'other';
      // a newsroom's own name is always meant as a name; a title still needs a holder (§3.3)
      d.add({ canonical: t.canonical.normalize('NFC').trim(), kind, specific: kind !== 'title', custom: true }, t.variants);
    }
    if (customCache.size > 16) customCache.clear();
    customCache.set(key, d);
  }
  return d;
}

/** Longest match in the built-in or custom dictionary; custom terms win ties. */
export function longestMatch(
  tokens: readonly Token[],
  i: number,
  custom: Dictionary | undefined,
  filter?: (e: DictEntry) => boolean,
): Match | undefined {
  const a = BUILTIN.longest(tokens, i, filter);
  const b = custom?.longest(tokens, i, filter);
  if (!b) return a;
  if (!a) return b;
  return b.j >= a.j ? b : a;
}

/** A canonical proper name found in a text (for other rules, e.g. headlines). */
export interface NameSpan {
  start: number;
  end: number;
  canonical: string;
  kind: TermKind;
}

/**
 * Every dictionary name in `line` (any case, any tone placement), longest match
 * first, left to right. Offsets are into `line`. A headline rule can ask which
 * capitalized words belong to a canonical proper name, and how it is spelled.
 */
export function findNames(line: string, terms: readonly TermEntry[] = []): NameSpan[] {
  const tokens = tokenize(line.normalize('NFC') === line ? line : line.normalize('NFC'));
  const custom = customDictionary(terms);
  const out: NameSpan[] = [];
  for (let i = 0; i < tokens.length; ) {
    const m = tokens[i].word ? longestMatch(tokens, i, custom, (e) => e.kind !== 'modifier') : undefined;
    if (!m) {
      i++;
      continue;
    }
    out.push({ start: tokens[m.i].start, end: tokens[m.j - 1].end, canonical: m.entry.canonical, kind: m.entry.kind });
    i = m.j;
  }
  return out;
}

/** The canonical spelling of one name (`"uỷ ban nhân dân"` → `"Ủy ban nhân dân"`), or undefined. */
export function canonicalOf(phrase: string, terms: readonly TermEntry[] = []): string | undefined {
  const tokens = tokenize(phrase.normalize('NFC'));
  const m = tokens.length ? longestMatch(tokens, 0, customDictionary(terms)) : undefined;
  return m && m.j === tokens.length ? m.entry.canonical : undefined;
}

/** One syllable of a dictionary name found in a line, with its canonical spelling. */
export interface NameSyllable {
  start: number;
  end: number;
  /** The syllable as the canonical name spells it (`Chính`, `trị`). */
  canonical: string;
  /** The canonical name capitalizes this syllable. */
  capital: boolean;
  /** The whole name this syllable belongs to. */
  name: string;
  kind: TermKind;
}

/**
 * The syllables of `line` that belong to a dictionary name, each with the
 * case the canonical name gives it. A headline (Title Case) check can keep a
 * capital where `capital` is true and lower the others:
 * `Tổng Bí Thư Chủ Trì` → `Tổng`, `Bí` capital, `Thư` not (`Chủ Trì` is not a name).
 */
export function nameSyllables(line: string, terms: readonly TermEntry[] = []): NameSyllable[] {
  const tokens = tokenize(line.normalize('NFC'));
  const custom = customDictionary(terms);
  const out: NameSyllable[] = [];
  for (let i = 0; i < tokens.length; ) {
    const m = tokens[i].word ? longestMatch(tokens, i, custom, (e) => e.kind !== 'modifier') : undefined;
    if (!m) {
      i++;
      continue;
    }
    m.form.surface.forEach((syl, x) => {
      const t = tokens[m.i + x];
      if (!t.word) return;
      const model = m.form.variant ? t.text : syl;
      out.push({ start: t.start, end: t.end, canonical: model, capital: model[0] !== model[0].toLowerCase(), name: m.entry.canonical, kind: m.entry.kind });
    });
    i = m.j;
  }
  return out;
}
