/**
 * Merges each bank folder in questions/, validates it, and writes dist/banks/<id>.json. Built-in banks are validated
 * here so the elements can skip the validator (and zod) at run time.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bankFolders, readBankFolder } from './bank-folder.js';

const outDir = join('dist', 'banks');
mkdirSync(outDir, { recursive: true });
let failed = false;
for (const folder of bankFolders()) {
  const { bank, errors } = readBankFolder(folder);
  if (!bank) {
    failed = true;
    for (const e of errors) console.error(`${e.file}: ${e.path}: ${e.message}`);
    continue;
  }
  const { $schema: _schema, ...clean } = bank;
  const file = join(outDir, `${bank.id}.json`);
  writeFileSync(file, JSON.stringify(clean));
  console.log(`${file}: ${bank.questions.length} questions, ${bank.comparisons.length} comparisons, ${bank.checklists.length} checklists`);
}
if (failed) process.exit(1);
