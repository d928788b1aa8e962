import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRules } from '../server/src/rules/index.js';

const ROOT = path.resolve(__dirname, '..');
const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');

describe('documentation', () => {
  it.each(allRules.map((r) => [r.meta.id, r] as const))('%s has a docs page with wrong and right examples, and a README row', (id, rule) => {
    const page = path.join(ROOT, 'docs/rules', `${id}.md`);
    expect(fs.existsSync(page), `missing ${page}`).toBe(true);
    const text = fs.readFileSync(page, 'utf8');
    expect(text).toContain(id);
    expect(text).toMatch(/Sai|Không đúng/);
    expect(text).toMatch(/Đúng/);
    expect(readme).toContain(`[\`${id}\`](docs/rules/${id}.md)`);
    expect(rule.meta.description.vi.length).toBeGreaterThan(10);
    expect(rule.meta.description.en.length).toBeGreaterThan(10);
  });

  it('README opens with the two commands for a fresh machine', () => {
    const head = readme.split('\n').slice(0, 12).join('\n');
    expect(head).toContain('npm ci && npx bientap check samples/');
    expect(head).toContain('npm ci && npm test');
  });
});
