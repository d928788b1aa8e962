import { RuleContext } from '../../server/src/engine/context.js';
import { analyzeStructure } from '../../server/src/engine/structure.js';
import type { PartialSettings } from '../../server/src/engine/settings.js';
import { datesAnalysis, type DatesResult } from '../../server/src/rules/date/analysis.js';
import { settingsOf, type RangeTuple } from '../helpers.js';

/** The dates found in a (single-language, NFC) text. */
export function datesOf(text: string, settings?: PartialSettings): DatesResult {
  const st = analyzeStructure(text, 'markdown');
  const ctx = new RuleContext(text, st.prose, 'markdown', settingsOf(settings), st.blocks, () => {});
  return ctx.get(datesAnalysis);
}

/** The LSP range of the `nth` occurrence of `needle` in `text` (any line). */
export function at(text: string, needle: string, nth = 0): RangeTuple {
  let i = -1;
  for (let k = 0; k <= nth; k++) {
    i = text.indexOf(needle, i + 1);
    if (i < 0) throw new Error(`"${needle}" not in fixture`);
  }
  const pos = (o: number): [number, number] => {
    let line = 0;
    let ls = 0;
    for (let j = 0; j < o; j++) {
      if (text[j] === '\n') {
        line++;
        ls = j + 1;
      }
    }
    return [line, o - ls];
  };
  const [l1, c1] = pos(i);
  const [l2, c2] = pos(i + needle.length);
  return [l1, c1, l2, c2];
}

/** Never dates (vi-editorial-rules §2.5 and the brief's must-stay-quiet list). */
export const NOT_DATES = [
  'Huyện đã thành lập 8/8 chi bộ công an xã.',
  'Có 3/4 số xã đạt chuẩn nông thôn mới.',
  'Đội nhà thắng 2-1 trên sân khách.',
  'Chung cuộc 3-0 nghiêng về đội khách.',
  'Kế hoạch giai đoạn 2020-2025 đã hoàn thành.',
  'Chiến lược 2015 - 2020 được tổng kết.',
  'Đại hội nhiệm kỳ 2020 - 2025 thành công.',
  'Kết quả quý I/2025 khả quan.',
  'Doanh thu quý 2/2024 tăng.',
  'Giờ làm việc 8-10 giờ mỗi ngày.',
  'Cuộc họp bắt đầu lúc 7h30 sáng.',
  'Cuộc họp bắt đầu lúc 8 giờ 30.',
  'Liên hệ số 0912.345.678 để đăng ký.',
  'Gọi 024.3825.1234 trong giờ hành chính.',
  'Nhà số 12/3 Lê Lợi bị ngập.',
  'Bản cập nhật 1.2.3 sửa lỗi.',
  'Cài phiên bản 2.10.2024 của phần mềm.',
  'Có 1.000 người tham dự.',
  'Tăng trưởng đạt 8,3 - 8,5% năm nay.',
  'Lãi suất tăng 5-7%.',
  'Theo Nghị định 30/2020/NĐ-CP của Chính phủ.',
  'Theo Quyết định 977/QĐ-TTg của Thủ tướng.',
  'Theo Nghị quyết 58-NQ/TW của Bộ Chính trị.',
  'Theo Nghị quyết 1663/NQ-UBTVQH15 của Ủy ban Thường vụ Quốc hội.',
  'Theo Nghị quyết số 07 - NQ/HU của Huyện ủy.',
  'Theo Nghị quyết 66.7/2025/NQ-CP của Chính phủ.',
  'Những tháng năm ấy không thể quên.',
  'Ghi rõ ngày tháng năm sinh.',
  'Uống ngày 2-3 lần sau ăn.',
  'Mỗi ngày 1/2 viên.',
  'Mỗi nhóm từ 2-3 người.',
  'Mỗi lớp từ 2-3 học sinh giỏi.',
  'Điểm thi đạt từ 8/10 trở lên.',
  'Nhận lương tháng 13 vào dịp Tết.',
  'Diện tích 2.032,4m2 đất vườn.',
  'Mất 6 tháng 4/2024 mới xong.',
];

