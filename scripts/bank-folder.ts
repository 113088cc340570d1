/** The folder reader lives in the package's CLI (src/cli/bank-folder.ts); the build imports it from here. */
export { bankFolders, readBankFolder, type FileIssue, type FolderResult } from '../src/cli/bank-folder.js';
