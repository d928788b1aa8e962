/** The extension manifest (`package.json` contributes) agrees with the code, the schema and both translations. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EDITOR_KEYS, LAYERED_KEYS } from '../../client/src/logic.js';

const root = path.resolve(__dirname, '../..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const en = JSON.parse(fs.readFileSync(path.join(root, 'package.nls.json'), 'utf8'));
const vi = JSON.parse(fs.readFileSync(path.join(root, 'package.nls.vi.json'), 'utf8'));
const extension = fs.readFileSync(path.join(root, 'client/src/extension.ts'), 'utf8');

describe('package.json contributes', () => {
  it('starts from the bundled client and activates on Markdown, plain text and .bientap.json', () => {
    expect(pkg.main).toBe('./dist/client.js');
    expect(pkg.activationEvents).toEqual(['onLanguage:markdown', 'onLanguage:plaintext', 'workspaceContains:**/.bientap.json']);
  });

  it('every %key% has an English and a Vietnamese text, and no text is unused', () => {
    const keys = new Set([...JSON.stringify(pkg.contributes).matchAll(/%([^%"]+)%/g)].map((m) => m[1]));
    expect([...keys].filter((k) => !(k in en))).toEqual([]);
    expect([...keys].filter((k) => !(k in vi))).toEqual([]);
    expect(Object.keys(en).sort()).toEqual([...keys].sort());
    expect(Object.keys(vi).sort()).toEqual(Object.keys(en).sort());
  });

  it('contributes exactly the settings the client forwards to the server, each with a markdownDescription', () => {
    const props = pkg.contributes.configuration.properties;
    expect(Object.keys(props).sort()).toEqual([...LAYERED_KEYS, ...EDITOR_KEYS].map((k) => `bientap.${k}`).sort());
    for (const p of Object.values(props) as { markdownDescription?: string }[]) expect(p.markdownDescription).toMatch(/^%config\./);
  });

  it('enum values of the settings match the .bientap.json schema', () => {
    const schema = JSON.parse(fs.readFileSync(path.join(root, 'schemas/bientap.schema.json'), 'utf8'));
    const props = pkg.contributes.configuration.properties;
    expect(props['bientap.date.style'].enum).toEqual(schema.properties.date.properties.style.enum);
    expect(props['bientap.date.leadingZero'].enum.slice().sort()).toEqual(schema.properties.date.properties.leadingZero.enum.slice().sort());
    expect(props['bientap.tone.style'].enum).toEqual(schema.properties.tone.properties.style.enum);
    expect(props['bientap.capitalization.profile'].enum).toEqual(schema.properties.capitalization.properties.profile.enum);
    expect(props['bientap.rules'].additionalProperties.enum).toEqual(schema.definitions.severity.enum);
  });

  it('every contributed command is registered by the extension', () => {
    const ids = pkg.contributes.commands.map((c: { command: string }) => c.command);
    expect(ids).toEqual(['bientap.fixAll', 'bientap.checkWorkspace', 'bientap.openRuleDocs']);
    for (const id of ids) expect(extension).toContain(`registerCommand('${id}'`);
    expect(en['command.fixAll']).toBe('Fix all problems in this file');
  });

  it('validates .bientap.json with the schema and injects the grammar into Markdown and plain text', () => {
    expect(pkg.contributes.jsonValidation).toEqual([{ fileMatch: '.bientap.json', url: './schemas/bientap.schema.json' }]);
    const [g] = pkg.contributes.grammars;
    expect(g.injectTo).toEqual(['text.html.markdown', 'text.plain']);
    const grammar = JSON.parse(fs.readFileSync(path.join(root, g.path), 'utf8'));
    expect(grammar.scopeName).toBe(g.scopeName);
  });
});
