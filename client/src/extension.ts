/**
 * The VS Code extension: starts the bundled language server over IPC and adds
 * the commands and the status bar item. Logic lives in `logic.ts`.
 */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { countProblems, documentSelector, explicitSettings, needsRestart, rulePickItems, SECTION, statusText, ui, uiLanguage, type RuleInfo } from './logic';

const WORKSPACE_CHECK_KEY = 'bientap.workspaceCheck';
let client: LanguageClient | undefined;

function lang() {
  return uiLanguage(vscode.workspace.getConfiguration(SECTION).get('messageLanguage'), vscode.env.language);
}

function createClient(context: vscode.ExtensionContext): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: documentSelector(vscode.workspace.getConfiguration(SECTION).get('languages')),
    // In an untrusted workspace only the built-in rules and settings apply: the server ignores `.bientap.json`.
    initializationOptions: { trusted: vscode.workspace.isTrusted },
    diagnosticPullOptions: { onChange: true, onSave: true },
    middleware: {
      workspace: {
        // Only the values the user set, so that `.bientap.json` decides the rest.
        configuration: async (params, token, next) => {
          const result = await next(params, token);
          if (!Array.isArray(result)) return result;
          return params.items.map((item, i) => {
            if (item.section !== SECTION) return result[i];
            const scope = item.scopeUri ? vscode.Uri.parse(item.scopeUri) : undefined;
            const config = vscode.workspace.getConfiguration(SECTION, scope);
            return explicitSettings((key) => config.inspect(key));
          });
        },
      },
      // The whole-workspace check runs once the user asked for it (it reads every draft).
      provideWorkspaceDiagnostics: (resultIds, token, reporter, next) => {
        if (!context.workspaceState.get<boolean>(WORKSPACE_CHECK_KEY)) return { items: [] };
        return next(resultIds, token, reporter);
      },
    },
  };
  return new LanguageClient('bientap', 'Bientap', serverOptions, clientOptions);
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  client = createClient(context);

  const status = vscode.window.createStatusBarItem('bientap.problems', vscode.StatusBarAlignment.Left, 50);
  status.name = 'Bientap';
  status.command = 'workbench.actions.view.problems';
  context.subscriptions.push(status);
  const updateStatus = () => {
    const editor = vscode.window.activeTextEditor;
    const selector = documentSelector(vscode.workspace.getConfiguration(SECTION).get('languages'));
    if (!editor || !vscode.languages.match(selector, editor.document)) {
      status.hide();
      return;
    }
    status.text = statusText(countProblems(vscode.languages.getDiagnostics(editor.document.uri)), lang());
    status.tooltip = ui('statusTooltip', lang());
    status.show();
  };

  context.subscriptions.push(
    vscode.languages.onDidChangeDiagnostics(updateStatus),
    vscode.window.onDidChangeActiveTextEditor(updateStatus),
    vscode.workspace.onDidGrantWorkspaceTrust(async () => {
      if (!client) return;
      await client.stop();
      client = createClient(context);
      await client.start();
    }),
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      if (e.affectsConfiguration(SECTION)) updateStatus();
      if (needsRestart((s) => e.affectsConfiguration(s)) && client) {
        await client.stop();
        client = createClient(context);
        await client.start();
      }
    }),
    vscode.commands.registerCommand('bientap.fixAll', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || !client) {
        void vscode.window.showInformationMessage(ui('noEditor', lang()));
        return;
      }
      const result = (await client.sendRequest('workspace/executeCommand', { command: 'bientap.server.fixAll', arguments: [editor.document.uri.toString()] })) as { applied?: boolean } | null;
      if (!result?.applied) void vscode.window.showInformationMessage(ui('nothingToFix', lang()));
    }),
    vscode.commands.registerCommand('bientap.checkWorkspace', async () => {
      if (!client) return;
      await context.workspaceState.update(WORKSPACE_CHECK_KEY, true);
      await vscode.commands.executeCommand('workbench.actions.view.problems');
      // Pull clients get the results through workspace diagnostics (polled every 2 s);
      // the command gives the count at once.
      const result = await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: ui('checking', lang()) }, () =>
        client!.sendRequest('workspace/executeCommand', { command: 'bientap.server.checkWorkspace', arguments: [] }),
      );
      const r = result as { files?: number; problems?: number } | null;
      if (r && typeof r.files === 'number') vscode.window.setStatusBarMessage(ui('checked', lang(), { files: r.files, problems: r.problems ?? 0 }), 8000);
    }),
    vscode.commands.registerCommand('bientap.openRuleDocs', async () => {
      if (!client) return;
      const rules = ((await client.sendRequest('workspace/executeCommand', { command: 'bientap.server.rules', arguments: [] })) ?? []) as RuleInfo[];
      const picked = await vscode.window.showQuickPick(rulePickItems(rules, lang()), { placeHolder: ui('pickRule', lang()), matchOnDetail: true });
      if (!picked) return;
      const uri = vscode.Uri.parse(picked.docs);
      if (uri.scheme === 'file') await vscode.commands.executeCommand('markdown.showPreview', uri).then(undefined, () => vscode.window.showTextDocument(uri));
      else await vscode.env.openExternal(uri);
    }),
  );

  await client.start();
  updateStatus();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
