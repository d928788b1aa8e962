/**
 * A tiny LSP client for tests: starts the bundled `dist/server.js --stdio`
 * and speaks to it with vscode-languageserver-protocol.
 */
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { PassThrough } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { createConnection as createServerConnection, ProposedFeatures, StreamMessageReader as ServerReader, StreamMessageWriter as ServerWriter } from 'vscode-languageserver/node';
import { LineIndex } from '../../server/src/engine/text.js';
import type { Rule } from '../../server/src/engine/types.js';
import { BientapService } from '../../server/src/lsp/service.js';
import {
  ConfigurationRequest,
  createProtocolConnection,
  DiagnosticRefreshRequest,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShowMessageNotification,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type ConfigurationParams,
  type Diagnostic,
  type InitializeResult,
  type LogMessageParams,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Range,
  type Registration,
  type ShowMessageParams,
  type TextEdit,
  type WorkspaceEdit,
  LogMessageNotification,
  ApplyWorkspaceEditRequest,
} from 'vscode-languageserver-protocol/node';

export const ROOT = path.resolve(__dirname, '../..');
export const SERVER = path.join(ROOT, 'dist/server.js');

/** Builds `dist/` when the server bundle is missing or older than its sources. */
export function ensureBuilt(): void {
  const newest = (dir: string): number => {
    let t = 0;
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      t = Math.max(t, e.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
    }
    return t;
  };
  const built = fs.existsSync(SERVER) ? fs.statSync(SERVER).mtimeMs : 0;
  if (built >= newest(path.join(ROOT, 'server/src'))) return;
  const r = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`build failed: ${r.stderr}`);
}

export const PUSH_CAPABILITIES: ClientCapabilities = {
  workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true }, didChangeWatchedFiles: { dynamicRegistration: true }, workspaceEdit: { documentChanges: true } },
  textDocument: { synchronization: { dynamicRegistration: false }, publishDiagnostics: { relatedInformation: true, versionSupport: true }, codeAction: {}, hover: { contentFormat: ['markdown', 'plaintext'] } },
  window: { showMessage: {} },
};

export const PULL_CAPABILITIES: ClientCapabilities = {
  ...PUSH_CAPABILITIES,
  workspace: { ...PUSH_CAPABILITIES.workspace, diagnostics: { refreshSupport: true } },
  textDocument: { ...PUSH_CAPABILITIES.textDocument, diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } },
};

/** Neovim 0.7-like: no pull diagnostics, no workspace/configuration, no dynamic registration, plain `changes` edits. */
export const NVIM07_CAPABILITIES: ClientCapabilities = {
  workspace: { applyEdit: true, workspaceEdit: { resourceOperations: ['rename', 'create', 'delete'] } },
  textDocument: { publishDiagnostics: { relatedInformation: true }, codeAction: {}, hover: { contentFormat: ['markdown', 'plaintext'] } },
};

export interface StartOptions {
  capabilities?: ClientCapabilities;
  rootDir?: string;
  locale?: string;
  /** Answer to `workspace/configuration` for the `bientap` section. */
  settings?: (scopeUri: string | undefined) => unknown;
  initializationOptions?: unknown;
}

export class TestClient {
  readonly published = new Map<string, PublishDiagnosticsParams[]>();
  readonly messages: ShowMessageParams[] = [];
  readonly logs: LogMessageParams[] = [];
  readonly registrations: Registration[] = [];
  refreshes = 0;
  configurationRequests = 0;
  stderr = '';
  settings: (scopeUri: string | undefined) => unknown;
  initializeResult!: InitializeResult;
  private versions = new Map<string, number>();
  private texts = new Map<string, string>();
  private waiters: (() => void)[] = [];

