/**
 * Editor help built on the registry: the record behind a citation (for
 * hovers), expanding a bare or partial citation to the full house-style
 * citation (a code action), and completion of symbols after a type word.
 * Pure functions over the draft's text; offsets are UTF-16 offsets into it.
 */
import type { Settings } from '../engine/settings.js';
import { foldKey } from '../engine/vietnamese.js';
import { findCitations, type Citation } from '../rules/citation/analysis.js';
import { citationFacts } from '../rules/citation/registry.js';
import { describeRecord, fullCitation, type DateForm } from './format.js';
import { registryFor, type DocumentRecord } from './registry.js';

/** The paragraph (between blank lines) around an offset, capped so that a huge line stays cheap. */
function paragraphAround(text: string, offset: number): { start: number; end: number } {
  const LIMIT = 20_000;
  let start = text.lastIndexOf('\n\n', offset - 1);
  start = start < 0 ? 0 : start + 2;
  let end = text.indexOf('\n\n', offset);
  if (end < 0) end = text.length;
  return { start: Math.max(start, offset - LIMIT), end: Math.min(end, offset + LIMIT) };
}

function citationsAround(text: string, offset: number): { citations: Citation[]; base: number; prose: string } {
  const { start, end } = paragraphAround(text, offset);
  const prose = text.slice(start, end);
  return { citations: findCitations(prose), base: start, prose };
}

/** The recognised citation at an offset and, when it ties to one record, that record. */
export function citationAt(text: string, offset: number, settings: Settings): { start: number; end: number; record?: DocumentRecord } | undefined {
  const { citations, base, prose } = citationsAround(text, offset);
  const c = citations.find((x) => base + x.start <= offset && offset <= base + x.end);
  if (!c) return undefined;
  const facts = citationFacts(prose, c);
  const found = facts && settings.registry.enabled ? registryFor(settings.documents).lookup(facts) : undefined;
  return { start: base + c.start, end: base + c.end, record: found?.kind === 'match' ? found.record : undefined };
}

/** Markdown describing the record behind the citation at an offset, for a hover. */
export function describeCitationAt(text: string, offset: number, settings: Settings): { start: number; end: number; markdown: string } | undefined {
  const hit = citationAt(text, offset, settings);
  if (!hit?.record) return undefined;
  return { start: hit.start, end: hit.end, markdown: describeRecord(hit.record, settings.language) };
}

const STYLE_FORM: Record<string, DateForm> = { dash: 'dash', slash: 'slash', dot: 'dot', long: 'words' };

/** The date form for new text: the house setting, else the form most used in the draft (dash when none). */
export function draftDateForm(text: string, settings: Settings): DateForm {
  const configured = STYLE_FORM[settings.date.style];
  if (configured) return configured;
  const counts: Record<DateForm, number> = { dash: 0, slash: 0, dot: 0, words: 0 };
  const re = /(?<!\d)\d{1,2}([-/.])\d{1,2}\1(?:19|20)\d\d(?!\d)|(?<!\d)\d{1,2} tháng \d{1,2} năm \d{4}/g;
  let m: RegExpExecArray | null;
  let seen = 0;
  while ((m = re.exec(text)) && seen++ < 500) {
    const form: DateForm = m[1] === '-' ? 'dash' : m[1] === '/' ? 'slash' : m[1] === '.' ? 'dot' : 'words';
    counts[form]++;
  }
  let best: DateForm = 'dash';
  for (const f of ['slash', 'dot', 'words'] as DateForm[]) if (counts[f] > counts[best]) best = f;
  return best;
}

export interface Expansion {
  start: number;
  end: number;
  newText: string;
  record: DocumentRecord;
}

/** Informal shorthands: `NQ 57`, `NQ57`, `NĐ 30/2020`, `QĐ 977`, `CT 05`, `KL 21`. */
const SHORTHAND_RE = /(?<![\p{L}\p{N}])(NQ|NĐ|QĐ|CT|KL|QĐi|HD)[ \u00a0]?(\d{1,4})(?:\/(\d{4}))?(?![\p{L}\p{N}/-])/gu;
const SHORTHAND_TYPES: Record<string, string[]> = {
  NQ: ['Nghị quyết'],
  NĐ: ['Nghị định'],
  QĐ: ['Quyết định', 'Quy định'],
  QĐi: ['Quy định'],
  CT: ['Chỉ thị'],
  KL: ['Kết luận'],
  HD: ['Hướng dẫn'],
};

