import type { RangeTuple } from '../helpers.js';

/** The LSP range of the `occurrence`-th `needle` in `text` (UTF-16 offsets, any line breaks). */
export function span(text: string, needle: string, occurrence = 0): RangeTuple {
  let at = -1;
  for (let k = 0; k <= occurrence; k++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" not found in "${text}"`);
  }
  const pos = (offset: number): [number, number] => {
    let line = 0;
    let lineStart = 0;
    for (let i = 0; i < offset; i++) {
      const c = text[i];
      if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) {
        line++;
        lineStart = i + 1;
      }
    }
    return [line, offset - lineStart];
  };
  return [...pos(at), ...pos(at + needle.length)] as RangeTuple;
}

/** Texts every citation rule must leave alone (task §3 and vi-editorial-rules §1.6–1.10). */
export const QUIET: string[] = [
  'Đã có 8/8 chi bộ hoàn thành, 3/4 số xã đạt chuẩn.',
  'Trận đấu kết thúc với tỷ số 2-1.',
  'Nhiệm kỳ 2020-2025 và giai đoạn 2015 - 2020, 2021–2025.',
  'Họp từ 8-10 giờ sáng.',
  'Ngày 15/1/2024 và 15-1-2024, 15.1.2024.',
  'Gọi 0912-345-678 hoặc (024) 3825 1234.',
  'Nhà số 12/3 Lê Lợi, số 12/3A đường Trần Phú.',
  'Phiên bản 1.2.3, đường dẫn v2/api.',
  'Xem https://vbpl.vn/30-2020-ND-CP và tệp 30_2020_ND-CP.docx, 57-NQ-TW.pdf.',
  'Mã `58/NQ-TW` trong đoạn mã.',
  '```\nNghị quyết số 58/NQ-TW\n```',
  'Quyết định số 1090/QĐ-UB ngày 19/7/2005 của UBND thị xã.',
  'Công văn số 100/TTg, Sắc lệnh số 23/SL, Nghị định 50/CP và Nghị định 64-CP.',
  'Thông tri số 25/TT-MTTW-BTT của Ban Thường trực.',
  'Quyết định số 367-QĐ/TWĐTN-VP của Ban Bí thư Trung ương Đoàn.',
  'Nghị quyết số 1663/NQ-UBTVQH15 ngày 16/6/2025.',
  'Nghị quyết số 66.7/2025/NQ-CP của Chính phủ.',
  'Văn bản hợp nhất số 03/VBHN-VPQH.',
  'Nghị quyết số 15-NQ/ThU của Thị ủy.',
  'Quy chế số 05-QC/BTCTU-BDVTU.',
  'Số: 97-QĐ/TW',
  'Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị.',
  'Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ.',
  'Quyết định số 977/QĐ-TTg ngày 07/7/2020; Công văn số 73/TTg-CN; Luật số 59/2020/QH14.',
  'Nghị quyết 57, Nghị định 30, NĐ 30/2020, Quyết định 977 là cách viết tắt quen thuộc.',
  'Ủy ban kiểm tra đã kỷ luật 429 trường hợp.',
  'Quy định số 12/QĐ-UBND của UBND tỉnh.',
  'Quyết định số 343-QĐNS/TW, ngày 13/8/2016 của Bộ Chính trị.',
  'Đội nhà thắng 3-1, tỷ số 1 - 0; U23 Việt Nam; lớp 12A1; Quốc lộ 1A, km 12+500; COVID-19, SARS-CoV-2, 5G.',
  'Mã số thuế 0101234567-001, điện thoại 0243.825.1234, 7h30-8h, mức 8,3 - 8,5%, phục vụ 24/7, Đ/c Nguyễn Văn A.',
  'Biển số 30A-123.45 và 29-B1 123.45; Phòng 301/A; ISO 9001:2015; Tổ 5 - KP2; Số 1 - Tràng Tiền; Đường 3/2.',
  'NGHỊ QUYẾT 57-NQ/TW: ĐỘT PHÁ PHÁT TRIỂN KHOA HỌC, CÔNG NGHỆ',
  'Theo Quyết định 123 - UBND tỉnh giao; Kế hoạch 2 - CP đề ra.',
  'Luật Đất đai 2024 (Luật số 31/2024/QH15); Nghị định 168/2024/NĐ-CP; Nghị định 123/2024; Công văn 1234/BNV-CCVC.',
  'Bộ Chính trị ban hành 18 NQ/TW trong nhiệm kỳ; Nghị quyết Trung ương 4 khóa XII; Hội nghị Trung ương 8.',
];
