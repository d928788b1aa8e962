/** The engine's public surface, shared by the language server, the CLI and the tests. */
export * from './types.js';
export { check, compareDiagnostics, docsUrl, ruleSeverity, DEFAULT_DOCS_BASE, type CheckOptions, type CheckResult, type RuleFailure } from './engine.js';
export { applyFixes, minimalEdit, safeFixes } from './fixes.js';
export { fixAll, fixAllEdit, type FixAllResult } from './fixall.js';
export { defaultSettings, mergeSettings, type Settings, type PartialSettings } from './settings.js';
export { LineIndex } from './text.js';
export { DocumentContext, RuleContext, type Analysis } from './context.js';
export { Checker } from './engine.js';
