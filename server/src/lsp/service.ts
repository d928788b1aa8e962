/**
 * The Bientap language service: documents, settings, diagnostics (pull and
 * push), code actions, hover, and configuration files. `server.ts` only
 * creates the connection and hands it here.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  FileChangeType,
  LSPErrorCodes,
  MessageType,
  ShowMessageNotification,
  ResponseError,
  TextDocumentSyncKind,
  TextDocuments,
  type CancellationToken,
  type CodeAction,
  type ClientCapabilities,
  type Connection,
  type Diagnostic as LspDiagnostic,
  type DocumentDiagnosticReport,
  type InitializeParams,
  type InitializeResult,
  type WorkspaceDocumentDiagnosticReport,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ConfigProblem } from '../engine/config.js';
import { Checker, check, docsUrl } from '../engine/engine.js';
import { fixAllEdit } from '../engine/fixall.js';
import type { Settings } from '../engine/settings.js';
import type { Diagnostic, DocumentKind, MessageLanguage, Rule } from '../engine/types.js';
import { CONFIG_FILE_NAME, ConfigResolver } from '../node/config-files.js';
import { collectDrafts, decodeDraft, kindOf, MARKDOWN_EXTENSIONS } from '../node/files.js';
import { allRules } from '../rules/index.js';
import { codeActions, FIX_ALL_KIND, kindWanted, workspaceEdit } from './codeActions.js';
import { DocsLinks, SOURCE, toLspDiagnostic } from './convert.js';
import { hoverAt } from './hover.js';
import { acceptActions, citationCompletions, EXPAND_KIND, expandActions, registryHover } from './registry.js';
import { t } from './l10n.js';
import { effectiveSettings, localeLanguage, parseEditorSettings, type EditorSettings } from './settings.js';

export const COMMAND_FIX_ALL = 'bientap.server.fixAll';
export const COMMAND_CHECK_WORKSPACE = 'bientap.server.checkWorkspace';
export const COMMAND_RULES = 'bientap.server.rules';

/** A document whose check takes longer waits for a pause in typing before pushed diagnostics. */
const SLOW_CHECK_MS = 25;

export interface ServiceOptions {
  /**
   * Longest delay of pushed diagnostics after an edit (pull requests are always
   * computed at once). A document that checks in under 25 ms is checked as soon
   * as the edits already received are read (edits that arrive together are
   * checked once); a slower one waits its last check time, up to this bound.
   */
  debounceMs?: number;
  /** Folder of the bundled server, to find `docs/rules` beside it. */
  distDir?: string;
  /** The rules to run (default: every built-in rule). */
  rules?: readonly Rule[];
}

interface DocSettings {
  editor: EditorSettings;
  settings: Settings;
}

interface CheckedDocument {
  version: number;
  generation: number;
  diagnostics: Diagnostic[];
  lsp: LspDiagnostic[];
  lang: MessageLanguage;
}

/** Other clients name plain text `text` (Neovim's filetype): it counts as `plaintext`. */
const LANGUAGE_ALIASES: Record<string, string> = { text: 'plaintext' };

function languageEnabled(editor: EditorSettings, languageId: string): boolean {
  return editor.languages.includes(languageId) || editor.languages.includes(LANGUAGE_ALIASES[languageId] ?? languageId);
}

/**
 * The answer to a cancelled request. A document pull must carry no data: VS Code's
 * client then pulls again (with `retriggerRequest: false` it would give up and
 * the draft would show no diagnostics). A cancelled workspace pull is simply
 * polled again later; the data keeps the client from logging it as a failure.
 */
function cancelled(workspace = false): ResponseError<{ retriggerRequest: boolean } | undefined> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled', workspace ? { retriggerRequest: false } : undefined);
}

export class BientapService {
  readonly documents = new TextDocuments(TextDocument);
  private readonly resolver = new ConfigResolver();
  private readonly docs: DocsLinks;
  private readonly debounceMs: number;
  private readonly rules: readonly Rule[];

