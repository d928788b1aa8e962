import { describe, expect, it } from 'vitest';
import { ruleTester } from '../helpers.js';
import { dateWeekday, weekdayOf } from '../../server/src/rules/date/weekday.js';
import { at } from './util.js';

const t = (text: string, needle: string, messageIncludes?: string) => ({ text, errors: [{ range: at(text, needle), messageIncludes, severity: 'warning' as const }] });

describe('weekdayOf (reference weekdays, vi-editorial-rules §2.6)', () => {
  const table: [string, number][] = [
    ['15/1/2024', 1], ['29/2/2024', 4], ['22/12/2024', 0], ['30/4/2025', 3], ['2/9/2025', 2], ['16/9/2025', 2],
    ['9/1/2026', 5], ['19/1/2026', 1], ['23/1/2026', 5], ['25/2/2026', 3], ['5/3/2020', 4], ['3/4/2018', 2],
    ['2/9/1945', 0], ['1/1/2000', 6],
  ];
  for (const [date, wd] of table) {
    it(date, () => {
      const [d, m, y] = date.split('/').map(Number);
      expect(weekdayOf(d, m, y)).toBe(wd);
    });
  }
});

ruleTester(dateWeekday, {
  valid: [
    'Thứ Hai, ngày 15-1-2024, hội nghị khai mạc.',
    'Hội nghị họp thứ Năm (29/2/2024) tại Hà Nội.',
    'Lễ diễn ra Chủ nhật 22/12/2024 tại Hà Nội.',
    'Sáng thứ Tư 30/4/2025, diễu binh.',
    'Thứ Ba, 02/9/2025',
    'Sáng thứ Ba 16/9/2025, khai giảng.',
    'Quy định ban hành thứ Sáu, ngày 09/01/2026.',
    'Sáng thứ Hai 19/1/2026, Đại hội khai mạc.',
    'Chiều thứ Sáu 23/1/2026, Đại hội bế mạc.',
    'Sáng thứ Tư (25/2/2026), đoàn lên đường.',
    'Nghị định ký thứ Năm, ngày 05 tháng 3 năm 2020.',
    'Hướng dẫn ký thứ Ba, ngày 03-4-2018.',
    'Sáng thứ 2, 15/1/2024, hội nghị khai mạc.',
    'Tại kỳ họp thứ Năm, ngày 20/11/2023, Quốc hội biểu quyết.',
    'Lần thứ Ba, ngày 15-1-2024 đoàn trở lại.',
    'Sáng thứ Ba, ngày 15-1, hội nghị khai mạc.',
    'Thứ ba, đổi mới phong cách ngày 15-5-2016 của Bộ Chính trị.',
    'Hội nghị khai mạc ngày 15/1/2024 (thứ Hai) tại Hà Nội.',
    'Hội nghị khai mạc ngày 22/12/2024, Chủ nhật, tại Hà Nội.',
    'Ngày 15/1/2024, thứ ba là phải bảo đảm an toàn.',
  ],
  invalid: [
    t('Sáng thứ Ba, ngày 15-1-2024, hội nghị khai mạc.', 'thứ Ba, ngày 15-1-2024', 'ngày 15-1-2024 là thứ Hai'),
    t('Hội nghị họp thứ Ba (15/1/2024) tại Hà Nội.', 'thứ Ba (15/1/2024', 'thứ Hai'),
    t('Lễ diễn ra Chủ nhật 23/12/2024 tại Hà Nội.', 'Chủ nhật 23/12/2024', 'là thứ Hai'),
    t('Thứ hai, ngày 16 tháng 9 năm 2025', 'Thứ hai, ngày 16 tháng 9 năm 2025', 'là thứ Ba'),
    t('Sáng thứ 3, 15/1/2024, hội nghị khai mạc.', 'thứ 3, 15/1/2024'),
    t('Chiều thứ Bảy 22.12.2024, đoàn về nước.', 'thứ Bảy 22.12.2024', 'là Chủ nhật'),
    t('Hội nghị khai mạc ngày 15/1/2024 (thứ Ba) tại Hà Nội.', '15/1/2024 (thứ Ba', 'là thứ Hai'),
    t('Hội nghị khai mạc ngày 16 tháng 9 năm 2025, thứ Tư, tại Hà Nội.', 'ngày 16 tháng 9 năm 2025, thứ Tư', 'là thứ Ba'),
    { ...t('Sáng thứ Ba, ngày 15-1-2024, hội nghị khai mạc.', 'thứ Ba, ngày 15-1-2024', 'that day is a Monday'), settings: { language: 'en' } },
  ],
});