  constructor(
    readonly connection: ProtocolConnection,
    options: StartOptions,
    private readonly process?: ChildProcessWithoutNullStreams,
    private readonly onDispose?: () => void,
  ) {
    this.settings = options.settings ?? (() => null);
    process?.stderr.on('data', (d) => (this.stderr += String(d)));
    connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
      const list = this.published.get(p.uri) ?? [];
      list.push(p);
      this.published.set(p.uri, list);
      this.wake();
    });
    connection.onNotification(ShowMessageNotification.type, (p) => {
      this.messages.push(p);
      this.wake();
    });
    connection.onNotification(LogMessageNotification.type, (p) => {
      this.logs.push(p);
      this.wake();
    });
    connection.onRequest(ConfigurationRequest.type, async (p: ConfigurationParams) => {
      this.configurationRequests++;
      // `settings` may return a promise, to keep the server waiting.
      return Promise.all(p.items.map((item) => (item.section === 'bientap' ? this.settings(item.scopeUri) : null)));
    });
    connection.onRequest(RegistrationRequest.type, (p) => {
      this.registrations.push(...p.registrations);
    });
    connection.onRequest(DiagnosticRefreshRequest.type, () => {
      this.refreshes++;
      this.wake();
    });
    connection.onRequest(ApplyWorkspaceEditRequest.type, (p) => {
      this.appliedEdits.push(p.edit);
      return { applied: true };
    });
    connection.listen();
  }

  readonly appliedEdits: WorkspaceEdit[] = [];

  private wake(): void {
    const w = this.waiters;
    this.waiters = [];
    w.forEach((f) => f());
  }

  /** Resolves when `cond()` becomes truthy (checked after every notification), or rejects after `ms`. */
  async waitFor<T>(cond: () => T | undefined | false | null, ms = 5000, what = 'condition'): Promise<T> {
    const deadline = Date.now() + ms;
    for (;;) {
      const v = cond();
      if (v) return v;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out waiting for ${what}; stderr: ${this.stderr}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(left, 50));
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  lastPublished(uri: string): PublishDiagnosticsParams | undefined {
    const list = this.published.get(uri);
    return list?.[list.length - 1];
  }

  /** Waits for a publication for `uri` newer than the `after`-th one. */
  async nextPublished(uri: string, after: number, ms = 5000): Promise<PublishDiagnosticsParams> {
    return this.waitFor(() => (this.published.get(uri)?.length ?? 0) > after && this.lastPublished(uri), ms, `diagnostics for ${uri}`);
  }

  publishedCount(uri: string): number {
    return this.published.get(uri)?.length ?? 0;
  }

  text(uri: string): string {
    return this.texts.get(uri) ?? '';
  }

  version(uri: string): number {
    return this.versions.get(uri) ?? 0;
  }

  async open(uri: string, text: string, languageId = 'markdown'): Promise<void> {
    this.versions.set(uri, 1);
    this.texts.set(uri, text);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
  }

  /** An incremental change: replaces `range` with `text`. */
  async change(uri: string, range: Range, text: string): Promise<void> {
    const version = this.version(uri) + 1;
    this.versions.set(uri, version);
    this.texts.set(uri, applyEdits(this.text(uri), [{ range, newText: text }]));
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ range, text }] });
  }

  async close(uri: string): Promise<void> {
    this.versions.delete(uri);
    this.texts.delete(uri);
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  async changeConfiguration(settings: unknown = null): Promise<void> {
    await this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings });
  }

  async watchedFileChanged(uri: string, type: 1 | 2 | 3): Promise<void> {
    await this.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri, type }] });
  }

  get child(): ChildProcessWithoutNullStreams {
    if (!this.process) throw new Error('in-process server has no child process');
    return this.process;
  }

  async shutdown(): Promise<void> {
    if (!this.process) {
      // In-process: never send `exit` (the server would end the test runner).
      this.connection.dispose();
      this.onDispose?.();
      return;
    }
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((_, reject) => setTimeout(() => reject(new Error('shutdown timed out')), 2000))]);
      await this.connection.sendNotification('exit');
    } catch {
      /* already gone or stuck: killed below */
    }
    await exited(this.child, 3000).catch(() => this.child.kill('SIGKILL'));
    this.connection.dispose();
  }
}

export function exited(child: ChildProcessWithoutNullStreams, ms: number): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('server did not exit')), ms);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}

export async function startServer(options: StartOptions = {}): Promise<TestClient> {
  const child = spawn(process.execPath, [SERVER, '--stdio'], { cwd: options.rootDir ?? ROOT, stdio: 'pipe' });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const client = new TestClient(connection, options, child);
  await initialize(client, options);
  return client;
}

/**
 * The service in this process, over in-memory streams, with the given rules
 * (e.g. test rules). Same protocol as the bundled server, without the build.
 */
export async function startInProcess(options: StartOptions & { rules: readonly Rule[]; debounceMs?: number }): Promise<TestClient> {
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  const serverConnection = createServerConnection(ProposedFeatures.all, new ServerReader(toServer), new ServerWriter(toClient));
  new BientapService(serverConnection, { rules: options.rules, debounceMs: options.debounceMs }).listen();
  const connection = createProtocolConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
  const client = new TestClient(connection, options, undefined, () => serverConnection.dispose());
  await initialize(client, { ...options, processId: null });
  return client;
}

async function initialize(client: TestClient, options: StartOptions & { processId?: number | null }): Promise<void> {
  const connection = client.connection;
  const rootUri = options.rootDir ? pathToUri(options.rootDir) : null;
  client.initializeResult = await connection.sendRequest(InitializeRequest.type, {
    processId: options.processId === undefined ? process.pid : options.processId,
    rootUri,
    locale: options.locale,
    capabilities: options.capabilities ?? PUSH_CAPABILITIES,
    workspaceFolders: rootUri ? [{ uri: rootUri, name: 'ws' }] : null,
    initializationOptions: options.initializationOptions,
  });
  await connection.sendNotification(InitializedNotification.type, {});
}

export function pathToUri(p: string): string {
  return pathToFileURL(p).href;
}

/** Applies LSP text edits (non-overlapping) to a text. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const lines = new LineIndex(text);
  const sorted = edits.map((e) => ({ s: lines.offsetAt(e.range.start), e: lines.offsetAt(e.range.end), t: e.newText })).sort((a, b) => b.s - a.s || b.e - a.e);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.s) + e.t + out.slice(e.e);
  return out;
}

/** The edits of a workspace edit for one document, whichever shape the server used. */
export function editsFor(edit: WorkspaceEdit | undefined, uri: string): TextEdit[] {
  if (!edit) return [];
  if (edit.changes?.[uri]) return edit.changes[uri];
  const out: TextEdit[] = [];
  for (const dc of edit.documentChanges ?? []) if ('textDocument' in dc && dc.textDocument.uri === uri) out.push(...(dc.edits as TextEdit[]));
  return out;
}

export type { Diagnostic };
