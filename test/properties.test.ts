import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyFixes, check, fixAll, LineIndex, safeFixes } from '../server/src/engine/index.js';
import type { Diagnostic, DocumentKind } from '../server/src/engine/types.js';
import { allRules } from '../server/src/rules/index.js';
import { settingsOf } from './helpers.js';

/**
 * Property tests over generated drafts: Vietnamese syllables in NFC and NFD,
 * citation- and date-like fragments, CRLF, BOM, emoji, lone surrogates,
 * zero-width and non-breaking spaces, control characters and long lines.
 * Fixed seed and bounded runs, so CI is reproducible.
 */
const SEED = 20261127;
const RUNS = 150;

const syllables = ['nghị', 'quyết', 'số', 'ngày', 'tháng', 'năm', 'của', 'Bộ', 'Chính', 'trị', 'Ban', 'Bí', 'thư', 'Tỉnh', 'ủy', 'uỷ', 'hòa', 'hoà', 'khỏe', 'khoẻ', 'Thủy', 'Thuỷ', 'Chủ', 'tịch', 'UBND', 'tỉnh', 'Đảng', 'đảng', 'viên', 'Phó', 'Thủ', 'tướng', 'Quốc', 'hội', 'luật', 'Đất', 'đai', 'thứ', 'Hai', 'Ba', 'sáng', 'chi', 'bộ', 'công', 'an', 'xã', 'các', 'bí'];
const fragments = ['58-NQ/TW', '57/NQ-TW', '30/2020/NĐ-CP', '30/NĐ-CP', '30/2020/ND-CP', '977/QĐ-TTg', '18 NQ/TW', '57–NQ/TW', '59/2020/QH13', '15-1-2024', '15/01/2024', '15.1.2024', '31-6-2024', '29/2/2023', 'ngày 15 tháng 1 năm 2024', 'tháng 4/2024', '8/8', '2020-2025', '2-1', '8-10 giờ', '12/3', '0912.345.678', 'Nghị quyết số', 'Nghị định', 'Luật số', 'thứ Hai,', '(25-2)', 'quý I/2025', '`code 57/NQ-TW`', '<!-- bientap-disable -->', 'https://x.vn/57/NQ-TW', '# ', '- ', '> '];
const oddities = ['\r\n', '\n', '\r', '\n\n', '\ufeff', '😀', '👩‍👩‍👧', '\ud800', '\udc00', '\u200b', '\u00a0', '\u2011', '\t', '\u0000', '\u001b', ' ', ', ', '. ', ': ', '"', '“', '”', '—'];

const token = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...syllables) },
  { weight: 3, arbitrary: fc.constantFrom(...fragments) },
  { weight: 2, arbitrary: fc.constantFrom(...oddities) },
  { weight: 1, arbitrary: fc.string({ maxLength: 6, unit: 'binary' }) },
);
const draft = fc.array(fc.tuple(token, fc.constantFrom(' ', ' ', ' ', '', '\n', ', ')), { maxLength: 120 }).map((parts) => parts.map(([t, s]) => t + s).join(''));
const kind = fc.constantFrom<DocumentKind>('markdown', 'plaintext');

function run(text: string, k: DocumentKind) {
  return check(text, { kind: k, settings: settingsOf(), rules: allRules });
}

function offsetsOf(text: string, d: { range: Diagnostic['range'] }) {
  const lines = new LineIndex(text);
  return [lines.offsetAt(d.range.start), lines.offsetAt(d.range.end)] as const;
}

function splitsPair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  const surrogate = before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
  const crlf = before === 13 && after === 10;
  return surrogate || crlf;
}

describe('engine properties', () => {
  it('never throws, and every range lies inside the text without splitting a surrogate pair or a CRLF', () => {
    fc.assert(
      fc.property(draft, kind, (text, k) => {
        const result = run(text, k);
        expect(result.failures).toEqual([]);
        const lines = new LineIndex(text);
        for (const d of result.diagnostics) {
          for (const pos of [d.range.start, d.range.end]) {
            expect(pos.line).toBeGreaterThanOrEqual(0);
            expect(pos.line).toBeLessThan(lines.lineCount);
            expect(lines.offsetAt(pos) - lines.lineStarts[pos.line]).toBe(pos.character);
          }
          const [s, e] = offsetsOf(text, d);
          expect(s).toBeLessThanOrEqual(e);
          expect(splitsPair(text, s) || splitsPair(text, e)).toBe(false);
          for (const f of d.fixes) for (const edit of f.edits) {
            const [es, ee] = offsetsOf(text, edit);
            expect(splitsPair(text, es) || splitsPair(text, ee)).toBe(false);
          }
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('safe fixes of one check never overlap, so one pass applies them all', () => {
    fc.assert(
      fc.property(draft, kind, (text, k) => {
        const fixes = safeFixes(run(text, k).diagnostics);
        const spans = fixes.flatMap((f) => f.edits.map((e) => offsetsOf(text, e))).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
        const unique = spans.filter((s, i) => i === 0 || s[0] !== spans[i - 1][0] || s[1] !== spans[i - 1][1]);
        for (let i = 1; i < unique.length; i++) expect(unique[i][0]).toBeGreaterThanOrEqual(unique[i - 1][1]);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('fix-all leaves no fixable finding, and a second run changes nothing', () => {
    fc.assert(
      fc.property(draft, kind, (text, k) => {
        const options = { kind: k, settings: settingsOf(), rules: allRules };
        const once = fixAll(text, options);
        expect(once.remaining.filter((d) => d.fixes.some((f) => f.isPreferred)).map((d) => `${d.rule}: ${d.source}`)).toEqual([]);
        expect(fixAll(once.text, options).text).toBe(once.text);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('changes nothing outside the edited ranges', () => {
    fc.assert(
      fc.property(draft, kind, (text, k) => {
        const fixes = safeFixes(run(text, k).diagnostics);
        const { text: fixed } = applyFixes(text, fixes);
        // Rebuild the expected text from the edits alone; every other character must be where it was.
        const edits = fixes.flatMap((f) => f.edits.map((e) => ({ span: offsetsOf(text, e), text: e.newText }))).sort((a, b) => a.span[0] - b.span[0]);
        let expected = '';
        let pos = 0;
        for (const e of edits) {
          if (e.span[0] < pos) continue;
          expected += text.slice(pos, e.span[0]) + e.text;
          pos = e.span[1];
        }
        expected += text.slice(pos);
        expect(fixed).toBe(expected);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('finds the same things in NFD text as in NFC, at the same places as written', () => {
    fc.assert(
      fc.property(draft, kind, (raw, k) => {
        const nfc = raw.normalize('NFC');
        const nfd = nfc.normalize('NFD');
        const a = run(nfc, k).diagnostics;
        const b = run(nfd, k).diagnostics;
        expect(b.map((d) => d.rule)).toEqual(a.map((d) => d.rule));
        // The flagged text, as written in NFD, is the NFD form of what was flagged in NFC.
        expect(b.map((d) => d.source.normalize('NFC'))).toEqual(a.map((d) => d.source));
        b.forEach((d) => {
          const [s, e] = offsetsOf(nfd, d);
          expect(nfd.slice(s, e)).toBe(d.source);
        });
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
