import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseConfig, type ConfigProblem } from '../engine/config.js';
import type { PartialSettings } from '../engine/settings.js';
import { allRules } from '../rules/index.js';

export const CONFIG_FILE_NAME = '.bientap.json';

export interface LoadedConfig {
  /** The file that applies, if any. */
  file?: string;
  settings?: PartialSettings;
  problems: ConfigProblem[];
}

const knownRules = new Set(allRules.map((r) => r.meta.id));

/** Reads and validates one configuration file. I/O errors become problems, never exceptions. */
export function loadConfigFile(file: string): LoadedConfig {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    return { file, problems: [{ file, line: 1, column: 1, message: `không đọc được tệp cấu hình (cannot read the configuration): ${(error as NodeJS.ErrnoException).code ?? String(error)}` }] };
  }
  const parsed = parseConfig(text, file, knownRules);
  return { file, settings: parsed.settings, problems: parsed.problems };
}

/**
 * Finds the configuration that applies to a draft: the nearest `.bientap.json`
 * walking up from its folder. The CLI and the language server both use this,
 * so they resolve configuration identically. Results are cached per folder;
 * call `clear()` when a configuration file changes.
 */
export class ConfigResolver {
  private readonly byDir = new Map<string, string | null>();
  private readonly byFile = new Map<string, LoadedConfig>();

  /** The configuration file for a draft at `filePath`, or undefined. */
  findFor(filePath: string): string | undefined {
    return this.findInDir(path.dirname(path.resolve(filePath))) ?? undefined;
  }

  private findInDir(dir: string): string | null {
    const cached = this.byDir.get(dir);
    if (cached !== undefined) return cached;
    const candidate = path.join(dir, CONFIG_FILE_NAME);
    let found: string | null = null;
    if (isFile(candidate)) found = candidate;
    else {
      const parent = path.dirname(dir);
      if (parent !== dir) found = this.findInDir(parent);
    }
    this.byDir.set(dir, found);
    return found;
  }

  loadFor(filePath: string): LoadedConfig {
    const file = this.findFor(filePath);
    if (!file) return { problems: [] };
    return this.load(file);
  }

  load(file: string): LoadedConfig {
    const abs = path.resolve(file);
    let loaded = this.byFile.get(abs);
    if (!loaded) {
      loaded = loadConfigFile(file);
      this.byFile.set(abs, loaded);
    }
    return loaded;
  }

  clear(): void {
    this.byDir.clear();
    this.byFile.clear();
  }
}

function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}
