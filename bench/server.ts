/** Language-server measurements over stdio: edit-to-diagnostics latency and memory. */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';

export interface ServerFigures {
  edits: number;
  p50: number;
  p95: number;
  rssMb: number;
}

export async function measureServer(serverJs: string, draft: string, edits: number): Promise<ServerFigures> {
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
  for (let i = 0; i < edits; i++) {
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
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] * 100) / 100;

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
  return { edits, p50: pct(0.5), p95: pct(0.95), rssMb: Math.round(rssKb / 1024) };
}
