/** Strings the language server shows (action titles, hovers, notifications), in both message languages. */
import type { MessageLanguage } from '../engine/types.js';

const STRINGS = {
  fixAllRule: { vi: 'Sửa mọi lỗi "{rule}" trong tệp này', en: 'Fix all "{rule}" problems in this file' },
  fixAll: { vi: 'Bientap: sửa mọi lỗi sửa được trong tệp này', en: 'Bientap: fix all fixable problems in this file' },
  disableLine: { vi: 'Tắt "{rule}" cho dòng này', en: 'Turn off "{rule}" for this line' },
  disableFile: { vi: 'Tắt "{rule}" cho cả tệp này', en: 'Turn off "{rule}" for this file' },
  correctForm: { vi: 'Cách viết đúng', en: 'Correct form' },
  why: { vi: 'Lý do', en: 'Why' },
  docs: { vi: 'Tài liệu quy tắc', en: 'Rule documentation' },
  tooLarge: {
    vi: 'Bientap không kiểm tra {file}: tệp lớn {size} MB, vượt giới hạn bientap.maxFileSize ({max} MB).',
    en: 'Bientap does not check {file}: it is {size} MB, above bientap.maxFileSize ({max} MB).',
  },
  configProblem: {
    vi: 'Bientap: tệp cấu hình {file} có lỗi ({problem}); tạm dùng thiết lập mặc định.',
    en: 'Bientap: the configuration file {file} is invalid ({problem}); using the default settings.',
  },
  expandCitation: { vi: 'Viết đầy đủ trích dẫn: {citation}', en: 'Write the full citation: {citation}' },
  acceptForm: { vi: 'Chấp nhận "{form}" cho "{rule}" trong workspace này ({file})', en: 'Accept "{form}" for "{rule}" in this workspace ({file})' },
  ruleFailed: { vi: 'Quy tắc {rule} gặp lỗi và bị bỏ qua: {error}', en: 'Rule {rule} failed and was skipped: {error}' },
} as const;

export type StringId = keyof typeof STRINGS;

export function t(id: StringId, lang: MessageLanguage, data: Record<string, string | number> = {}): string {
  return STRINGS[id][lang].replace(/\{(\w+)\}/g, (whole, key: string) => (key in data ? String(data[key]) : whole));
}
