import type { Diagnostic, Severity } from '../engine/types.js';
import type { Rule } from '../engine/types.js';

export interface FileReport {
  /** As given on the command line, or joined to the folder that was given. */
  path: string;
  diagnostics: Diagnostic[];
  /** Number of fixes applied by `--fix`. */
  fixed?: number;
}

export interface Summary {
  errors: number;
  warnings: number;
  information: number;
  hints: number;
  files: number;
  fixed: number;
}

export function summarize(reports: readonly FileReport[]): Summary {
  const s: Summary = { errors: 0, warnings: 0, information: 0, hints: 0, files: reports.length, fixed: 0 };
  for (const r of reports) {
    s.fixed += r.fixed ?? 0;
    for (const d of r.diagnostics) {
      if (d.severity === 'error') s.errors++;
      else if (d.severity === 'warning') s.warnings++;
      else if (d.severity === 'information') s.information++;
      else s.hints++;
    }
  }
  return s;
}

const COLORS: Record<Severity, string> = { error: '\x1b[31m', warning: '\x1b[33m', information: '\x1b[36m', hint: '\x1b[90m' };
const RESET = '\x1b[0m';
const DIM = '\x1b[2m';

/** `path:line:column  severity  rule  message`, 1-based line and column as terminals expect. */
export function formatText(reports: readonly FileReport[], color: boolean): string {
  const lines: string[] = [];
  for (const r of reports) {
    for (const d of r.diagnostics) {
      const loc = `${r.path}:${d.range.start.line + 1}:${d.range.start.character + 1}`;
      const sev = color ? `${COLORS[d.severity]}${d.severity}${RESET}` : d.severity;
      const rule = color ? `${DIM}${d.rule}${RESET}` : d.rule;
      lines.push(`${loc}  ${sev}  ${rule}  ${d.message}`);
    }
  }
  const s = summarize(reports);
  const total = s.errors + s.warnings + s.information + s.hints;
  const parts = [`${total} ${total === 1 ? 'problem' : 'problems'} (${s.errors} errors, ${s.warnings} warnings, ${s.information} information, ${s.hints} hints) in ${s.files} ${s.files === 1 ? 'file' : 'files'}`];
  if (s.fixed > 0) parts.push(`${s.fixed} fixed`);
  lines.push(parts.join('; '));
  return lines.join('\n') + '\n';
}

export function formatJson(reports: readonly FileReport[]): string {
  return (
    JSON.stringify({
      files: reports.map((r) => ({
        path: r.path,
        ...(r.fixed !== undefined ? { fixed: r.fixed } : {}),
        diagnostics: r.diagnostics.map((d) => ({
          rule: d.rule,
          severity: d.severity,
          message: d.message,
          range: d.range,
          fixes: d.fixes.map((f) => ({ title: f.title, edits: f.edits, isPreferred: f.isPreferred })),
          ...(d.related?.length ? { related: d.related } : {}),
          source: d.source,
          docs: d.docs,
        })),
      })),
    }) + '\n'
  );
}

const SARIF_LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/** SARIF 2.1.0 for GitHub code scanning and other CI viewers. Columns are 1-based UTF-16 code units. */
export function formatSarif(reports: readonly FileReport[], rules: readonly Rule[], version: string, docsUrl: (id: string) => string): string {
  const used = new Set(reports.flatMap((r) => r.diagnostics.map((d) => d.rule)));
  const ruleList = rules.filter((r) => used.has(r.meta.id));
  const index = new Map(ruleList.map((r, i) => [r.meta.id, i]));
  const region = (range: Diagnostic['range']) => ({
    startLine: range.start.line + 1,
    startColumn: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1,
  });
  const uri = (p: string) => p.split('\\').join('/');
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'bientap',
            version,
            informationUri: 'https://github.com/bientap/bientap',
            rules: ruleList.map((r) => ({
              id: r.meta.id,
              shortDescription: { text: r.meta.description.en },
              fullDescription: { text: r.meta.description.vi },
              helpUri: docsUrl(r.meta.id),
              defaultConfiguration: { level: SARIF_LEVEL[r.meta.defaultSeverity] },
              properties: { tags: r.meta.tags },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: reports.flatMap((r) =>
          r.diagnostics.map((d) => ({
            ruleId: d.rule,
            ruleIndex: index.get(d.rule),
            level: SARIF_LEVEL[d.severity],
            message: { text: d.message },
            locations: [{ physicalLocation: { artifactLocation: { uri: uri(r.path) }, region: region(d.range) } }],
            ...(d.related?.length
              ? { relatedLocations: d.related.map((x, i) => ({ id: i + 1, message: { text: x.message }, physicalLocation: { artifactLocation: { uri: uri(r.path) }, region: region(x.range) } })) }
              : {}),
            ...(d.fixes.length
              ? {
                  fixes: d.fixes.map((f) => ({
                    description: { text: f.title },
                    artifactChanges: [{ artifactLocation: { uri: uri(r.path) }, replacements: f.edits.map((e) => ({ deletedRegion: region(e.range), insertedContent: { text: e.newText } })) }],
                  })),
                }
              : {}),
          })),
        ),
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}
