/** npm run schema: writes questions/question-bank.schema.json from the zod schemas (one bank file). */
import { writeFileSync } from 'node:fs';
import { toJsonSchema } from '../src/bank/json-schema.js';

const out = 'questions/question-bank.schema.json';
writeFileSync(out, `${JSON.stringify(toJsonSchema(), null, 2)}\n`);
console.log(`wrote ${out}`);
