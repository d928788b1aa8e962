import { documentName } from '../../server/src/rules/capitalization/document-name.js';
import { ruleTester } from '../helpers.js';
import { at, one } from './util.js';

ruleTester(documentName, {
  valid: [
    'Thực hiện Nghị quyết số 57-NQ/TW về đột phá phát triển khoa học, công nghệ.',
    'Theo Nghị quyết 57, Nghị định 30 và Chỉ thị 05-CT/TW.',
    'Căn cứ Hiến pháp năm 2013, Bộ luật Hình sự và Luật Đất đai năm 2024.',
    'Nghị quyết Đại hội XIII và Điều lệ Đảng được quán triệt.',
    // generic and plural uses (§3.4, §3.11 guard 10)
    'Tỉnh đã ban hành nhiều nghị quyết, các nghị quyết của Đảng và nghị quyết chuyên đề.',
    'Quán triệt 4 nghị quyết trọng yếu và 4 Nghị quyết của Bộ Chính trị.',
    'Nghị định này có hiệu lực; quyết định này thay thế quyết định trước.',
    'Ông đã ra quyết định thu hồi đất theo quy định của pháp luật.',
    'Theo quy định 2 năm một lần, chi bộ họp đánh giá.',
    'Sửa đổi luật đất đai là yêu cầu cấp bách.',
    // syllables of a person's name
    'Ông Nguyễn Quyết Định và bà Lê Thị Thông Báo.',
    // quotations and ALL-CAPS
    'Văn bản trích: “nghị quyết số 12 của hội đồng”.',
    'NGHỊ QUYẾT SỐ 57-NQ/TW',
    // sentence start and both tone conventions
    'Luật Thuỷ sản và Luật Thủy lợi năm 2017.',
  ],
  invalid: [
    // §3.10 pairs 35–40
    one('Theo nghị quyết số 57-NQ/TW ngày 22-12-2024.', 'nghị quyết', 'Theo Nghị quyết số 57-NQ/TW ngày 22-12-2024.', { messageIncludes: '"Nghị quyết", không phải "nghị quyết"' }),
    one('Thực hiện chỉ thị 05-CT/TW của Bộ Chính trị.', 'chỉ thị', 'Thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị.'),
    one('Theo nghị định 30/2020/NĐ-CP.', 'nghị định', 'Theo Nghị định 30/2020/NĐ-CP.'),
    one('Theo nghị quyết 57 về khoa học.', 'nghị quyết', 'Theo Nghị quyết 57 về khoa học.'),
    one('Ban hành quyết định số 1090/QĐ-UB.', 'quyết định', 'Ban hành Quyết định số 1090/QĐ-UB.'),
    one('Theo Nghị Quyết số 57.', 'Nghị Quyết', 'Theo Nghị quyết số 57.'),
    one('Tỉnh ra Quyết Định thu hồi đất.', 'Quyết Định', 'Tỉnh ra Quyết định thu hồi đất.'),
    {
      text: 'Theo Luật đất đai, luật Đất đai và Luật Đất Đai.',
      errors: ['Luật đất đai', 'luật Đất đai', 'Luật Đất Đai'].map((n) => ({ range: at('Theo Luật đất đai, luật Đất đai và Luật Đất Đai.', n) })),
      output: 'Theo Luật Đất đai, Luật Đất đai và Luật Đất đai.',
    },
    one('Theo Bộ Luật Hình Sự.', 'Bộ Luật Hình Sự', 'Theo Bộ luật Hình sự.'),
    one('Theo bộ luật hình sự hiện hành.', 'bộ luật hình sự', 'Theo Bộ luật Hình sự hiện hành.'),
    one('Theo hiến pháp năm 2013.', 'hiến pháp', 'Theo Hiến pháp năm 2013.'),
    one('Theo điều lệ Đảng.', 'điều lệ Đảng', 'Theo Điều lệ Đảng.'),
    one('Học tập nghị quyết Đại hội XIII.', 'nghị quyết', 'Học tập Nghị quyết Đại hội XIII.'),
    one('Học tập nghị quyết Trung ương 4 khóa XII.', 'nghị quyết', 'Học tập Nghị quyết Trung ương 4 khóa XII.'),
    // tone convention kept: Luật Thuỷ sản (new style) stays new style
    one('Theo Luật thuỷ sản.', 'Luật thuỷ sản', 'Theo Luật Thuỷ sản.'),
  ],
});
