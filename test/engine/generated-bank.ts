import type { Bank, Question } from '../../src/bank/schema.js';

export interface GeneratedDomain {
  id: string;
  weight: number;
  /** How many questions the domain gets. */
  count: number;
}

export interface GenerateOptions {
  id?: string;
  version?: string;
  domains?: GeneratedDomain[];
  exam?: { id?: string; questionCount: number; durationMinutes?: number; passPercent?: number };
  /** Objectives per domain (questions are spread over them round-robin). */
  objectivesPerDomain?: number;
  /** Options per question: a fixed number, or cycling 2..6 when 'mixed'. */
  options?: number | 'mixed';
}

/**
 * A valid bank of generated questions whose ids look like the real bank's: `ops-monitoring-012` (18 characters),
 * `dev-monitoring-003`, with objectives `ops.monitoring.1` … Every third question is a multiple-select.
 */
export function generateBank(options: GenerateOptions = {}): Bank {
  const domains = options.domains ?? [
    { id: 'dev', weight: 44, count: 60 },
    { id: 'ops', weight: 44, count: 60 },
    { id: 'dep', weight: 12, count: 29 },
  ];
  const perDomain = options.objectivesPerDomain ?? 3;
  const objectives = domains.flatMap((d) =>
    Array.from({ length: perDomain }, (_, i) => ({
      id: `${d.id}.monitoring.${i + 1}`,
      domain: d.id,
      title: `Objective ${i + 1} of ${d.id}`,
    })),
  );
  const questions: Question[] = [];
  let n = 0;
  for (const d of domains) {
    for (let i = 0; i < d.count; i += 1) {
      const optionCount = options.options === 'mixed' ? 2 + (n % 5) : (options.options ?? 4);
      const ids = 'abcdef'.slice(0, optionCount).split('') as Question['answer'];
      const multiple = n % 3 === 2 && optionCount >= 3;
      questions.push({
        id: `${d.id}-monitoring-${String(i + 1).padStart(3, '0')}`,
        type: multiple ? 'multiple' : 'single',
        objective: `${d.id}.monitoring.${(i % perDomain) + 1}`,
        difficulty: 2,
        stem: `Generated question ${i + 1} of ${d.id}?`,
        options: ids.map((id) => ({ id, text: `Option ${id}`, rationale: `Because ${id}.` })),
        answer: multiple ? [ids[0]!, ids[optionCount - 1]!] : [ids[n % optionCount]!],
        explanation: 'Generated.',
      });
      n += 1;
    }
  }
  const exam = options.exam ?? { questionCount: 59 };
  return {
    id: options.id ?? 'generated',
    title: 'Generated bank',
    version: options.version ?? '1.0.0',
    domains: domains.map((d) => ({ id: d.id, title: `Domain ${d.id}`, weight: d.weight })),
    objectives,
    questions,
    comparisons: [],
    checklists: [],
    exams: [
      {
        id: exam.id ?? 'mock-exam',
        title: 'Mock exam',
        questionCount: exam.questionCount,
        durationMinutes: exam.durationMinutes ?? 120,
        passPercent: exam.passPercent ?? 70,
      },
    ],
  };
}

/** The answer key of a question as a selection. */
export function keyOf(bank: Bank, questionId: string): string[] {
  return [...bank.questions.find((q) => q.id === questionId)!.answer];
}

/** A wrong selection for a question (the first option that is not in the key). */
export function wrongOf(bank: Bank, questionId: string): string[] {
  const q = bank.questions.find((x) => x.id === questionId)!;
  return [q.options.find((o) => !q.answer.includes(o.id))!.id];
}