  private pull = false;
  private refreshSupport = false;
  private configurationSupport = false;
  private documentChanges = false;
  private locale: string | undefined;
  private folders: string[] = [];
  /** False in an untrusted workspace (VS Code workspace trust): `.bientap.json` files are then not read. */
  private trusted = true;
  /** Editor settings pushed by clients without `workspace/configuration`. */
  private pushedSettings: unknown = undefined;

  /** Bumped whenever settings or configuration files change; part of every cache key and result id. */
  private generation = 0;
  private readonly editorCache = new Map<string, Promise<EditorSettings>>();
  private readonly results = new Map<string, CheckedDocument>();
  /** One incremental checker per open document: an edit re-checks only the changed paragraphs. */
  private readonly checkers = new Map<string, Checker>();
  /** How long the last check of each open document took (sets the push delay). */
  private readonly checkMs = new Map<string, number>();
  private readonly lspCache = new WeakMap<Diagnostic, LspDiagnostic>();
  /** Pending pushes: cancels each. */
  private readonly timers = new Map<string, () => void>();
  private readonly loggedFailures = new Set<string>();
  private readonly largeNotified = new Set<string>();
  /** Configuration files with published problems → what was published (shown once as a message too). */
  private readonly configDiagnostics = new Map<string, string>();

  constructor(
    private readonly connection: Connection,
    options: ServiceOptions = {},
  ) {
    this.debounceMs = options.debounceMs ?? 150;
    this.rules = options.rules ?? allRules;
    this.docs = options.distDir ? DocsLinks.beside(options.distDir) : new DocsLinks(undefined);
  }

