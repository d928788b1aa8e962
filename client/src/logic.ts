/**
 * The extension's pure logic, free of the `vscode` module so it can be unit
 * tested: document selectors, which settings the user set, problem counts,
 * the UI language, and the rule list for the docs quick pick.
 */

export const SECTION = 'bientap';
export const DEFAULT_LANGUAGES = ['markdown', 'plaintext'];
export const SCHEMES = ['file', 'untitled'];

export interface DocumentFilter {
  language: string;
  scheme: string;
}

/** `bientap.languages` to a document selector: each language, on disk and untitled. Falls back to the defaults when empty or invalid. */
export function documentSelector(languages: unknown): DocumentFilter[] {
  const list = Array.isArray(languages) ? [...new Set(languages.filter((l): l is string => typeof l === 'string' && l.trim() !== '').map((l) => l.trim()))] : [];
  const langs = list.length ? list : DEFAULT_LANGUAGES;
  return langs.flatMap((language) => SCHEMES.map((scheme) => ({ language, scheme })));
}

/** Keys of `bientap.*` that also exist in `.bientap.json`: sent to the server only when the user set them, so `.bientap.json` keeps its say. */
export const LAYERED_KEYS = ['messageLanguage', 'date.style', 'date.leadingZero', 'tone.style', 'capitalization.profile', 'rules'] as const;
/** Editor-only keys: always sent (their defaults included). */
export const EDITOR_KEYS = ['enable', 'languages', 'maxFileSize'] as const;

/** The shape of `WorkspaceConfiguration.inspect()`. */
export interface Inspected<T = unknown> {
  defaultValue?: T;
  globalValue?: T;
  workspaceValue?: T;
  workspaceFolderValue?: T;
}

/**
 * The settings object for the server's `workspace/configuration` request:
 * the most specific explicitly set value of each layered key, and the
 * effective value of each editor-only key. Flat dotted keys.
 */
export function explicitSettings(inspect: (key: string) => Inspected | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of LAYERED_KEYS) {
    const i = inspect(key);
    const v = i?.workspaceFolderValue ?? i?.workspaceValue ?? i?.globalValue;
    if (v !== undefined && v !== null) out[key] = v;
  }
  for (const key of EDITOR_KEYS) {
    const i = inspect(key);
    const v = i?.workspaceFolderValue ?? i?.workspaceValue ?? i?.globalValue ?? i?.defaultValue;
    if (v !== undefined && v !== null) out[key] = v;
  }
  return out;
}

/** Whether a change of settings needs the client restarted (the document selector is fixed at start). */
export function needsRestart(affects: (section: string) => boolean): boolean {
  return affects(`${SECTION}.languages`);
}

/** Bientap's problems among a document's diagnostics. */
export function countProblems(diagnostics: readonly { source?: string }[]): number {
  let n = 0;
  for (const d of diagnostics) if (d.source === 'bientap') n++;
  return n;
}

export type UiLanguage = 'vi' | 'en';

/** The language of the extension's own texts: the setting when explicit, else VS Code's display language. */
export function uiLanguage(setting: unknown, displayLanguage: string | undefined): UiLanguage {
  if (setting === 'vi' || setting === 'en') return setting;
  return displayLanguage && /^vi\b/i.test(displayLanguage) ? 'vi' : 'en';
}

const UI = {
  status: { vi: 'Bientap: {n} lỗi', en: 'Bientap: {n} problems' },
  statusOne: { vi: 'Bientap: 1 lỗi', en: 'Bientap: 1 problem' },
  statusNone: { vi: 'Bientap: không có lỗi', en: 'Bientap: no problems' },
  statusTooltip: { vi: 'Lỗi biên tập trong bản thảo này. Bấm để mở bảng Problems.', en: 'Copy-desk problems in this draft. Click to open the Problems panel.' },
  nothingToFix: { vi: 'Bientap: không có lỗi nào sửa tự động được trong tệp này.', en: 'Bientap: nothing in this file can be fixed automatically.' },
  noEditor: { vi: 'Bientap: hãy mở một bản thảo trước.', en: 'Bientap: open a draft first.' },
  pickRule: { vi: 'Chọn quy tắc để xem tài liệu', en: 'Pick a rule to open its documentation' },
  checking: { vi: 'Bientap đang kiểm tra mọi bản thảo trong thư mục làm việc…', en: 'Bientap is checking every draft in the workspace…' },
  checked: { vi: 'Bientap: đã kiểm tra {files} bản thảo, {problems} lỗi.', en: 'Bientap: checked {files} drafts, {problems} problems.' },
} as const;

export function ui(id: keyof typeof UI, lang: UiLanguage, data: Record<string, string | number> = {}): string {
  return UI[id][lang].replace(/\{(\w+)\}/g, (w, k: string) => (k in data ? String(data[k]) : w));
}

/** The status bar text for a count. */
export function statusText(count: number, lang: UiLanguage): string {
  const icon = count > 0 ? '$(warning)' : '$(check)';
  const text = count === 0 ? ui('statusNone', lang) : count === 1 ? ui('statusOne', lang) : ui('status', lang, { n: count });
  return `${icon} ${text}`;
}

export interface RuleInfo {
  id: string;
  description: { vi: string; en: string };
  defaultSeverity: string;
  fixable: boolean;
  docs: string;
}

export interface RulePickItem {
  label: string;
  description: string;
  detail: string;
  docs: string;
}

/** Quick-pick items for "Open rule documentation", sorted by id. */
export function rulePickItems(rules: readonly RuleInfo[], lang: UiLanguage): RulePickItem[] {
  return [...rules]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((r) => ({
      label: r.id,
      description: `${r.defaultSeverity}${r.fixable ? (lang === 'vi' ? ' · sửa được' : ' · fixable') : ''}`,
      detail: r.description[lang] ?? r.description.vi,
      docs: r.docs,
    }));
}
