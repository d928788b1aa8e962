import type { Rule } from '../../engine/types.js';
import { formatIsoDate } from '../../registry/format.js';
import { issuerAgrees, matchIssuer } from '../../registry/issuers.js';
import { registryFor, type CitationFacts } from '../../registry/registry.js';
import { citationsAnalysis, type Citation } from './analysis.js';

const TERM_RE = /\bkhó?a[ \u00a0]{1,2}([XVI]{1,6}|\d{1,2})\b/iu;
const SUBJECT_RE = /^[ \u00a0]{0,3},?[ \u00a0]{0,3}về[ \u00a0]/u;
const ROMAN: Record<string, string> = { 9: 'IX', 10: 'X', 11: 'XI', 12: 'XII', 13: 'XIII', 14: 'XIV', 15: 'XV' };

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** What the citation itself says: symbol, date, term, subject. */
export function citationFacts(prose: string, c: Citation): CitationFacts | undefined {
  const sym = c.symbol;
  if (!sym) return undefined;
  const symbol = sym.canonical ?? sym.normalized;
  const facts: CitationFacts = { symbol };
  if (c.date?.valid && c.date.direct) facts.date = `${c.date.year}-${pad2(c.date.month)}-${pad2(c.date.day)}`;
  const around = prose.slice(c.start, Math.min(prose.length, c.end + 40));
  const term = TERM_RE.exec(around);
  if (term) facts.term = /^\d+$/.test(term[1]) ? ROMAN[term[1]] : term[1].toUpperCase();
  const after = prose.slice(c.end, c.end + 200);
  const about = SUBJECT_RE.exec(after);
  if (about) {
    const rest = after.slice(about[0].length - 1);
    const stop = rest.search(/[.;\n]/);
    facts.subject = `về ${(stop >= 0 ? rest.slice(0, stop) : rest).trim()}`;
  }
  return facts;
}

/**
 * Checks citations of central documents against the registry (verified facts
 * about 187 central Party and State documents, compiled 2026-11-27, plus the
 * newsroom's own `"documents"`): a wrong date or a wrong issuer. Only
 * citations that tie to exactly one record are checked; the rest, including
 * the XIV term whose numbering restarted, get nothing.
 */
export const citationRegistry: Rule = {
  meta: {
    id: 'citation/registry',
    description: {
      vi: 'Ngày ban hành và cơ quan ban hành của văn bản trung ương được trích dẫn phải khớp với dữ liệu văn bản đã kiểm chứng.',
      en: 'The date and issuer of a cited central document must match the verified registry of documents.',
    },
    defaultSeverity: 'warning',
    fixable: true,
    tags: ['citation', 'facts', 'registry'],
    messages: {
      wrongDate: {
        vi: '{type} số {symbol} ban hành ngày {recorded}, không phải {written} (dữ liệu văn bản trung ương).',
        en: '{type} {symbol} was issued on {recorded}, not {written} (registry of central documents).',
      },
      checkDate: {
        vi: 'Vui lòng kiểm tra: dữ liệu văn bản ghi {type} số {symbol} ngày {recorded}, bài viết ghi {written} (dữ liệu chưa chắc chắn hoàn toàn).',
        en: 'Please check: the registry records {type} {symbol} on {recorded}, the draft says {written} (the record is of medium confidence).',
      },
      wrongIssuer: {
        vi: '{type} số {symbol} do {recorded} ban hành, không phải {written} (dữ liệu văn bản trung ương).',
        en: '{type} {symbol} was issued by the {recorded}, not the {written} (registry of central documents).',
      },
      checkIssuer: {
        vi: 'Vui lòng kiểm tra: dữ liệu văn bản ghi {type} số {symbol} do {recorded} ban hành, bài viết ghi {written}.',
        en: 'Please check: the registry records {type} {symbol} as issued by the {recorded}, the draft says the {written}.',
      },
      fixDate: { vi: 'Sửa thành ngày {recorded}', en: 'Change to {recorded}' },
      fixIssuer: { vi: 'Sửa thành {recorded}', en: 'Change to {recorded}' },
    },
  },
  check(ctx) {
    const { registry: options, documents } = ctx.settings;
    if (!options.enabled) return;
    const registry = registryFor(documents);
    for (const c of ctx.get(citationsAnalysis).citations) {
      const facts = citationFacts(ctx.prose, c);
      if (!facts) continue;
      const found = registry.lookup(facts);
      if (found.kind !== 'match') continue;
      const record = found.record;
      const medium = record.confidence === 'medium';
      const symbol = ctx.text.slice(c.symbol!.start, c.symbol!.end);
      const d = c.date;
      if (d && d.valid && d.direct && facts.date !== record.date) {
        const written = ctx.text.slice(d.dateStart, d.end);
        const digits = /^(\d{1,2})\D{1,8}(\d{1,2})/.exec(written);
        // Keep a leading zero where the writer used one (`06/3/2020` → `05/3/2020`).
        const recorded = formatIsoDate(record.date, d.form, { day: digits?.[1].startsWith('0') ?? false, month: digits?.[2].startsWith('0') ?? false });
        ctx.report({
          start: d.dateStart,
          end: d.end,
          messageId: medium ? 'checkDate' : 'wrongDate',
          severity: medium ? 'information' : undefined,
          data: { type: record.type, symbol, recorded, written },
          fixes: [{ title: 'fixDate', edits: [{ start: d.dateStart, end: d.end, text: recorded }], isPreferred: !medium }],
        });
      }
      if (c.issuer) {
        const named = matchIssuer(c.issuer.text);
        if (named && !issuerAgrees(named.recorded, record.issuer)) {
          const written = ctx.text.slice(c.issuer.start, c.issuer.start + named.length);
          const recorded = record.issuer.replace(', ', ' và ');
          ctx.report({
            start: c.issuer.start,
            end: c.issuer.start + named.length,
            messageId: medium ? 'checkIssuer' : 'wrongIssuer',
            severity: medium ? 'information' : undefined,
            data: { type: record.type, symbol, recorded, written },
            fixes: [{ title: 'fixIssuer', edits: [{ start: c.issuer.start, end: c.issuer.start + named.length, text: recorded }], isPreferred: !medium }],
          });
        }
      }
    }
  },
};