  listen(): void {
    const c = this.connection;
    c.onInitialize((p) => this.initialize(p));
    c.onInitialized(() => this.initialized());
    c.onDidChangeConfiguration((p) => this.settingsChanged(p.settings));
    c.onDidChangeWatchedFiles((p) => this.watchedFilesChanged(p.changes));
    c.onCodeAction(async (p, token) => {
      const doc = this.documents.get(p.textDocument.uri);
      // A malformed request (no range, no context) gets no actions rather than an error.
      if (!doc || token.isCancellationRequested || !p.range?.start || !p.context) return [];
      const ds = await this.docSettings(doc.uri);
      if (token.isCancellationRequested || this.documents.get(doc.uri)?.version !== doc.version) return [];
      const text = doc.getText();
      const options = { kind: this.kindOf(doc), settings: ds.settings, rules: this.rules };
      const extra: CodeAction[] = [];
      const offset = doc.offsetAt(p.range.start);
      if (kindWanted(EXPAND_KIND, p.context.only)) extra.push(...expandActions(doc.uri, doc.version, text, offset, ds.settings, this.documentChanges));
      const configFile = this.acceptTarget(doc.uri);
      if (configFile && kindWanted(CodeActionKind.QuickFix, p.context.only)) {
        const create = !!this.clientCaps.workspace?.workspaceEdit?.resourceOperations?.includes('create');
        extra.push(...acceptActions(p.context.diagnostics, text, configFile, { documentChanges: this.documentChanges, create }, ds.settings.language));
      }
      const actions = codeActions({
        uri: doc.uri,
        version: doc.version,
        text,
        context: p.context,
        lang: ds.settings.language,
        documentChanges: this.documentChanges,
        current: () => this.checkNow(doc, ds).diagnostics,
        isKnownRule: (id) => this.rules.some((r) => r.meta.id === id),
        fixAll: (only) => (this.isCheckable(doc, ds.editor) ? fixAllEdit(text, options, only) : []),
      });
      return [...actions, ...extra];
    });
    c.onCompletion(async (p, token) => {
      const doc = this.documents.get(p.textDocument.uri);
      if (!doc || token.isCancellationRequested) return [];
      const ds = await this.docSettings(doc.uri);
      if (!this.isCheckable(doc, ds.editor)) return [];
      return citationCompletions(doc.getText(), doc.offsetAt(p.position), ds.settings);
    });
    c.onHover(async (p, token) => {
      const doc = this.documents.get(p.textDocument.uri);
      if (!doc || token.isCancellationRequested) return null;
      const ds = await this.docSettings(doc.uri);
      if (token.isCancellationRequested || this.documents.get(doc.uri)?.version !== doc.version) return null;
      const checked = this.checkNow(doc, ds);
      const text = doc.getText();
      const hover = hoverAt(text, checked.diagnostics, p.position, checked.lang, this.docs);
      const record = this.isCheckable(doc, ds.editor) ? registryHover(text, doc.offsetAt(p.position), ds.settings) : undefined;
      if (!record) return hover;
      if (!hover) return { contents: { kind: 'markdown', value: record } };
      const value = typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
      return { ...hover, contents: { kind: 'markdown', value: `${value}\n\n---\n\n${record}` } };
    });
    c.onExecuteCommand(async (p, token) => {
      if (p.command === COMMAND_FIX_ALL) {
        const uri = typeof p.arguments?.[0] === 'string' ? p.arguments[0] : (p.arguments?.[0] as { uri?: string } | undefined)?.uri;
        const doc = uri ? this.documents.get(uri) : undefined;
        if (!doc) return { applied: false };
        const ds = await this.docSettings(doc.uri);
        if (token.isCancellationRequested || !this.isCheckable(doc, ds.editor)) return { applied: false };
        const edits = fixAllEdit(doc.getText(), { kind: this.kindOf(doc), settings: ds.settings, rules: this.rules }, undefined);
        if (edits.length === 0) return { applied: false };
        const r = await c.workspace.applyEdit({ label: t('fixAll', ds.settings.language), edit: workspaceEdit({ uri: doc.uri, version: doc.version, documentChanges: this.documentChanges }, edits) });
        return { applied: r.applied };
      }
      if (p.command === COMMAND_CHECK_WORKSPACE) {
        let files = 0;
        let problems = 0;
        for await (const report of this.workspaceReports(new Map(), token)) {
          if (report.kind !== DocumentDiagnosticReportKind.Full) continue;
          files++;
          problems += report.items.length;
          if (!this.pull && !this.documents.get(report.uri)) c.sendDiagnostics({ uri: report.uri, diagnostics: report.items });
        }
        return { files, problems };
      }
      if (p.command === COMMAND_RULES) {
        return this.rules.map((r) => ({
          id: r.meta.id,
          description: r.meta.description,
          defaultSeverity: r.meta.defaultSeverity,
          fixable: r.meta.fixable,
          docs: this.docs.href(r.meta.id, docsUrl(r.meta.id)),
        }));
      }
      return null;
    });

    this.documents.onDidChangeContent((e) => {
      if (this.pull) return;
      const uri = e.document.uri;
      const last = this.checkMs.get(uri) ?? 0;
      this.schedule(uri, !this.results.has(uri) || last < SLOW_CHECK_MS ? 0 : Math.min(this.debounceMs, last));
    });
    this.documents.onDidClose((e) => {
      const uri = e.document.uri;
      this.timers.get(uri)?.();
      this.timers.delete(uri);
      this.results.delete(uri);
      this.checkers.delete(uri);
      this.checkMs.delete(uri);
      this.editorCache.delete(uri);
      if (!this.pull) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
    });
    this.documents.listen(c);

    c.languages.diagnostics.on(async (p, token) => {
      const doc = this.documents.get(p.textDocument.uri);
      if (!doc) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
      const ds = await this.docSettings(doc.uri);
      const current = this.documents.get(doc.uri);
      if (token.isCancellationRequested) {
        // Seen in code-server: after a cancelled first pull VS Code may not pull again until the
        // next edit, leaving a freshly opened draft without squiggles. Ask for a new pull.
        this.scheduleRefresh();
        throw cancelled();
      }
      if (!current) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
      const resultId = `${current.version}:${this.generation}`;
      if (p.previousResultId === resultId && this.results.get(doc.uri)?.generation === this.generation) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
      const checked = this.checkNow(current, ds);
      return { kind: DocumentDiagnosticReportKind.Full, resultId, items: checked.lsp } satisfies DocumentDiagnosticReport;
    });
    c.languages.diagnostics.onWorkspace(async (p, token) => {
      const previous = new Map(p.previousResultIds.map((r) => [r.uri, r.value]));
      const items: WorkspaceDocumentDiagnosticReport[] = [];
      for await (const report of this.workspaceReports(previous, token)) items.push(report);
      if (token.isCancellationRequested) throw cancelled(true);
      return { items };
    });

    c.listen();
  }

