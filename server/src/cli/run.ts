import * as fs from 'node:fs';
import * as path from 'node:path';
import { formatProblem, type ConfigProblem } from '../engine/config.js';
import { check, docsUrl, type CheckOptions } from '../engine/engine.js';
import { fixAll } from '../engine/fixall.js';
import { defaultSettings, mergeSettings, type PartialSettings } from '../engine/settings.js';
import type { DocumentKind } from '../engine/types.js';
import { ConfigResolver, loadConfigFile } from '../node/config-files.js';
import { collectDrafts, decodeDraft, kindOf, writeAtomic } from '../node/files.js';
import { allRules } from '../rules/index.js';
import { formatJson, formatSarif, formatText, summarize, type FileReport } from './formatters.js';

export const VERSION = '0.1.0';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readStdin(): string;
  cwd: string;
  isTTY: boolean;
  env: Record<string, string | undefined>;
}

const USAGE = `Cách dùng (usage): bientap check [--format text|json|sarif] [--fix] [--config FILE] [--stdin-kind markdown|plaintext] [PATH …]
  PATH       tệp hoặc thư mục (files or folders; Markdown and .txt), "-" cho đầu vào chuẩn (standard input); mặc định "."
  --format   text (mặc định), json, sarif
  --fix      áp dụng mọi sửa chắc chắn rồi báo phần còn lại (apply every safe fix, report what remains)
  --config   dùng tệp cấu hình này thay cho .bientap.json gần nhất (use this configuration file)
  --max-file-size MB   bỏ qua tệp lớn hơn (skip larger files; default 20)
  bientap rules      liệt kê quy tắc (list the rules)
  bientap --version
Mã thoát (exit status): 0 không còn lỗi (no error left), 1 còn lỗi (errors remain), 2 lỗi dùng lệnh, cấu hình hoặc đọc ghi (usage, configuration or I/O error).
`;

interface Args {
  command: 'check' | 'rules' | 'version' | 'help';
  format: 'text' | 'json' | 'sarif';
  fix: boolean;
  config?: string;
  stdinKind: DocumentKind;
  /** Larger files are skipped with a message (bytes). */
  maxFileSize: number;
  paths: string[];
}

export const DEFAULT_MAX_FILE_MB = 20;

class UsageError extends Error {}

function parseArgs(argv: string[]): Args {
  const args: Args = { command: 'check', format: 'text', fix: false, stdinKind: 'markdown', maxFileSize: DEFAULT_MAX_FILE_MB * 1024 * 1024, paths: [] };
  let i = 0;
  const first = argv[0];
  if (first === '--version' || first === '-v') return { ...args, command: 'version' };
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') return { ...args, command: 'help' };
  if (first === 'rules') return { ...args, command: 'rules' };
  if (first !== 'check') throw new UsageError(`lệnh không rõ (unknown command) "${first}"`);
  i = 1;
  const value = (flag: string): string => {
    const v = argv[++i];
    if (v === undefined) throw new UsageError(`${flag} cần một giá trị (needs a value)`);
    return v;
  };
  let onlyPaths = false;
  for (; i < argv.length; i++) {
    const a = argv[i];
    if (onlyPaths || a === '-' || !a.startsWith('-')) {
      args.paths.push(a);
      continue;
    }
    const [flag, inline] = a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const get = () => inline ?? value(flag);
    switch (flag) {
      case '--':
        onlyPaths = true;
        break;
      case '--format':
      case '-f': {
        const f = get();
        if (f !== 'text' && f !== 'json' && f !== 'sarif') throw new UsageError(`--format phải là text, json hoặc sarif (got "${f}")`);
        args.format = f;
        break;
      }
      case '--fix':
        args.fix = true;
        break;
      case '--config':
      case '-c':
        args.config = get();
        break;
      case '--stdin-kind': {
        const k = get();
        if (k !== 'markdown' && k !== 'plaintext') throw new UsageError(`--stdin-kind phải là markdown hoặc plaintext (got "${k}")`);
        args.stdinKind = k;
        break;
      }
      case '--max-file-size': {
        const mb = Number(get());
        if (!(mb > 0)) throw new UsageError('--max-file-size cần một số MB dương (needs a positive number of MB)');
        args.maxFileSize = mb * 1024 * 1024;
        break;
      }
      case '--help':
      case '-h':
        args.command = 'help';
        break;
      default:
        throw new UsageError(`tùy chọn không rõ (unknown option) "${a}"`);
    }
  }
  if (args.paths.length === 0) args.paths.push('.');
  return args;
}

