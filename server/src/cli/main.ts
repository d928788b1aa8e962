import * as fs from 'node:fs';
import { runCli } from './run.js';

try {
  const status = runCli(process.argv.slice(2), {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    readStdin: () => fs.readFileSync(0, 'utf8'),
    cwd: process.cwd(),
    isTTY: Boolean(process.stdout.isTTY),
    env: process.env,
  });
  process.exitCode = status;
} catch (error) {
  // Last resort: one line, no stack trace.
  process.stderr.write(`bientap: lỗi nội bộ (internal error): ${(error as Error)?.message ?? String(error)}\n`);
  process.exitCode = 2;
}
