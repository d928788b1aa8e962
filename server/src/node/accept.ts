import { applyEdits, modify, parse, type Edit } from 'jsonc-parser';

/**
 * "Accept this form in this workspace": the edit that adds a flagged form to
 * `"accept"` of a `.bientap.json`, per rule. Comments and formatting of an
 * existing file are kept (jsonc-parser's `modify`); a missing file is created.
 */
export interface AcceptEdit {
  /** The file did not exist: create it with `newText`. */
  create: boolean;
  /** Edits to the existing text (offset/length/content), empty when creating. */
  edits: Edit[];
  /** The whole file after the edit. */
  newText: string;
}

const FORMAT = { formattingOptions: { insertSpaces: true, tabSize: 2, eol: '\n' } };

export function acceptFormEdit(existing: string | undefined, rule: string, form: string): AcceptEdit | undefined {
  const normalizedForm = form.normalize('NFC');
  if (existing === undefined || existing.trim() === '') {
    const newText = JSON.stringify({ accept: { [rule]: [normalizedForm] } }, null, 2) + '\n';
    return { create: existing === undefined, edits: existing === undefined ? [] : [{ offset: 0, length: existing.length, content: newText }], newText };
  }
  const current = parse(existing, [], { allowTrailingComma: true }) as { accept?: Record<string, string[]> } | undefined;
  const list = current?.accept?.[rule];
  if (list?.includes(normalizedForm)) return undefined;
  const path = list ? ['accept', rule, list.length] : current?.accept ? ['accept', rule] : ['accept'];
  const value = list ? normalizedForm : current?.accept ? [normalizedForm] : { [rule]: [normalizedForm] };
  const edits = modify(existing, path, value, { ...FORMAT, isArrayInsertion: Boolean(list) });
  return { create: false, edits, newText: applyEdits(existing, edits) };
}
