/**
 * A review session: the questions whose review time has come (most overdue first), then unseen questions from the
 * objectives the record knows least (the "study next" order of the readiness model), taken in turn one per objective.
 */
import type { Question } from '../bank/schema.js';
import { assessReadiness, type ReadinessBank } from './readiness.js';
import type { LearnerRecord } from './record.js';
import { buildSchedule, dueQuestions, nextReview } from './schedule.js';

export interface ReviewPlan {
  /** Every due question of the bank (the "N due" figure counts these). */
  dueCount: number;
  /** The session: due questions first (at most `count`), then unseen ones, `count` in all at most. */
  questions: Question[];
  /** How many of `questions` are due reviews (the rest are new). */
  reviews: number;
  /** The next review time after `now` once this session is done, epoch ms; null when none. */
  nextReview: number | null;
}

/** Plans a session of at most `count` questions at time `now`. */
export function planReview(
  bank: ReadinessBank,
  record: Pick<LearnerRecord, 'answers' | 'exams'>,
  now: number,
  count: number,
): ReviewPlan {
  const size = Number.isFinite(count) && count >= 1 ? Math.floor(count) : 20;
  const byId = new Map(bank.questions.map((q) => [q.id, q]));
  const schedule = buildSchedule(record, byId.keys());
  const due = dueQuestions(schedule, now);
  const questions = due.slice(0, size).map((s) => byId.get(s.questionId)!);
  const reviews = questions.length;
  if (questions.length < size) {
    const readiness = assessReadiness(bank, record, now);
    const order = [...readiness.objectives].sort((a, b) => b.gain - a.gain || (a.id < b.id ? -1 : 1)).map((o) => o.id);
    const unseen = new Map<string, Question[]>(order.map((id) => [id, []]));
    for (const q of bank.questions)
      if (!schedule.has(q.id) && q.objective !== undefined) unseen.get(q.objective)?.push(q);
    // One per objective in turn, least known first, so a session spreads over the weakest objectives.
    while (questions.length < size) {
      let took = false;
      for (const id of order) {
        const next = unseen.get(id)?.shift();
        if (!next) continue;
        questions.push(next);
        took = true;
        if (questions.length >= size) break;
      }
      if (!took) break;
    }
  }
  return { dueCount: due.length, questions, reviews, nextReview: nextReview(schedule, now) };
}
