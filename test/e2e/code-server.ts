/** Starts a fresh code-server (VS Code 1.100.3 in the browser) with the packaged extension installed. */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';

export const ROOT = path.resolve(__dirname, '../..');
export const CODE_SERVER = path.join(ROOT, '.cache/code-server/node_modules/.bin/code-server');

export interface CodeServer {
  url: string;
  userDataDir: string;
  workspace: string;
  stop(): Promise<void>;
  logs(): string;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

export function installExtension(vsix: string, userDataDir: string, extensionsDir: string, env: NodeJS.ProcessEnv): void {
  const r = spawnSync(CODE_SERVER, ['--config', '/dev/null', '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir, '--install-extension', vsix, '--force'], { env, encoding: 'utf8', timeout: 120_000 });
  if (r.status !== 0) throw new Error(`installing ${vsix} failed:\n${r.stdout}\n${r.stderr}`);
}

export async function startCodeServer(opts: { vsix: string; workspace: string; settings: Record<string, unknown>; home: string }): Promise<CodeServer> {
  const userDataDir = path.join(opts.home, 'user-data');
  const extensionsDir = path.join(opts.home, 'extensions');
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.writeFileSync(
    path.join(userDataDir, 'User', 'settings.json'),
    JSON.stringify(
      {
        'telemetry.telemetryLevel': 'off',
        'update.mode': 'none',
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'workbench.enableExperiments': false,
        'extensions.autoCheckUpdates': false,
        'extensions.autoUpdate': false,
        'security.workspace.trust.enabled': false,
        'editor.hover.delay': 300,
        ...opts.settings,
      },
      null,
      2,
    ),
  );
  const env = {
    ...process.env,
    XDG_CONFIG_HOME: path.join(opts.home, 'config'),
    XDG_DATA_HOME: path.join(opts.home, 'data'),
    XDG_CACHE_HOME: path.join(opts.home, 'cache'),
  };
  installExtension(opts.vsix, userDataDir, extensionsDir, env);
  const port = await freePort();
  let output = '';
  const child: ChildProcess = spawn(
    CODE_SERVER,
    ['--config', '/dev/null', '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override', '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir, opts.workspace],
    { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      const r = await fetch(`${base}/healthz`);
      if (r.ok) break;
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline) throw new Error(`code-server did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url: `${base}/?folder=${encodeURIComponent(opts.workspace)}`,
    userDataDir,
    workspace: opts.workspace,
    logs: () => {
      const logsDir = path.join(userDataDir, 'logs');
      const files: string[] = [];
      const walk = (d: string) => {
        for (const e of fs.existsSync(d) ? fs.readdirSync(d, { withFileTypes: true }) : []) {
          const p = path.join(d, e.name);
          if (e.isDirectory()) walk(p);
          else if (/exthost|Bientap|bientap/i.test(p)) files.push(`--- ${p}\n${fs.readFileSync(p, 'utf8').slice(-4000)}`);
        }
      };
      walk(logsDir);
      return `${output.slice(-4000)}\n${files.join('\n')}`;
    },
    stop: async () => {
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch {
        /* gone */
      }
      await new Promise((r) => setTimeout(r, 500));
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        /* gone */
      }
    },
  };
}
