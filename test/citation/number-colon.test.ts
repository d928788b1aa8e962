import { numberColon } from '../../server/src/rules/citation/number-colon.js';
import { ruleTester } from '../helpers.js';
import { QUIET, span } from './util.js';

const t1 = 'Thực hiện Nghị quyết số: 57-NQ/TW của Bộ Chính trị.';
const t2 = 'Theo Quyết định số : 31-QĐ/TW ngày 01-10-1997.';
const t3 = 'Theo Nghị quyết số:57-NQ/TW.';
const t4 = 'Theo Quyết định số: 977 của Thủ tướng.';

ruleTester(numberColon, {
  valid: [
    ...QUIET,
    'Số: 97-QĐ/TW',
    'QUY ĐỊNH\nSố: 97-QĐ/TW\nHà Nội, ngày 07 tháng 02 năm 2023',
    '> Số: 66-QĐ/TW',
    'Nghị quyết số 57-NQ/TW của Bộ Chính trị.',
  ],
  invalid: [
    { text: t1, errors: [{ range: span(t1, 'số:'), messageIncludes: '"số 57"', severity: 'warning' }], output: 'Thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị.' },
    { text: t2, errors: [{ range: span(t2, 'số :') }], output: 'Theo Quyết định số 31-QĐ/TW ngày 01-10-1997.' },
    { text: t3, errors: [{ range: span(t3, 'số:') }], output: 'Theo Nghị quyết số 57-NQ/TW.' },
    { text: t4, errors: [{ range: span(t4, 'số:') }], output: 'Theo Quyết định số 977 của Thủ tướng.' },
  ],
});