  /* ------------------------------ lifecycle ------------------------------ */

  private clientCaps: ClientCapabilities = {};

  private initialize(params: InitializeParams): InitializeResult {
    const caps = (this.clientCaps = params.capabilities);
    this.pull = !!caps.textDocument?.diagnostic;
    this.refreshSupport = !!caps.workspace?.diagnostics?.refreshSupport;
    this.configurationSupport = !!caps.workspace?.configuration;
    this.documentChanges = !!caps.workspace?.workspaceEdit?.documentChanges;
    this.locale = params.locale;
    const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : params.rootPath ? [pathToFileURL(params.rootPath).href] : []);
    this.folders = folders.filter((u) => u.startsWith('file:'));
    if (params.initializationOptions && typeof params.initializationOptions === 'object') {
      const init = params.initializationOptions as { settings?: unknown; trusted?: unknown };
      if (init.settings !== undefined) this.pushedSettings = init.settings;
      if (init.trusted === false) this.trusted = false;
    }
    const result: InitializeResult = {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND, EXPAND_KIND] },
        completionProvider: { triggerCharacters: ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'] },
        hoverProvider: true,
        executeCommandProvider: { commands: [COMMAND_FIX_ALL, COMMAND_CHECK_WORKSPACE, COMMAND_RULES] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'bientap-language-server', version: '0.1.0' },
    };
    if (this.pull) result.capabilities.diagnosticProvider = { identifier: SOURCE, interFileDependencies: false, workspaceDiagnostics: true };
    return result;
  }

  private initialized(): void {
    const caps = this.clientCaps;
    // Drafts opened while the client was still starting get pulled again once the server is ready.
    this.scheduleRefresh(500);
    if (caps.workspace?.didChangeConfiguration?.dynamicRegistration) {
      void this.connection.client.register(DidChangeConfigurationNotification.type, { section: 'bientap' }).catch(() => undefined);
    }
    if (caps.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
      void this.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: `**/${CONFIG_FILE_NAME}` }] }).catch(() => undefined);
    }
    if (caps.workspace?.workspaceFolders) {
      this.connection.workspace.onDidChangeWorkspaceFolders((e) => {
        const removed = new Set(e.removed.map((f) => f.uri));
        this.folders = [...this.folders.filter((u) => !removed.has(u)), ...e.added.map((f) => f.uri).filter((u) => u.startsWith('file:'))];
      });
    }
  }

  /* ------------------------------ settings ------------------------------ */

  private settingsChanged(settings: unknown): void {
    if (!this.configurationSupport) {
      const s = settings as { bientap?: unknown } | null | undefined;
      if (s && typeof s === 'object' && 'bientap' in s) this.pushedSettings = s.bientap;
    }
    this.invalidate();
  }

  private watchedFilesChanged(changes: { uri: string; type: FileChangeType }[]): void {
    const configs = changes.filter((ch) => ch.uri.endsWith(`/${CONFIG_FILE_NAME}`));
    if (configs.length === 0) return;
    this.resolver.clear();
    for (const ch of configs) {
      let file: string;
      try {
        file = fileURLToPath(ch.uri);
      } catch {
        continue;
      }
      if (ch.type === FileChangeType.Deleted) this.publishConfigProblems(file, []);
      else this.publishConfigProblems(file, this.resolver.load(file).problems);
    }
    this.invalidate();
  }

  private refreshTimer: NodeJS.Timeout | undefined;

  /** One `workspace/diagnostic/refresh` soon (coalesced), for pull clients that support it. */
  private scheduleRefresh(delayMs = 200): void {
    if (!this.pull || !this.refreshSupport || this.refreshTimer) return;
    this.refreshTimer = setTimeout(() => {
      this.refreshTimer = undefined;
      void this.connection.languages.diagnostics.refresh().catch(() => undefined);
    }, delayMs);
    this.refreshTimer.unref?.();
  }

  /** Settings or configuration changed: forget cached results and check again. */
  private invalidate(): void {
    this.generation++;
    this.editorCache.clear();
    this.results.clear();
    if (this.pull) {
      if (this.refreshSupport) void this.connection.languages.diagnostics.refresh().catch(() => undefined);
    } else {
      for (const doc of this.documents.all()) this.schedule(doc.uri, 0);
    }
  }

  private editorSettings(uri: string): Promise<EditorSettings> {
    if (!this.configurationSupport) return Promise.resolve(parseEditorSettings(this.pushedSettings));
    let cached = this.editorCache.get(uri);
    if (!cached) {
      cached = this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'bientap' }).then(
        (raw) => parseEditorSettings(raw),
        () => parseEditorSettings(undefined),
      );
      this.editorCache.set(uri, cached);
    }
    return cached;
  }

  /** Where "accept this form" writes: the `.bientap.json` that applies, else a new one at the workspace folder (or beside the draft). */
  private acceptTarget(uri: string): string | undefined {
    const anchor = this.configAnchor(uri);
    if (!anchor || !this.trusted) return undefined;
    const existing = this.resolver.findFor(anchor);
    if (existing) return existing;
    const folder = this.folders.map((f) => fileURLToPath(f)).find((f) => anchor.startsWith(f + path.sep));
    return path.join(folder ?? path.dirname(anchor), CONFIG_FILE_NAME);
  }

  /** The file path whose folder decides the configuration: the draft itself, or a workspace folder for untitled drafts. */
  private configAnchor(uri: string): string | undefined {
    try {
      if (uri.startsWith('file:')) return fileURLToPath(uri);
      if (this.folders.length) return path.join(fileURLToPath(this.folders[0]), 'untitled');
    } catch {
      /* not a local path */
    }
    return undefined;
  }

  private async docSettings(uri: string): Promise<DocSettings> {
    const editor = await this.editorSettings(uri);
    return { editor, settings: this.settingsForPath(editor, this.configAnchor(uri)) };
  }

  private settingsForPath(editor: EditorSettings, file: string | undefined): Settings {
    const loaded = file && this.trusted ? this.resolver.loadFor(file) : { problems: [] as ConfigProblem[], settings: undefined, file: undefined };
    if (loaded.file) this.publishConfigProblems(loaded.file, loaded.problems);
    return effectiveSettings(editor, loaded.settings, this.locale);
  }

  /** A malformed `.bientap.json`: one diagnostic on the file itself and one warning message; checking goes on with the defaults. */
  private publishConfigProblems(file: string, problems: ConfigProblem[]): void {
    const uri = pathToFileURL(file).href;
    if (problems.length === 0) {
      if (this.configDiagnostics.delete(uri)) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
      return;
    }
    const key = problems.map((p) => `${p.line}:${p.column}:${p.message}`).join('\n');
    if (this.configDiagnostics.get(uri) === key) return;
    this.configDiagnostics.set(uri, key);
    let lines: string[] = [];
    try {
      lines = fs.readFileSync(file, 'utf8').replace(/^\ufeff/, '').split(/\r\n|\r|\n/);
    } catch {
      /* deleted meanwhile */
    }
    const diagnostics: LspDiagnostic[] = problems.map((p) => {
      const line = Math.max(0, p.line - 1);
      const character = Math.max(0, p.column - 1);
      const text = lines[line] ?? '';
      const end = Math.max(character + 1, text.trimEnd().length);
      return { range: { start: { line, character }, end: { line, character: Math.min(end, Math.max(text.length, character)) } }, severity: 1, source: SOURCE, code: 'config', message: p.message };
    });
    void this.connection.sendDiagnostics({ uri, diagnostics });
    const lang = localeLanguage(this.locale) ?? 'vi';
    const first = problems[0];
    this.notify(MessageType.Warning, t('configProblem', lang, { file, problem: `${first.line}:${first.column}: ${first.message}` }));
  }

  /** A `window/showMessage` notification (not a request: nothing waits for the user). */
  private notify(type: MessageType, message: string): void {
    void this.connection.sendNotification(ShowMessageNotification.type, { type, message });
  }

  /* ------------------------------ checking ------------------------------ */

  private kindOf(doc: TextDocument): DocumentKind {
    if (doc.languageId === 'markdown') return 'markdown';
    if (doc.languageId === 'plaintext' || doc.languageId === 'text') return 'plaintext';
    const ext = path.extname(doc.uri.replace(/[?#].*$/, '')).toLowerCase();
    return MARKDOWN_EXTENSIONS.includes(ext) ? 'markdown' : 'plaintext';
  }

  private isCheckable(doc: TextDocument, editor: EditorSettings): boolean {
    if (!editor.enable || !languageEnabled(editor, doc.languageId)) return false;
    return !this.tooLarge(doc.uri, doc.getText(), editor);
  }

  private tooLarge(uri: string, text: string, editor: EditorSettings): boolean {
    // UTF-16 length ≤ UTF-8 bytes ≤ 3 × length: count bytes only near the limit.
    if (text.length * 3 <= editor.maxFileSize) return false;
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes <= editor.maxFileSize) return false;
    if (!this.largeNotified.has(uri)) {
      this.largeNotified.add(uri);
      const lang = localeLanguage(this.locale) ?? 'vi';
      const mb = (n: number) => (n / (1024 * 1024)).toFixed(1);
      let name = uri;
      try {
        if (uri.startsWith('file:')) name = path.basename(fileURLToPath(uri));
      } catch {
        /* keep the URI */
      }
      this.notify(MessageType.Info, t('tooLarge', lang, { file: name, size: mb(bytes), max: mb(editor.maxFileSize) }));
    }
    return true;
  }

  /** Checks a text; rules that throw are logged once each and skipped. */
  private run(text: string, kind: DocumentKind, settings: Settings, checker?: Checker): Diagnostic[] {
    const options = { kind, settings, rules: this.rules };
    const result = checker ? checker.check(text, options) : check(text, options);
    for (const f of result.failures) {
      if (this.loggedFailures.has(f.rule)) continue;
      this.loggedFailures.add(f.rule);
      const error = f.error instanceof Error ? (f.error.stack ?? f.error.message) : String(f.error);
      this.connection.console.error(t('ruleFailed', 'en', { rule: f.rule, error }));
    }
    return result.diagnostics;
  }

  /** LSP form of an engine diagnostic of an open document; the incremental checker hands back unchanged diagnostics as the same objects. */
  private lspOf(d: Diagnostic, uri: string): LspDiagnostic {
    let lsp = this.lspCache.get(d);
    if (!lsp) this.lspCache.set(d, (lsp = toLspDiagnostic(d, uri, this.docs)));
    return lsp;
  }

  /** The diagnostics of an open document at its current version (cached per version and settings generation). */
  private checkNow(doc: TextDocument, ds: DocSettings): CheckedDocument {
    const cached = this.results.get(doc.uri);
    if (cached && cached.version === doc.version && cached.generation === this.generation) return cached;
    let checker = this.checkers.get(doc.uri);
    if (!checker && this.documents.get(doc.uri)) this.checkers.set(doc.uri, (checker = new Checker()));
    const started = performance.now();
    const diagnostics = this.isCheckable(doc, ds.editor) ? this.run(doc.getText(), this.kindOf(doc), ds.settings, checker) : [];
    if (checker) this.checkMs.set(doc.uri, performance.now() - started);
    const checked: CheckedDocument = {
      version: doc.version,
      generation: this.generation,
      diagnostics,
      lsp: diagnostics.map((d) => this.lspOf(d, doc.uri)),
      lang: ds.settings.language,
    };
    if (this.documents.get(doc.uri)) this.results.set(doc.uri, checked);
    return checked;
  }

  private schedule(uri: string, delay: number): void {
    this.timers.get(uri)?.();
    const run = () => {
      this.timers.delete(uri);
      void this.push(uri).catch((error) => this.connection.console.error(`bientap: ${String(error)}`));
    };
    // 0: after the messages already read (setImmediate runs after pending I/O, unlike a 1 ms timer)
    if (delay <= 0) {
      const immediate = setImmediate(run);
      this.timers.set(uri, () => clearImmediate(immediate));
    } else {
      const timer = setTimeout(run, delay);
      this.timers.set(uri, () => clearTimeout(timer));
    }
  }

  private async push(uri: string): Promise<void> {
    const doc = this.documents.get(uri);
    if (!doc) return;
    const ds = await this.docSettings(uri);
    const current = this.documents.get(uri);
    if (!current || current.version !== doc.version) return; // a newer change has its own timer
    const checked = this.checkNow(current, ds);
    await this.connection.sendDiagnostics({ uri, version: current.version, diagnostics: checked.lsp });
  }

  /* ------------------------------ workspace ------------------------------ */

  /** Reports for every Markdown and text draft under the workspace folders; unchanged files by result id. */
  private async *workspaceReports(previous: Map<string, string>, token: CancellationToken): AsyncGenerator<WorkspaceDocumentDiagnosticReport> {
    const seen = new Set<string>();
    for (const folder of this.folders) {
      let root: string;
      try {
        root = fileURLToPath(folder);
      } catch {
        continue;
      }
      for (const file of collectDrafts(root)) {
        if (token.isCancellationRequested) return;
        await new Promise((resolve) => setImmediate(resolve)); // lets cancellation and edits through
        const uri = pathToFileURL(file).href;
        if (seen.has(uri)) continue;
        seen.add(uri);
        const open = this.documents.get(uri);
        const editor = await this.editorSettings(uri);
        if (open) {
          const ds = { editor, settings: this.settingsForPath(editor, file) };
          const checked = this.checkNow(open, ds);
          yield { uri, version: open.version, kind: DocumentDiagnosticReportKind.Full, resultId: `${open.version}:${this.generation}`, items: checked.lsp };
          continue;
        }
        const kind = kindOf(file);
        if (!editor.enable || !editor.languages.includes(kind)) continue;
        let stat: fs.Stats;
        try {
          stat = fs.statSync(file);
        } catch {
          continue;
        }
        const resultId = `${this.generation}:${stat.mtimeMs}:${stat.size}`;
        if (previous.get(uri) === resultId) {
          yield { uri, version: null, kind: DocumentDiagnosticReportKind.Unchanged, resultId };
          continue;
        }
        if (stat.size > editor.maxFileSize) continue;
        let bytes: Uint8Array;
        try {
          bytes = fs.readFileSync(file);
        } catch {
          continue;
        }
        const decoded = decodeDraft(bytes);
        if (!decoded.ok) continue;
        const settings = this.settingsForPath(editor, file);
        const diagnostics = this.run(decoded.text, kind, settings);
        yield { uri, version: null, kind: DocumentDiagnosticReportKind.Full, resultId, items: diagnostics.map((d) => toLspDiagnostic(d, uri, this.docs)) };
      }
    }
  }
}
