import { foldKey } from '../engine/vietnamese.js';

/**
 * Names of central issuers as writers put them after `của`, folded, mapped to
 * the issuer recorded in the registry. A bare `Trung ương` is left out: writers
 * use it loosely for any central body. Longest first, so that `Thủ tướng Chính
 * phủ` wins over `Chính phủ`.
 */
const NAMES: [written: string, recorded: string][] = [
  ['Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam', 'Ban Chấp hành Trung ương'],
  ['Ban Chấp hành Trung ương Đảng', 'Ban Chấp hành Trung ương'],
  ['Ban Chấp hành Trung ương', 'Ban Chấp hành Trung ương'],
  ['Bộ Chính trị', 'Bộ Chính trị'],
  ['Ban Bí thư Trung ương Đảng', 'Ban Bí thư'],
  ['Ban Bí thư', 'Ban Bí thư'],
  ['Văn phòng Trung ương Đảng', 'Văn phòng Trung ương Đảng'],
  ['Thủ tướng Chính phủ', 'Thủ tướng Chính phủ'],
  ['Thủ tướng', 'Thủ tướng Chính phủ'],
  ['Chính phủ', 'Chính phủ'],
  ['Quốc hội', 'Quốc hội'],
];

const FOLDED = NAMES.map(([w, r]) => [foldKey(w), r, w.length] as const).sort((a, b) => b[0].length - a[0].length);

export interface IssuerMatch {
  /** Length of the matched name in the written phrase. */
  length: number;
  /** The issuer as the registry records it. */
  recorded: string;
}

/** The central issuer named at the start of an issuer phrase (`Bộ Chính trị khóa XIII`), if any. */
export function matchIssuer(phrase: string): IssuerMatch | undefined {
  const folded = foldKey(phrase);
  for (const [key, recorded, length] of FOLDED) {
    if (!folded.startsWith(key)) continue;
    const next = folded[key.length];
    if (next !== undefined && /[\p{L}\p{N}]/u.test(next)) continue;
    return { length, recorded };
  }
  return undefined;
}

/** Whether a named issuer agrees with the recorded one (joint issuers `Bộ Chính trị, Ban Bí thư` accept either). */
export function issuerAgrees(named: string, recorded: string): boolean {
  return recorded.split(',').map((s) => s.trim()).includes(named);
}
