/**
 * The bank format, owned by these zod schemas. Types are inferred from them, and the JSON Schema for authors is
 * generated from them (scripts/export-schema.ts), so the three never drift apart.
 *
 * zod/mini keeps the validator small; it loads only for foreign content (built-in banks are validated at build time).
 */
import * as z from 'zod/mini';

/** Longest text a field may hold. */
export const MAX_TEXT = 10_000;

/**
 * What is wrong with a text's characters, if anything: a control character other than tab and newline (C0, DEL, C1),
 * or a lone surrogate (text that is not well-formed Unicode). One pass over the code units: it runs on every text of
 * a bank, and two regular expressions cost more than the rest of the validation of a string.
 */
export function textCharacterProblem(s: string): 'control' | 'surrogate' | undefined {
  for (let i = 0; i < s.length; i += 1) {
    const c = s.charCodeAt(i);
    if (c < 0x20) {
      if (c !== 0x09 && c !== 0x0a) return 'control';
    } else if (c < 0x7f) {
      continue;
    } else if (c <= 0x9f) {
      return 'control';
    } else if (c >= 0xd800 && c <= 0xdfff) {
      // A high surrogate must be followed by a low one; a low one must follow a high one (the pair is skipped).
      const next = s.charCodeAt(i + 1);
      if (c > 0xdbff || !(next >= 0xdc00 && next <= 0xdfff)) return 'surrogate';
      i += 1;
    }
  }
  return undefined;
}

const TEXT_MESSAGES = {
  control: 'expected text without control characters (only tab and newline are allowed)',
  surrogate: 'expected well-formed Unicode text, found a lone surrogate',
} as const;

/** Any visible text: 1–10,000 characters of well-formed Unicode without control characters. */
export const text = z.string().check(
  z.minLength(1, 'expected non-empty text, found an empty string'),
  z.maxLength(MAX_TEXT, `expected at most ${MAX_TEXT} characters`),
  z.refine((s) => textCharacterProblem(s) === undefined, {
    error: (issue) => TEXT_MESSAGES[textCharacterProblem(String(issue.input)) ?? 'control'],
  }),
);

/** An id: letters, digits, dots, dashes and underscores, starting with a letter or digit. */
export const id = z
  .string()
  .check(
    z.regex(
      /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/,
      'expected an id of letters, digits, ".", "-" or "_" (at most 128 characters)',
    ),
  );

export const httpUrl = z.string().check(
  z.maxLength(2048, 'expected a URL of at most 2048 characters'),
  z.refine((s) => /^https?:\/\/[^\s]+$/i.test(s), 'expected an http or https URL'),
);

export const optionId = z.enum(['a', 'b', 'c', 'd', 'e', 'f']);

export const sourceSchema = z.strictObject({ title: text, url: httpUrl });

export const optionSchema = z.strictObject({ id: optionId, text, rationale: text });

export const questionSchema = z.strictObject({
  id,
  type: z.enum(['single', 'multiple']),
  objective: z.optional(id),
  difficulty: z.optional(z.int().check(z.gte(1), z.lte(3))),
  stem: text,
  options: z.array(optionSchema).check(z.minLength(2), z.maxLength(6)),
  answer: z.array(optionId).check(z.minLength(1)),
  explanation: text,
  sources: z.optional(z.array(sourceSchema)),
  tags: z.optional(z.array(z.string().check(z.minLength(1), z.maxLength(64)))),
});

export const domainSchema = z.strictObject({
  id,
  title: text,
  weight: z.int().check(z.gte(0), z.lte(100)),
});

export const objectiveSchema = z.strictObject({ id, domain: id, title: text });

export const comparisonSideSchema = z.strictObject({ name: text, useWhen: text });

export const practiceSchema = z.strictObject({ id, scenario: text, answer: z.enum(['a', 'b']), why: text });

export const comparisonSchema = z.strictObject({
  id,
  title: text,
  a: comparisonSideSchema,
  b: comparisonSideSchema,
  trap: text,
  practice: z.array(practiceSchema),
});

export const checklistItemSchema = z.strictObject({ id, text, objectives: z.optional(z.array(id)) });

export const checklistSchema = z.strictObject({
  id,
  title: text,
  items: z.array(checklistItemSchema).check(z.minLength(1)),
});

export const examSchema = z.strictObject({
  id,
  title: text,
  questionCount: z.int().check(z.gte(1)),
  durationMinutes: z.number().check(z.gt(0), z.lte(24 * 60)),
  passPercent: z.number().check(z.gte(1), z.lte(100)),
});

/**
 * One bank file: every key optional, `$schema` allowed. A bank folder is several of these merged
 * (see merge.ts); the merged bank must satisfy {@link bankSchema}.
 */
export const bankFileSchema = z.strictObject({
  $schema: z.optional(z.string()),
  id: z.optional(id),
  title: z.optional(text),
  version: z.optional(text),
  notes: z.optional(text),
  domains: z.optional(z.array(domainSchema)),
  objectives: z.optional(z.array(objectiveSchema)),
  questions: z.optional(z.array(questionSchema)),
  comparisons: z.optional(z.array(comparisonSchema)),
  checklists: z.optional(z.array(checklistSchema)),
  exams: z.optional(z.array(examSchema)),
});

/** A whole (merged) bank. */
export const bankSchema = z.strictObject({
  $schema: z.optional(z.string()),
  id,
  title: text,
  version: text,
  notes: z.optional(text),
  domains: z.array(domainSchema).check(z.minLength(1)),
  objectives: z.array(objectiveSchema),
  questions: z.array(questionSchema),
  comparisons: z._default(z.array(comparisonSchema), []),
  checklists: z._default(z.array(checklistSchema), []),
  exams: z._default(z.array(examSchema), []),
});

export type Source = z.infer<typeof sourceSchema>;
export type Option = z.infer<typeof optionSchema>;
export type OptionId = z.infer<typeof optionId>;
export type Question = z.infer<typeof questionSchema>;
export type Domain = z.infer<typeof domainSchema>;
export type Objective = z.infer<typeof objectiveSchema>;
export type ComparisonSide = z.infer<typeof comparisonSideSchema>;
export type PracticeScenario = z.infer<typeof practiceSchema>;
export type Comparison = z.infer<typeof comparisonSchema>;
export type ChecklistItem = z.infer<typeof checklistItemSchema>;
export type Checklist = z.infer<typeof checklistSchema>;
export type Exam = z.infer<typeof examSchema>;
export type BankFile = z.infer<typeof bankFileSchema>;
export type Bank = z.output<typeof bankSchema>;
