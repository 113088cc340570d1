/**
 * `ml-quiz/bank`: the question-bank module. DOM-free: in Node, read a bank file and pass its JSON to parseBank.
 * @module
 */
export { parseBank, parseBankFile, parseInline, type InlineContent } from './parse.js';
export { loadBank, clearBankCache } from './load.js';
export { builtInBankIds, builtInBankUrl, isBuiltInBank, registerBank, setBanksBaseUrl } from './registry.js';
export { openBankSource, clearSourceCache, type BankSource, type SourceOptions } from './source.js';
export { bankIndex, splitBank, type BankIndex, type QuestionEntry } from './split.js';
export { mergeBankFiles, mergeOrder, type BankFileInput, type MergeResult } from './merge.js';
export { lintBank, bankStats, type LintWarning, type BankStats, type LintOptions } from './lint.js';
export type { BankIssue, BankResult } from './issues.js';
export * from './schema.js';
export { toJsonSchema } from './json-schema.js';
