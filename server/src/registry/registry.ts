import builtIn from '../data/central-documents.json';
import type { DocumentRecordInput } from '../engine/settings.js';
import { foldKey } from '../engine/vietnamese.js';

/**
 * The registry of central Party and State documents: verified facts (symbol,
 * type, issuer, term, date, subject) about the documents journalists cite
 * most, compiled 2026-11-27 with their sources (see
 * `server/src/data/central-documents.README.md`). A newsroom adds its own
 * records with `"documents"` in `.bientap.json`.
 */
export type DocumentRecord = DocumentRecordInput;

export const BUILT_IN_RECORDS = builtIn as DocumentRecord[];
export const REGISTRY_COMPILED = '2026-11-27';

/** Party Central Committee terms, from the closing day of one congress to the next. */
const PARTY_TERMS: [term: string, from: string][] = [
  ['IX', '2001-04-22'],
  ['X', '2006-04-25'],
  ['XI', '2011-01-19'],
  ['XII', '2016-01-28'],
  ['XIII', '2021-02-01'],
  ['XIV', '2026-01-23'],
];

/** The Party term in force on an ISO date. */
export function partyTermOn(isoDate: string): string | undefined {
  let term: string | undefined;
  for (const [t, from] of PARTY_TERMS) if (isoDate >= from) term = t;
  return term;
}

/** `04-NQ/TW` and `4-NQ/TW` are one symbol: the number without leading zeros, the rest as written. */
export function symbolKey(symbol: string): string {
  const m = /^0*(\d+)(.*)$/.exec(symbol.trim());
  return m ? `${m[1] === '' ? '0' : m[1]}${m[2]}` : symbol.trim();
}

export interface CitationFacts {
  /** The symbol as the draft writes it (already corrected or not). */
  symbol: string;
  /** ISO date of the citation, if it has one. */
  date?: string;
  /** `XIII` if the citation names a term (`khóa XIII`). */
  term?: string;
  /** The subject phrase (`về …`) that follows, if any. */
  subject?: string;
}

export type Lookup =
  | { kind: 'match'; record: DocumentRecord }
  | { kind: 'none' }
  /** Several records fit and nothing in the citation tells them apart. */
  | { kind: 'ambiguous'; records: DocumentRecord[] };

export class Registry {
  private readonly bySymbol = new Map<string, DocumentRecord[]>();

  constructor(records: readonly DocumentRecord[]) {
    for (const r of records) {
      const key = symbolKey(r.symbol);
      const list = this.bySymbol.get(key) ?? [];
      list.push(r);
      this.bySymbol.set(key, list);
    }
  }

  all(): DocumentRecord[] {
    return [...this.bySymbol.values()].flat();
  }

  recordsFor(symbol: string): readonly DocumentRecord[] {
    return this.bySymbol.get(symbolKey(symbol)) ?? [];
  }

  /** All records whose symbol starts with `prefix` (for completion). */
  search(prefix: string, limit = 20): DocumentRecord[] {
    const key = symbolKey(prefix);
    const out: DocumentRecord[] = [];
    for (const [k, records] of this.bySymbol) {
      if (k.startsWith(key)) out.push(...records);
      if (out.length >= limit) break;
    }
    return out.slice(0, limit);
  }

  /**
   * Ties a citation to one record. Party symbols repeat across terms, so they
   * need a term, a date (whose term is used, so that a wrong day still
   * matches) or a subject; State symbols with a year in them are unique.
   * Anything less certain is `none` or `ambiguous`: the caller says nothing.
   */
  lookup(facts: CitationFacts): Lookup {
    const candidates = this.recordsFor(facts.symbol);
    if (candidates.length === 0) return { kind: 'none' };
    const party = candidates[0].family === 'party';
    if (!party) {
      const hasYear = /\/\d{4}\//.test(facts.symbol);
      if (hasYear) return candidates.length === 1 ? { kind: 'match', record: candidates[0] } : { kind: 'ambiguous', records: [...candidates] };
      // A symbol without a year (977/QĐ-TTg) repeats every year: the citation's year decides.
      if (!facts.date) return { kind: 'none' };
      const sameYear = candidates.filter((r) => r.date.slice(0, 4) === facts.date!.slice(0, 4));
      return sameYear.length === 1 ? { kind: 'match', record: sameYear[0] } : { kind: 'none' };
    }
    let pool = [...candidates];
    const term = facts.term ?? (facts.date ? partyTermOn(facts.date) : undefined);
    if (term) pool = pool.filter((r) => r.term === term);
    if (facts.subject && pool.length !== 1) {
      const bySubject = pool.filter((r) => subjectMatches(facts.subject!, r.title));
      if (bySubject.length > 0) pool = bySubject;
    }
    if (!term && !facts.subject) return { kind: 'none' };
    if (pool.length === 1) return { kind: 'match', record: pool[0] };
    return pool.length === 0 ? { kind: 'none' } : { kind: 'ambiguous', records: pool };
  }
}

/** The citation's subject starts like the record's title (first five syllables, case and tone placement ignored). */
export function subjectMatches(subject: string, title: string): boolean {
  const a = foldKey(subject).split(/\s+/).filter(Boolean).slice(0, 5);
  const b = foldKey(title).split(/\s+/).filter(Boolean).slice(0, 5);
  const n = Math.min(a.length, b.length);
  if (n < 3) return false;
  for (let i = 0; i < n; i++) if (a[i].replace(/[^\p{L}\p{N}]/gu, '') !== b[i].replace(/[^\p{L}\p{N}]/gu, '')) return false;
  return true;
}

let builtInRegistry: Registry | undefined;
let lastExtra: { key: string; registry: Registry } | undefined;

/** The registry for a settings object: built-in records plus the newsroom's, built once per set of records. */
export function registryFor(extra: readonly DocumentRecord[]): Registry {
  if (extra.length === 0) return (builtInRegistry ??= new Registry(BUILT_IN_RECORDS));
  const key = JSON.stringify(extra);
  if (lastExtra?.key === key) return lastExtra.registry;
  // A newsroom record replaces a built-in one with the same symbol and year.
  const replaced = new Set(extra.map((e) => `${symbolKey(e.symbol)}@${e.date.slice(0, 4)}`));
  const registry = new Registry([...extra, ...BUILT_IN_RECORDS.filter((r) => !replaced.has(`${symbolKey(r.symbol)}@${r.date.slice(0, 4)}`))]);
  lastExtra = { key, registry };
  return registry;
}
