/**
 * Editor settings (`bientap.*`) as sent by the client, and how they combine
 * with `.bientap.json`. Pure: no LSP, no file system.
 */
import { defaultSettings, mergeSettings, type PartialSettings, type Settings } from '../engine/settings.js';
import type { MessageLanguage, SeveritySetting } from '../engine/types.js';

export type MessageLanguageSetting = 'auto' | MessageLanguage;

export interface EditorSettings {
  enable: boolean;
  /** Language ids that are checked. */
  languages: string[];
  /** `undefined`: not set by the user (then `.bientap.json`, then the client's locale decide). */
  messageLanguage?: MessageLanguageSetting;
  /** Values the user set in the editor; unset keys leave `.bientap.json` in charge. */
  overrides: PartialSettings;
  /** Documents larger than this (UTF-8 bytes) are not checked. */
  maxFileSize: number;
}

export const DEFAULT_LANGUAGES = ['markdown', 'plaintext'];
export const DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024;

const DATE_STYLES = ['auto', 'dash', 'slash', 'dot', 'long'] as const;
const TONE_STYLES = ['auto', 'old', 'new'] as const;
const PROFILES = ['official', 'press'] as const;
const SEVERITIES = ['error', 'warning', 'information', 'hint', 'off'] as const;
const RULE_KEY = /^[a-z]+\/(?:[a-z0-9-]+|\*)$/;

export function defaultEditorSettings(): EditorSettings {
  return { enable: true, languages: [...DEFAULT_LANGUAGES], overrides: {}, maxFileSize: DEFAULT_MAX_FILE_SIZE };
}

function oneOf<T extends string>(values: readonly T[], v: unknown): T | undefined {
  return typeof v === 'string' && (values as readonly string[]).includes(v) ? (v as T) : undefined;
}

/** Reads a dotted key (`date.style`) from a nested object or a flat one (`{"date.style": …}`). */
function read(raw: Record<string, unknown>, key: string): unknown {
  if (key in raw) return raw[key];
  let cur: unknown = raw;
  for (const part of key.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}

/**
 * Validates whatever the client sent for the `bientap` section. Unknown or
 * ill-typed values are ignored (never thrown on): a typo in the editor's
 * settings must not stop checking. `null` means "not set".
 */
export function parseEditorSettings(raw: unknown): EditorSettings {
  const out = defaultEditorSettings();
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return out;
  const r = raw as Record<string, unknown>;
  const enable = read(r, 'enable');
  if (typeof enable === 'boolean') out.enable = enable;
  const languages = read(r, 'languages');
  if (Array.isArray(languages)) out.languages = languages.filter((l): l is string => typeof l === 'string' && l.length > 0);
  const maxFileSize = read(r, 'maxFileSize');
  if (typeof maxFileSize === 'number' && Number.isFinite(maxFileSize) && maxFileSize > 0) out.maxFileSize = maxFileSize;
  out.messageLanguage = oneOf(['auto', 'vi', 'en'] as const, read(r, 'messageLanguage'));

  const o: PartialSettings = {};
  const dateStyle = oneOf(DATE_STYLES, read(r, 'date.style'));
  const leading = read(r, 'date.leadingZero');
  const leadingZero = typeof leading === 'boolean' || leading === 'auto' ? leading : undefined;
  if (dateStyle !== undefined || leadingZero !== undefined) {
    o.date = {};
    if (dateStyle !== undefined) o.date.style = dateStyle;
    if (leadingZero !== undefined) o.date.leadingZero = leadingZero;
  }
  const tone = oneOf(TONE_STYLES, read(r, 'tone.style'));
  if (tone) o.tone = { style: tone };
  const profile = oneOf(PROFILES, read(r, 'capitalization.profile'));
  if (profile) o.capitalization = { profile };
  const rules = read(r, 'rules');
  if (rules && typeof rules === 'object' && !Array.isArray(rules)) {
    const picked: Record<string, SeveritySetting> = {};
    for (const [id, sev] of Object.entries(rules as Record<string, unknown>)) {
      const s = oneOf(SEVERITIES, sev);
      if (s && RULE_KEY.test(id)) picked[id] = s;
    }
    if (Object.keys(picked).length) o.rules = picked;
  }
  out.overrides = o;
  return out;
}

/** The language of the client's user interface (`initialize` `locale`), reduced to a message language. */
export function localeLanguage(locale: string | undefined): MessageLanguage | undefined {
  if (!locale) return undefined;
  return /^vi\b/i.test(locale) ? 'vi' : 'en';
}

/**
 * The message language: an explicit `vi`/`en` in the editor wins; an explicit
 * `auto` follows the client's locale; when unset, `.bientap.json` decides,
 * then the locale, then Vietnamese.
 */
export function chooseMessageLanguage(setting: MessageLanguageSetting | undefined, fileLanguage: MessageLanguage | undefined, locale: string | undefined): MessageLanguage {
  if (setting === 'vi' || setting === 'en') return setting;
  const fromLocale = localeLanguage(locale);
  if (setting === 'auto') return fromLocale ?? 'vi';
  return fileLanguage ?? fromLocale ?? 'vi';
}

/** Engine settings for one document: defaults, then `.bientap.json`, then the editor (editor wins). */
export function effectiveSettings(editor: EditorSettings, file: PartialSettings | undefined, locale: string | undefined): Settings {
  const merged = mergeSettings(defaultSettings(), file, editor.overrides);
  merged.language = chooseMessageLanguage(editor.messageLanguage, file?.language, locale);
  return merged;
}
