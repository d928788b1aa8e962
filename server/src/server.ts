/**
 * The Bientap language server. Transport from the command line:
 * `--node-ipc` (VS Code), `--stdio` (Neovim and any other LSP client),
 * `--socket=PORT` or `--pipe=NAME`.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { BientapService } from './lsp/service.js';

const argv = process.argv.slice(2);
if (argv.includes('--version') || argv.includes('-v')) {
  process.stdout.write('0.1.0\n');
  process.exit(0);
}
if (!argv.some((a) => a === '--stdio' || a === '--node-ipc' || a.startsWith('--socket') || a.startsWith('--pipe'))) {
  process.stderr.write('Cách dùng (usage): bientap-language-server --stdio | --node-ipc | --socket=PORT | --pipe=NAME\n');
  process.exit(2);
}

const connection = createConnection(ProposedFeatures.all);
new BientapService(connection, { distDir: __dirname }).listen();