/** The CLI as a function: testable in-process, wrapped by `main.ts`. Returns the exit status. */
export function runCli(argv: string[], io: CliIo): number {
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`bientap: ${error.message} (bientap --help)\n`);
      return 2;
    }
    throw error;
  }
  if (args.command === 'help') {
    io.stdout(USAGE);
    return 0;
  }
  if (args.command === 'version') {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  if (args.command === 'rules') {
    for (const r of allRules) io.stdout(`${r.meta.id}\t${r.meta.defaultSeverity}\t${r.meta.fixable ? 'fix' : '-'}\t${r.meta.description.vi}\n`);
    return 0;
  }

  let ioFailure = false;
  const reportProblem = (p: ConfigProblem) => io.stderr(`bientap: ${formatProblem(p)}\n`);
  const reportedConfigs = new Set<string>();
  const resolver = new ConfigResolver();
  let forced: PartialSettings | undefined;
  if (args.config) {
    const loaded = loadConfigFile(path.resolve(io.cwd, args.config));
    if (loaded.problems.length) {
      loaded.problems.forEach((p) => reportProblem({ ...p, file: args.config! }));
      ioFailure = true;
    }
    forced = loaded.settings;
  }
  const settingsFor = (file: string | undefined) => {
    if (args.config) return mergeSettings(defaultSettings(), forced);
    if (!file) return mergeSettings(defaultSettings(), resolver.loadFor(path.join(io.cwd, 'stdin')).settings);
    const loaded = resolver.loadFor(file);
    if (loaded.problems.length && loaded.file && !reportedConfigs.has(loaded.file)) {
      reportedConfigs.add(loaded.file);
      loaded.problems.forEach((p) => reportProblem({ ...p, file: path.relative(io.cwd, p.file) || p.file }));
      ioFailure = true;
    }
    // A broken configuration is reported; checking goes on with the defaults.
    return mergeSettings(defaultSettings(), loaded.settings);
  };

  // Expand the paths into (display path, absolute path) pairs.
  const targets: { display: string; abs?: string }[] = [];
  for (const p of args.paths) {
    if (p === '-') {
      targets.push({ display: '-' });
      continue;
    }
    const abs = path.resolve(io.cwd, p);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(abs);
    } catch (error) {
      io.stderr(`bientap: ${p}: không tìm thấy (not found): ${(error as NodeJS.ErrnoException).code ?? error}\n`);
      ioFailure = true;
      continue;
    }
    if (stat.isDirectory()) {
      const files = collectDrafts(abs);
      if (files.length === 0) io.stderr(`bientap: ${p}: không có bản thảo nào (no drafts: .md, .markdown, .txt)\n`);
      for (const f of files) targets.push({ display: path.join(p, path.relative(abs, f)), abs: f });
    } else targets.push({ display: p, abs });
  }

  const reports: FileReport[] = [];
  for (const t of targets) {
    let text: string;
    let bom = false;
    let kind: DocumentKind;
    if (!t.abs) {
      text = io.readStdin();
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      kind = args.stdinKind;
    } else {
      let bytes: Uint8Array;
      try {
        const size = fs.statSync(t.abs).size;
        if (size > args.maxFileSize) {
          io.stderr(`bientap: ${t.display}: tệp quá lớn, bỏ qua (file too large, skipped): ${(size / 1048576).toFixed(1)} MB > ${(args.maxFileSize / 1048576).toFixed(0)} MB (--max-file-size)\n`);
          ioFailure = true;
          continue;
        }
        bytes = fs.readFileSync(t.abs);
      } catch (error) {
        io.stderr(`bientap: ${t.display}: không đọc được (cannot read): ${(error as NodeJS.ErrnoException).code ?? error}\n`);
        ioFailure = true;
        continue;
      }
      const decoded = decodeDraft(bytes);
      if (!decoded.ok) {
        io.stderr(`bientap: ${t.display}: ${decoded.reason}\n`);
        ioFailure = true;
        continue;
      }
      text = decoded.text;
      bom = decoded.bom;
      kind = kindOf(t.abs);
    }
    const options: CheckOptions = { kind, settings: settingsFor(t.abs), rules: allRules };
    if (args.fix) {
      const result = fixAll(text, options);
      if (result.text !== text) {
        if (t.abs) {
          try {
            writeAtomic(t.abs, result.text, bom);
          } catch (error) {
            io.stderr(`bientap: ${t.display}: không ghi được (cannot write): ${(error as NodeJS.ErrnoException).code ?? error}\n`);
            ioFailure = true;
          }
        } else if (args.format === 'text') {
          // Fixed standard input goes to standard output; the report goes to standard error.
          io.stdout(result.text);
        }
      }
      reports.push({ path: t.display, diagnostics: result.remaining, fixed: result.applied });
    } else {
      const result = check(text, options);
      for (const f of result.failures) io.stderr(`bientap: ${t.display}: quy tắc ${f.rule} gặp lỗi và bị bỏ qua (rule failed and was skipped): ${String((f.error as Error)?.message ?? f.error)}\n`);
      reports.push({ path: t.display, diagnostics: result.diagnostics });
    }
  }

  const out = args.fix && targets.some((t) => !t.abs) && args.format === 'text' ? io.stderr : io.stdout;
  if (args.format === 'json') io.stdout(formatJson(reports));
  else if (args.format === 'sarif') io.stdout(formatSarif(reports, allRules, VERSION, (id) => docsUrl(id)));
  else out(formatText(reports, io.isTTY && !io.env.NO_COLOR));

  if (ioFailure) return 2;
  return summarize(reports).errors > 0 ? 1 : 0;
}
