import { ruleTester } from '../helpers.js';
import { dateTwoDigitYear } from '../../server/src/rules/date/two-digit-year.js';
import { dateRangeOrder } from '../../server/src/rules/date/range-order.js';
import { at } from './util.js';

const t = (text: string, needle: string, messageIncludes?: string, severity?: 'warning' | 'error') => ({ text, errors: [{ range: at(text, needle), messageIncludes, severity }] });

ruleTester(dateTwoDigitYear, {
  valid: [
    'Khai mạc ngày 15/1/2024.',
    'Nhà số 12/3/45 Lê Lợi.',
    'Bản cập nhật 1.2.24 sửa lỗi.',
    'Tỷ lệ 15/1/24 không đổi.',
  ],
  invalid: [
    t('Khai mạc ngày 15/1/24 tại Hà Nội.', '15/1/24', 'vd. "15/1/2024"', 'warning'),
    t('Sáng 15-1-24, đoàn lên đường.', '15-1-24', 'hai chữ số'),
    t('Chiều 9.1.25, đoàn về.', '9.1.25', '"9.1.2025"'),
  ],
});

ruleTester(dateRangeOrder, {
  valid: [
    'Kế hoạch giai đoạn 2021-2025.',
    'Nhiệm kỳ 2020 - 2025 thành công.',
    'Giai đoạn 2021–2025 đã hoàn thành.',
    'Năm học 2016-2017 kết thúc.',
    'Giai đoạn 2015-20130 (lỗi gõ, không phải khoảng năm).',
    'Gọi tổng đài 1900-1800 để được hỗ trợ.',
    'Theo Nghị định 2025-2021/NĐ-CP.',
    'Ngày 15-1-2025-2021 là chuỗi số lạ.',
    'Năm 2020-2020 trùng nhau.',
  ],
  invalid: [
    t('Kế hoạch giai đoạn 2025-2021 đã xong.', '2025-2021', 'năm đầu (2025) sau năm cuối (2021)', 'error'),
    t('Nhiệm kỳ 2025 - 2020 đã xong.', '2025 - 2020', '"2020 - 2025"'),
    t('Giai đoạn 2030–2021 đã xong.', '2030–2021', '"2021–2030"'),
  ],
});
