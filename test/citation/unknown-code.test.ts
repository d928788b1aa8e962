import { unknownCode } from '../../server/src/rules/citation/unknown-code.js';
import { ruleTester } from '../helpers.js';
import { QUIET, span } from './util.js';

const t1 = 'Theo Nghị quyết số 12-NX/TW của Bộ Chính trị.';
const t2 = 'Kế hoạch số 12/KHH-UBND của UBND tỉnh.';
const t3 = 'Nghị định số 30/2020/NĐ-CPP của Chính phủ.';

ruleTester(unknownCode, {
  valid: [
    ...QUIET,
    'Công văn số 73/TTg-CN, Công văn số 2861/SYT-NVY, Công văn 123/UBND-VX, Công văn 45/UBND-KTTH.',
    'Quyết định số 84-QĐ/TWĐTN, Thông tri 25/TT-MTTW-BTT, Kế hoạch 12/KH-MTTW-UB, Chương trình 27-CTr/TWĐTN-CTĐ.',
    // local Party bodies and provincial agencies vary: not checked
    'Kế hoạch số 12-KH/ĐUKCCQ, Quyết định số 12/QĐ-BQL, Kế hoạch số 5/KH-BCĐ.',
    // ministries before 2008 had other codes
    'Thông tư số 12/2006/TT-BBCVT, Quyết định số 40/2005/QĐ-BCN.',
    // no type word: standalone tokens are only taken when all codes are known
    'Mã 12-NX/TW không phải ký hiệu.',
    'Chỉ thị số 05/CT-TTg, Nghị quyết số 1663/NQ-UBTVQH15, Thông tư liên tịch số 55/2005/TTLT-BNV-VPCP.',
  ],
  invalid: [
    { text: t1, errors: [{ range: span(t1, 'NX'), messageIncludes: '"NX"', severity: 'warning' }] },
    { text: t2, errors: [{ range: span(t2, 'KHH') }] },
    { text: t3, errors: [{ range: span(t3, 'CPP'), messageIncludes: 'cơ quan' }] },
  ],
});