function numberOf(symbol: string): string {
  return String(Number(/^\d+/.exec(symbol)?.[0] ?? 'NaN'));
}

/**
 * Expansions of the citation at an offset to the full house-style citation,
 * one per record it may mean (at most three): `NQ 57`, `Nghị quyết 57`,
 * `Nghị quyết 57-NQ/TW` → `Nghị quyết số 57-NQ/TW ngày 22-12-2024 của Bộ Chính trị`.
 */
export function expansionsAt(text: string, offset: number, settings: Settings): Expansion[] {
  if (!settings.registry.enabled) return [];
  const registry = registryFor(settings.documents);
  const form = draftDateForm(text, settings);
  const { citations, base, prose } = citationsAround(text, offset);
  let candidates: DocumentRecord[] = [];
  let start = -1;
  let end = -1;
  const c = citations.find((x) => base + x.start <= offset && offset <= base + x.end && !x.standalone);
  if (c?.typeWord) {
    const type = c.typeWord.entry.word;
    if (c.symbol) {
      const facts = citationFacts(prose, c)!;
      const found = registry.lookup(facts);
      candidates = found.kind === 'match' ? [found.record] : found.kind === 'ambiguous' ? found.records : facts.date || facts.term ? [] : [...registry.recordsFor(facts.symbol)];
    } else {
      const number = String(Number(c.number.text.split('/')[0]));
      const year = /\/(\d{4})$/.exec(c.number.text)?.[1];
      candidates = registry.all().filter((r) => foldKey(r.type) === foldKey(type) && numberOf(r.symbol) === number && (!year || r.symbol.includes(`/${year}/`)));
    }
    start = base + c.typeWord.start;
    end = base + (c.issuer ? c.issuer.end : c.end);
  } else {
    const { start: ps, end: pe } = paragraphAround(text, offset);
    SHORTHAND_RE.lastIndex = ps;
    let m: RegExpExecArray | null;
    while ((m = SHORTHAND_RE.exec(text)) && m.index < pe) {
      if (m.index > offset || m.index + m[0].length < offset) continue;
      const types = SHORTHAND_TYPES[m[1]];
      const number = String(Number(m[2]));
      candidates = registry.all().filter((r) => types.includes(r.type) && numberOf(r.symbol) === number && (!m![3] || r.symbol.includes(`/${m![3]}/`)));
      start = m.index;
      end = m.index + m[0].length;
      break;
    }
  }
  if (start < 0) return [];
  const current = text.slice(start, end);
  return candidates
    .slice(0, 3)
    .map((record) => ({ start, end, record, newText: fullCitation(record, form) }))
    .filter((e) => e.newText !== current);
}

export interface CitationCompletion {
  /** Replace [start, offset) (the typed number) with `insertText`. */
  start: number;
  label: string;
  detail: string;
  documentation: string;
  insertText: string;
}

const TYPED_RE = /(Nghị quyết|Nghị định|Quyết định|Quy định|Chỉ thị|Kết luận|Hướng dẫn|Luật|Bộ luật)(?:[ \u00a0]số)?[ \u00a0](\d{1,4})$/iu;

/** Completion after `Nghị quyết số 5…`: the records of that type whose number starts with what was typed. */
export function completionsAt(text: string, offset: number, settings: Settings): CitationCompletion[] {
  if (!settings.registry.enabled) return [];
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const before = text.slice(Math.max(lineStart, offset - 60), offset);
  const m = TYPED_RE.exec(before);
  if (!m) return [];
  const type = foldKey(m[1]);
  const typed = m[2];
  const form = draftDateForm(text, settings);
  const prefix = String(Number(typed));
  const records = registryFor(settings.documents)
    .all()
    .filter((r) => foldKey(r.type) === type && numberOf(r.symbol).startsWith(prefix))
    .sort((a, b) => Number(numberOf(a.symbol)) - Number(numberOf(b.symbol)) || b.date.localeCompare(a.date));
  const full = (r: DocumentRecord) => fullCitation(r, form);
  return records.slice(0, 50).map((r) => ({
    start: offset - typed.length,
    label: r.symbol,
    detail: full(r).slice(full(r).indexOf(' ngày ') + 1),
    documentation: describeRecord(r, settings.language),
    insertText: full(r).slice(full(r).indexOf(r.symbol)),
  }));
}
