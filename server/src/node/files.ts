import { isUtf8 } from 'node:buffer';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { DocumentKind } from '../engine/types.js';

export const MARKDOWN_EXTENSIONS = ['.md', '.markdown', '.mdown', '.mkd'];
export const TEXT_EXTENSIONS = ['.txt'];

export function kindOf(file: string): DocumentKind {
  return MARKDOWN_EXTENSIONS.includes(path.extname(file).toLowerCase()) ? 'markdown' : 'plaintext';
}

export function isDraft(file: string): boolean {
  const ext = path.extname(file).toLowerCase();
  return MARKDOWN_EXTENSIONS.includes(ext) || TEXT_EXTENSIONS.includes(ext);
}

const SKIPPED_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out']);

/** Drafts under a folder, sorted, skipping dependency and hidden folders. */
export function collectDrafts(dir: string, out: string[] = []): string[] {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (!SKIPPED_DIRS.has(e.name) && !e.name.startsWith('.')) collectDrafts(p, out);
    } else if (e.isFile() && isDraft(e.name)) out.push(p);
  }
  return out;
}

export type Decoded = { ok: true; text: string; bom: boolean } | { ok: false; reason: string };

/** Decodes a draft: UTF-8 only; binary files and invalid UTF-8 are refused (and so never rewritten). */
export function decodeDraft(bytes: Uint8Array): Decoded {
  const probe = bytes.subarray(0, 8192);
  if (probe.includes(0)) return { ok: false, reason: 'tệp nhị phân, bỏ qua (binary file, skipped)' };
  // isUtf8 is native and fast; a fatal TextDecoder costs several times more on large files.
  if (!isUtf8(bytes)) return { ok: false, reason: 'không phải UTF-8 hợp lệ, bỏ qua (not valid UTF-8, skipped)' };
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  const bom = text.charCodeAt(0) === 0xfeff;
  return { ok: true, text: bom ? text.slice(1) : text, bom };
}

/** Writes through a temporary file and a rename, so a crash never leaves a half-written draft. */
export function writeAtomic(file: string, text: string, bom: boolean): void {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.bientap-${process.pid}.tmp`);
  const mode = fs.statSync(file).mode;
  try {
    fs.writeFileSync(tmp, (bom ? '\ufeff' : '') + text, { encoding: 'utf8', mode });
    fs.renameSync(tmp, file);
  } catch (error) {
    try {
      fs.unlinkSync(tmp);
    } catch {
      /* already gone */
    }
    throw error;
  }
}
