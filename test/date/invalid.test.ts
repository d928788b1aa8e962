import { ruleTester } from '../helpers.js';
import { dateInvalid } from '../../server/src/rules/date/invalid.js';
import { at } from './util.js';

const t = (text: string, needle: string, messageIncludes?: string) => ({ text, errors: [{ range: at(text, needle), messageIncludes, severity: 'error' as const }] });

ruleTester(dateInvalid, {
  valid: [
    'Hội nghị khai mạc ngày 29/2/2024.',
    'Hội nghị khai mạc ngày 29-2-2000.',
    'Hội nghị khai mạc ngày 29/2 hằng năm.',
    'Hội nghị khai mạc ngày 31/12/2024.',
    'Hội nghị khai mạc ngày 30 tháng 4 năm 2025.',
    'Hội nghị khai mạc ngày 31 tháng 1.',
    'Báo cáo tháng 12/2024 đã gửi.',
    'Nhận lương tháng 13 vào dịp Tết.',
    'Đội nhà thắng 3-0 trên sân khách.',
    'Từ 31-6 người mỗi nhóm.',
    'Lớp học bắt đầu từ 31/4.',
    'Cài phiên bản 31.4.2024 của phần mềm.',
    'Hà Nội, ngày 05 tháng 3 năm 2020',
    'Tối 7.30 đoàn mới về.',
  ],
  invalid: [
    t('Hội nghị khai mạc ngày 31/4 tại Hà Nội.', '31/4', 'tháng 4 chỉ có 30 ngày'),
    t('Hội nghị khai mạc 31-6-2025 tại Hà Nội.', '31-6-2025', 'tháng 6 chỉ có 30 ngày'),
    t('Hội nghị khai mạc ngày 31 tháng 9 tại Hà Nội.', 'ngày 31 tháng 9'),
    t('Hội nghị khai mạc ngày 31 tháng 11 năm 2024.', 'ngày 31 tháng 11 năm 2024', 'tháng 11 chỉ có 30 ngày'),
    t('Hội nghị khai mạc ngày 29/2/2023.', '29/2/2023', 'năm 2023 không phải năm nhuận'),
    t('Hội nghị khai mạc ngày 29/2/2026.', '29/2/2026', 'năm 2026'),
    t('Hội nghị khai mạc ngày 29-2-2100.', '29-2-2100', 'năm 2100 không phải năm nhuận'),
    t('Hội nghị khai mạc ngày 30/2.', '30/2', 'tháng 2 chỉ có 29 ngày'),
    // with a year that is not a leap year, February has 28 days
    t('Ngày 30/2/2023 là ngày nghỉ.', '30/2/2023', 'tháng 2 chỉ có 28 ngày'),
    t('Hội nghị khai mạc ngày 15/13/2024.', '15/13/2024', 'không có tháng 13'),
    t('Báo cáo tháng 13/2024 đã gửi.', '13/2024', 'không có tháng 13'),
    t('Hội nghị khai mạc ngày 5 tháng 13 năm 2024.', 'ngày 5 tháng 13 năm 2024', 'không có tháng 13'),
    t('Hội nghị khai mạc ngày 00/5.', '00/5', 'không có ngày 0'),
    t('Hội nghị khai mạc 0-5-2024.', '0-5-2024', 'không có ngày 0'),
    t('Hội nghị khai mạc 15/0/2024.', '15/0/2024', 'không có tháng 0'),
    t('Sáng 32.1.2024, hội nghị khai mạc.', '32.1.2024', 'tháng 1 chỉ có 31 ngày'),
    t('Theo Nghị định 30/2020/NĐ-CP ngày 31/4/2020 của Chính phủ.', '31/4/2020'),
    {
      text: 'Ngày 31/4 và ngày 31/6 đều không có.',
      errors: [{ range: at('Ngày 31/4 và ngày 31/6 đều không có.', '31/4') }, { range: at('Ngày 31/4 và ngày 31/6 đều không có.', '31/6') }],
    },
    { ...t('Hội nghị khai mạc ngày 31/4 tại Hà Nội.', '31/4', 'month 4 has only 30 days'), settings: { language: 'en' } },
  ],
});
