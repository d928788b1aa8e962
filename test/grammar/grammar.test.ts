/**
 * Runs the TextMate grammar tests (`*.test.md`, `*.test.txt` in this folder)
 * with vscode-tmgrammar-test. The injection is applied over minimal Markdown
 * and plain-text base grammars (VS Code's own are not installed here).
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
const bin = path.join(root, 'node_modules/.bin/vscode-tmgrammar-test');
const config = path.join(__dirname, 'grammars.json');

function run(pattern: string) {
  return spawnSync(bin, ['--config', config, pattern], { cwd: root, encoding: 'utf8', timeout: 60_000 });
}

describe('TextMate injection grammar', () => {
  const files = fs.readdirSync(__dirname).filter((f) => /\.test\.(md|txt)$/.test(f));
  let result: ReturnType<typeof run> | undefined;
  const all = () => (result ??= run('test/grammar/*.test.{md,txt}'));

  it('passes every grammar test file', () => {
    const r = all();
    expect(r.status, r.stdout + r.stderr).toBe(0);
  });

  for (const file of files) {
    it(file, () => {
      expect(all().stdout).toContain(`✓ test/grammar/${file} run successfuly`);
    });
  }

  it('the runner reports a wrong expectation (the tests can fail)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bientap-grammar-'));
    try {
      const file = path.join(dir, 'wrong.test.md');
      fs.writeFileSync(file, '<!-- SYNTAX TEST "text.html.markdown" "wrong on purpose"\nTheo Nghị quyết số 57-NQ/TW.\n<!--               ^^^^^^^^ constant.other.symbol.state.bientap\n');
      const r = run(file);
      expect(r.status).not.toBe(0);
      expect(r.stdout).toContain('missing required scopes: constant.other.symbol.state.bientap');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('matches in linear time on long hostile lines', () => {
    const grammar = JSON.parse(fs.readFileSync(path.join(root, 'syntaxes/bientap.injection.json'), 'utf8'));
    // Oniguruma syntax that JavaScript also accepts once \u escapes are fine: check each pattern on 100 kB lines.
    const lines = ['1-1-1-'.repeat(20000), '1/1/1/'.repeat(20000), 'Nghị quyết số '.repeat(8000), '12-NQ/TW/'.repeat(12000)];
    for (const [name, rule] of Object.entries(grammar.repository) as [string, { match: string }][]) {
      const re = new RegExp(rule.match, 'gu');
      for (const line of lines) {
        const t = Date.now();
        line.replace(re, '');
        expect(Date.now() - t, `${name} on ${line.slice(0, 12)}…`).toBeLessThan(500);
      }
    }
  });
});
