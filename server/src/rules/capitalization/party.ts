import type { Rule } from '../../engine/types.js';
import { capitalize, foldKey, lowerFirst } from '../../engine/vietnamese.js';
import { capitalizationAnalysis, hasSignal, PARTY_KEY, type TitlePhrase } from './analysis.js';
import type { Match } from './dictionary.js';
import { spaced, type Token } from './tokens.js';

/** Second syllables that make `đảng` a common noun (`đảng viên`, `đảng bộ`, `đảng cầm quyền`). */
const COMPOUND = new Set(['viên', 'bộ', 'ủy', 'đoàn', 'phí', 'tịch', 'kỳ', 'vụ', 'phái', 'cầm', 'chính', 'trưởng', 'sâm', 'tranh', 'tính', 'sự', 'cộng', 'lao', 'dân', 'xã', 'bảo', 'tự', 'đối', 'nhân', 'kỷ', 'lý', 'cương', 'hiệu', 'quyền', 'đồ', 'chủ', 'mác', 'lãnh'].map(foldKey));
/** Words before `đảng` that make it generic (`các đảng`, `một đảng`) or a fixed phrase (`tuổi đảng`). */
const GENERIC = new Set(['các', 'những', 'một', 'hai', 'ba', 'nhiều', 'mọi', 'mỗi', 'đa', 'tuổi', 'hiệu', 'thành', 'lập', 'gia', 'nhập', 'vào', 'ra', 'khỏi', 'kết', 'nạp', 'đứng', 'ngoài', 'phát'].map(foldKey));
/** Prepositions after which a bare `đảng` is the Party (`sự lãnh đạo của Đảng`). */
const AFTER = new Set(['của', 'với', 'cho', 'theo', 'trong', 'về', 'toàn', 'đốn', 'dựng'].map(foldKey));
/** Words that may follow `Đảng` meaning the Party (`Đảng ta`, `Đảng và Nhà nước`, `của Đảng đối với`). */
const THEN = new Set(['ta', 'và', 'là', 'đã', 'đang', 'sẽ', 'luôn', 'cần', 'phải', 'được', 'có', 'trong', 'về', 'đối', 'thì', 'cũng', 'không', 'nhằm', 'để', 'từ', 'qua', 'lãnh', 'đề', 'ban'].map(foldKey));

function isPartyToken(tokens: readonly Token[], k: number): boolean {
  const prev = spaced(tokens, k) && tokens[k - 1].word ? tokens[k - 1] : undefined;
  const nextSpaced = spaced(tokens, k + 1);
  const next = tokens[k + 1];
  if (nextSpaced && next.word && COMPOUND.has(next.key)) return false;
  if (prev && GENERIC.has(prev.key)) return false;
  if (nextSpaced && next.key === 'ta') return true;
  // `Đảng và Nhà nước`, `Đảng, Nhà nước`
  const afterAnd = nextSpaced && next.key === foldKey('và') ? k + 2 : next && !next.word && next.text === ',' && !next.spaceBefore ? k + 2 : -1;
  if (afterAnd > 0 && spaced(tokens, afterAnd) && tokens[afterAnd].key === 'nhà' && spaced(tokens, afterAnd + 1) && tokens[afterAnd + 1].key === 'nước') return true;
  if (!prev || !AFTER.has(prev.key)) return false;
  if (prev.key === 'đốn' && !(tokens[k - 2]?.key === foldKey('chỉnh'))) return false;
  if (prev.key === 'dựng' && !(tokens[k - 2]?.key === 'xây')) return false;
  // end of the phrase, or a verb/conjunction: `của Đảng.`, `của Đảng đối với`
  return !next || !nextSpaced || !next.word || THEN.has(next.key);
}

