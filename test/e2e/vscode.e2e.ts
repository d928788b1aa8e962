/**
 * Real VS Code (code-server 4.100.3, VS Code 1.100.3) in headless Chromium,
 * driven by playwright-core: the packaged .vsix is installed into a fresh
 * code-server and used as a journalist would. Screenshots of each step go to
 * test-output/e2e/.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, startCodeServer, type CodeServer } from './code-server.js';

const OUT = path.join(ROOT, 'test-output/e2e');
const VSIX = path.join(ROOT, `bientap-${JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version}.vsix`);

const DRAFT = [
  '# Tỉnh ủy triển khai chuyển đổi số',
  '',
  'Sáng 14-3-2025, Ban thường vụ Tỉnh ủy quán triệt Nghị quyết số 57/NQ-TW ngày 22-12-2024 của Bộ Chính trị.',
  '',
  'Theo kế hoạch, ngày 31-6-2025 các xã hoàn thành số hóa; hội nghị tiếp theo vào ngày 17/3/2025.',
  '',
].join('\n');
const SAVE_DRAFT = 'Hội nghị quán triệt Nghị quyết số 57/NQ-TW ngày 22-12-2024 của Bộ Chính trị; Ban thường vụ Tỉnh ủy chỉ đạo, hạn chót ngày 30/6/2025 và ngày 5-7-2025.\n';
const SAVE_FIXED = 'Hội nghị quán triệt Nghị quyết số 57-NQ/TW ngày 22-12-2024 của Bộ Chính trị; Ban Thường vụ Tỉnh ủy chỉ đạo, hạn chót ngày 30-6-2025 và ngày 5-7-2025.\n';
const STYLE_DRAFT = 'Ngày 5-7-2025 và ngày 6-7-2025, Ủy ban nhân dân tỉnh họp về kế hoạch năm.\n';

let server: CodeServer;
let browser: Browser;
let page: Page;
let home: string;
let workspace: string;
let step = 0;

async function shot(name: string): Promise<void> {
  step++;
  await page.screenshot({ path: path.join(OUT, `${String(step).padStart(2, '0')}-${name}.png`) });
}

async function openFile(name: string): Promise<void> {
  // Quick Open is flaky under load; the Explorer is reliable.
  const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: name }).first();
  await row.waitFor({ timeout: 60_000 });
  await row.click();
  await page.locator(`.tab[data-resource-name="${name}"]`).waitFor({ timeout: 30_000 });
  await page.locator('.monaco-editor .view-lines').first().click();
}

function editorText(): Promise<string> {
  return page.locator('.monaco-editor .view-lines').first().innerText().then((t) => t.replace(/\u00a0/g, ' '));
}

async function goTo(line: number, column: number): Promise<void> {
  // Give the editor the focus back (the Problems panel may have it), then jump.
  await page.locator('.monaco-editor .view-lines').first().click();
  await page.keyboard.press('Control+G');
  await page.keyboard.type(`${line}:${column}`);
  await page.keyboard.press('Enter');
}

async function problemRows(): Promise<string[]> {
  return page.locator('.markers-panel .monaco-list-row').allInnerTexts();
}

describe('Bientap in real VS Code (code-server)', () => {
  beforeAll(async () => {
    fs.rmSync(OUT, { recursive: true, force: true });
    fs.mkdirSync(OUT, { recursive: true });
    if (!fs.existsSync(VSIX)) throw new Error(`${VSIX} missing: run npm run package first (npm run test:e2e does)`);
    home = fs.mkdtempSync(path.join(os.tmpdir(), 'bientap-e2e-'));
    workspace = path.join(home, 'drafts');
    fs.mkdirSync(workspace);
    fs.writeFileSync(path.join(workspace, 'draft.md'), DRAFT);
    fs.writeFileSync(path.join(workspace, 'save.md'), SAVE_DRAFT);
    fs.writeFileSync(path.join(workspace, 'style.md'), STYLE_DRAFT);
    server = await startCodeServer({
      vsix: VSIX,
      workspace,
      home,
      settings: { 'editor.codeActionsOnSave': { 'source.fixAll.bientap': 'explicit' }, 'bientap.messageLanguage': 'vi', 'files.autoSave': 'off' },
    });
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(server.url);
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  }, 240_000);

  afterAll(async () => {
    if (page && expect.getState().currentTestName === undefined) await shot('end').catch(() => {});
    await browser?.close();
    if (server) {
      const logs = server.logs();
      fs.writeFileSync(path.join(OUT, 'code-server.log'), logs);
      await server.stop();
    }
    if (home) fs.rmSync(home, { recursive: true, force: true });
  });

  it('1. shows squiggles of the right severities and the rows in the Problems panel', async () => {
    await openFile('draft.md');
    await page.locator('.monaco-editor .squiggly-error').first().waitFor({ timeout: 90_000 });
    await page.locator('.monaco-editor .squiggly-warning').first().waitFor({ timeout: 30_000 });
    await page.keyboard.press('Control+Shift+M');
    await page.locator('.markers-panel .monaco-list-row').first().waitFor({ timeout: 30_000 });
    await expect.poll(async () => (await problemRows()).join('\n'), { timeout: 30_000 }).toContain('citation/symbol-order');
    const rows = (await problemRows()).join('\n');
    expect(rows).toContain('57-NQ/TW');
    expect(rows).toContain('date/invalid');
    expect(rows).toContain('capitalization/organization');
    await shot('squiggles-and-problems');
  });

  it('2. explains a flagged symbol on hover', async () => {
    await page.keyboard.press('Escape');
    await goTo(3, 66);
    await page.waitForTimeout(300);
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+I');
    // VS Code shows the problem and then the hover provider's part; read the whole widget.
    await page.locator('.monaco-hover').filter({ hasText: '57-NQ/TW' }).first().waitFor({ timeout: 30_000 });
    await expect.poll(async () => (await page.locator('.monaco-hover').allInnerTexts()).join('\n'), { timeout: 30_000 }).toContain('Cách viết đúng');
    const text = (await page.locator('.monaco-hover').allInnerTexts()).join('\n');
    expect(text).toContain('citation/symbol-order');
    // the record of the cited document, from the registry
    expect(text).toContain('Bộ Chính trị');
    await shot('hover');
    await page.keyboard.press('Escape');
  });

  it('3. applies a quick fix with the keyboard', async () => {
    await goTo(3, 66);
    await page.keyboard.press('Control+.');
    const rows = page.locator('.action-widget .monaco-list-row');
    await rows.first().waitFor({ timeout: 30_000 });
    const titles = await rows.allInnerTexts();
    const index = titles.findIndex((t) => t.includes('57-NQ/TW'));
    expect(index, titles.join(' | ')).toBeGreaterThanOrEqual(0);
    await shot('quick-fix-menu');
    // Mouse clicks are intercepted by the menu's pointer block: use the keyboard from the focused row.
    const focusedFlags = await rows.evaluateAll((els) => els.map((e) => e.classList.contains('focused')));
    const focused = focusedFlags.indexOf(true);
    for (let i = focused; i < index; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(editorText, { timeout: 30_000 }).toContain('Nghị quyết số 57-NQ/TW ngày');
    await shot('quick-fix-applied');
  });

  it('4. fixes every fixable problem in one save', async () => {
    await openFile('save.md');
    await page.locator('.monaco-editor .squiggly-error').first().waitFor({ timeout: 90_000 });
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' ');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Control+S');
    await expect.poll(() => fs.readFileSync(path.join(workspace, 'save.md'), 'utf8'), { timeout: 30_000 }).toBe(SAVE_FIXED);
    await shot('fixed-on-save');
  });

  it('5. follows a change of bientap.date.style without a reload', async () => {
    await openFile('style.md');
    const editor = page.locator('.editor-group-container.active .monaco-editor');
    // dash dates, dash style by majority: no finding in this draft
    await expect.poll(() => page.locator('.statusbar-item', { hasText: 'Bientap:' }).first().innerText(), { timeout: 30_000 }).toContain('không có lỗi');
    expect(await editor.locator('.squiggly-warning').count()).toBe(0);
    await shot('before-setting-change');
    // Workspace settings, as the Settings editor writes them.
    fs.mkdirSync(path.join(workspace, '.vscode'), { recursive: true });
    fs.writeFileSync(path.join(workspace, '.vscode', 'settings.json'), JSON.stringify({ 'bientap.date.style': 'slash' }, null, 2));
    await expect.poll(() => editor.locator('.squiggly-warning').count(), { timeout: 60_000 }).toBeGreaterThanOrEqual(2);
    await page.keyboard.press('Control+Shift+M');
    await expect.poll(async () => (await problemRows()).join('\n'), { timeout: 30_000 }).toContain('"5/7/2025"');
    await shot('setting-changed');
  });

  it('6. shows the count of the active draft in the status bar', async () => {
    const item = page.locator('.statusbar-item', { hasText: 'Bientap:' }).first();
    await item.waitFor({ timeout: 30_000 });
    // style.md now has its two dates in the wrong style
    await expect.poll(() => item.innerText(), { timeout: 30_000 }).toContain('Bientap: 2 lỗi');
    await shot('status-bar');
  });
});
