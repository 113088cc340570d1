/** The JSON Schema for authors, generated from the zod schemas. It describes one bank file (every key optional). */
import * as z from 'zod/mini';
import { bankFileSchema } from './schema.js';

export function toJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(bankFileSchema, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
  }) as Record<string, unknown>;
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://unpkg.com/ml-quiz/questions/question-bank.schema.json',
    title: 'ml-quiz question bank file',
    description:
      'One file of an ml-quiz question bank. A bank folder is bank.json plus other *.json files merged in name order (arrays concatenate). Cross-checks (unique ids, answers among options, objectives that exist, drawable exams) are made by `npm run validate`.',
    ...schema,
  };
}