export const party: Rule = {
  meta: {
    id: 'capitalization/party',
    description: {
      vi: '"Đảng" viết hoa khi chỉ Đảng Cộng sản Việt Nam; các danh từ chung ghép với "đảng" (đảng viên, tổ chức đảng, đảng bộ) viết thường (Nghị định 30/2020/NĐ-CP, Phụ lục II, mục V.4).',
      en: '"Đảng" is capitalized when it means the Communist Party of Viet Nam; common nouns built on it (đảng viên, tổ chức đảng, đảng bộ) are lowercase (Decree 30/2020, Appendix II §V.4).',
    },
    defaultSeverity: 'warning',
    fixable: true,
    tags: ['capitalization', 'party'],
    messages: {
      party: {
        vi: '"Đảng" chỉ Đảng Cộng sản Việt Nam viết hoa: "{expected}", không phải "{found}".',
        en: '"Đảng" meaning the Communist Party of Viet Nam is capitalized: "{expected}", not "{found}".',
      },
      member: {
        vi: '"đảng viên" là danh từ chung, giữa câu nên viết thường: "{expected}", không phải "{found}".',
        en: '"đảng viên" (party member) is a common noun, lowercase mid-sentence: "{expected}", not "{found}".',
      },
      fix: { vi: 'Sửa thành "{expected}"', en: 'Change to "{expected}"' },
    },
  },
  check(ctx) {
    const { tokens, cover } = ctx.get(capitalizationAnalysis);
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k];
      if (t.key !== PARTY_KEY || t.quoted || t.caps) continue;
      const c = cover[k];
      if (c) {
        // inside a dictionary name (`Điều lệ đảng`, `Ban Chấp hành Trung ương đảng`): follow its canonical spelling
        if (t.cap || !inNamedName(tokens, c, k)) continue;
        const expected = capitalize(t.text);
        ctx.report({ start: t.start, end: t.end, messageId: 'party', data: { found: t.text, expected }, fixes: [{ title: 'fix', edits: [{ start: t.start, end: t.end, text: expected }] }] });
        continue;
      }
      if (!t.cap) {
        if (!isPartyToken(tokens, k)) continue;
        const expected = capitalize(t.text);
        const s = spaced(tokens, k) && tokens[k - 1].word ? tokens[k - 1].start : t.start;
        ctx.report({
          start: t.start,
          end: t.end,
          messageId: 'party',
          data: { found: ctx.text.slice(s, t.end), expected: ctx.text.slice(s, t.start) + expected },
          fixes: [{ title: 'fix', edits: [{ start: t.start, end: t.end, text: expected }] }],
        });
        continue;
      }
      // `Đảng viên` mid-sentence: the common noun (MEDIUM, suggestion only)
      const next = tokens[k + 1];
      if (!t.sentenceStart && spaced(tokens, k + 1) && next.key === 'viên' && !next.cap && !next.quoted) {
        const found = ctx.text.slice(t.start, next.end);
        const expected = lowerFirst(t.text) + ctx.text.slice(t.end, next.end);
        ctx.report({
          start: t.start,
          end: next.end,
          messageId: 'member',
          data: { found, expected },
          severity: 'information',
          fixes: [{ title: 'fix', edits: [{ start: t.start, end: t.end, text: lowerFirst(t.text) }], isPreferred: false }],
        });
      }
    }
  },
};

/** Token `k` is the `Đảng` syllable of a dictionary name that is meant as a name (specific, or written with capitals). */
function inNamedName(tokens: readonly Token[], c: Match | TitlePhrase, k: number): boolean {
  const parts: Match[] = 'head' in c ? [c.head, ...c.mods, ...(c.office ? [c.office] : [])] : [c];
  const m = parts.find((p) => p.i <= k && k < p.j);
  if (!m || m.form.variant || m.entry.kind === 'brand') return false;
  const syl = m.form.surface[k - m.i];
  if (!syl || syl[0] !== 'Đ') return false;
  if ('head' in c) {
    // a title phrase: capitals elsewhere in it, or a name after it
    return hasSignal(tokens, c.i, c.j) && tokens.slice(c.i, c.j).some((t) => t.word && t.cap && t.key !== 'đảng');
  }
  return !!m.entry.specific || tokens.slice(m.i, m.j).some((t, x) => t.word && t.cap && !(x === 0 && t.sentenceStart));
}
