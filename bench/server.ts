/** Language-server measurements over stdio: edit-to-diagnostics latency and memory. */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';

export interface ServerFigures {
  /** Edits measured right after the draft is opened (the figure). */
  edits: number;
  /** Push clients (Neovim): edit → publishDiagnostics, including any push delay. */
  p50: number;
  p95: number;
  /** Pull clients (VS Code): edit → textDocument/diagnostic answered. */
  pullP50: number;
  pullP95: number;
  /** The same after those edits (a server that has been running: JIT and heap settled). */
  steadyEdits: number;
  steadyP50: number;
  steadyP95: number;
  steadyPullP50: number;
  steadyPullP95: number;
  rssMb: number;
}

function percentile(sorted: readonly number[], p: number): number {
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] * 100) / 100;
}

function figures(latencies: number[]): { p50: number; p95: number } {
  const s = [...latencies].sort((a, b) => a - b);
  return { p50: percentile(s, 0.5), p95: percentile(s, 0.95) };
}

async function measurePull(serverJs: string, draft: string, edits: number): Promise<number[]> {
  const child = spawn(process.execPath, [serverJs, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const conn = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  conn.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => null));
  conn.onRequest('client/registerCapability', () => null);
  conn.onRequest('workspace/diagnostic/refresh', () => null);
  conn.listen();
  await conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: { textDocument: { diagnostic: {} }, workspace: { configuration: true } } });
  await conn.sendNotification('initialized', {});
  const uri = 'file:///bench/pull.md';
  await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: draft } });
  await conn.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
  const lineCount = draft.split('\n').length;
  const latencies: number[] = [];
  for (let i = 0; i < edits; i++) {
    const line = (i * 37) % lineCount;
    const t0 = process.hrtime.bigint();
    await conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: i + 2 }, contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: 'a' }] });
    await conn.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
    latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  await conn.sendRequest('shutdown');
  await conn.sendNotification('exit');
  conn.dispose();
  child.kill();
  return latencies;
}

export async function measureServer(serverJs: string, draft: string, edits: number, steadyEdits: number): Promise<ServerFigures> {
  const child = spawn(process.execPath, [serverJs, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const conn = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const waiting = new Map<string, (version: number) => void>();
  conn.onNotification('textDocument/publishDiagnostics', (p: { uri: string; version?: number }) => {
    waiting.get(p.uri)?.(p.version ?? -1);
  });
  conn.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => null));
  conn.onRequest('client/registerCapability', () => null);
  conn.onRequest('window/workDoneProgress/create', () => null);
  conn.listen();
  await conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: { textDocument: { publishDiagnostics: { versionSupport: true } } } });
  await conn.sendNotification('initialized', {});

  const uri = 'file:///bench/draft.md';
  const published = (u: string, version: number) =>
    new Promise<void>((resolve) => {
      waiting.set(u, (v) => {
        if (v === -1 || v >= version) {
          waiting.delete(u);
          resolve();
        }
      });
    });
  let version = 1;
  let done = published(uri, version);
  await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text: draft } });
  await done;
  const latencies: number[] = [];
  const lineCount = draft.split('\n').length;
  for (let i = 0; i < edits + steadyEdits; i++) {
    version++;
    const line = (i * 37) % lineCount;
    done = published(uri, version);
    const t0 = process.hrtime.bigint();
    await conn.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: 'a' }],
    });
    await done;
    latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }

  for (let i = 0; i < 20; i++) {
    const u = `file:///bench/draft-${i}.md`;
    const d = published(u, 1);
    await conn.sendNotification('textDocument/didOpen', { textDocument: { uri: u, languageId: 'markdown', version: 1, text: draft } });
    await d;
  }
  const status = fs.readFileSync(`/proc/${child.pid}/status`, 'utf8');
  const rssKb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  await conn.sendRequest('shutdown');
  await conn.sendNotification('exit');
  conn.dispose();
  child.kill();
  const pull = await measurePull(serverJs, draft, edits + steadyEdits);
  const push1 = figures(latencies.slice(0, edits));
  const push2 = figures(latencies.slice(edits));
  const pull1 = figures(pull.slice(0, edits));
  const pull2 = figures(pull.slice(edits));
  return {
    edits,
    p50: push1.p50,
    p95: push1.p95,
    pullP50: pull1.p50,
    pullP95: pull1.p95,
    steadyEdits,
    steadyP50: push2.p50,
    steadyP95: push2.p95,
    steadyPullP50: pull2.p50,
    steadyPullP95: pull2.p95,
    rssMb: Math.round(rssKb / 1024),
  };
}
