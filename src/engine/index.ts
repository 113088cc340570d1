/**
 * `ml-quiz/engine`: the DOM-free exam and quiz engine. Everything here is pure: the clock (`now`, epoch ms) and the
 * random seed are always passed in.
 *
 * - random: seeded randomness ({@link createRng}, {@link shuffle}, {@link randomSeed})
 * - select: quiz decks ({@link selectDeck})
 * - score: all-or-nothing scoring of one question ({@link isCorrect})
 * - blueprint: questions per domain ({@link allocateByWeight})
 * - exam: drawing an exam ({@link assembleExam}, {@link findExam}, {@link rememberSeen})
 * - exam-state: one attempt and its reducer ({@link startExam}, {@link examReducer})
 * - deadline: time limit math and the timer text ({@link remainingMs}, {@link expired}, {@link formatClock}, {@link crossedMarks})
 * - results: scores, Wilson intervals, weakest objectives, the `ml-exam-submit` detail ({@link scoreExam}, {@link submitDetail})
 * - serialize: saving and restoring ({@link serializeState}, {@link restoreState}, {@link compactState}, {@link expandState})
 * - record: the learner's record ({@link readRecord}, {@link addToRecord}, {@link mergeRecords}); bounded as documented there
 * - schedule: FSRS review times derived from the record ({@link buildSchedule}, {@link dueQuestions}, {@link nextReview};
 *   imports `ts-fsrs`)
 * - readiness: per domain and objective standing and the exam score estimate ({@link assessReadiness})
 * - review: a review session, due questions first ({@link planReview})
 * @module
 */
export { createRng, randomSeed, shuffle } from './random.js';
export { selectDeck, type DeckQuery, type Selection } from './select.js';
export { isCorrect } from './score.js';
export { allocateByWeight, type WeightedDomain } from './blueprint.js';
export {
  assembleExam,
  findExam,
  questionDomains,
  rememberSeen,
  toSeed,
  type AssembleOptions,
  type AssembleResult,
  type ExamBank,
  type ExamDraw,
  type FindExamResult,
} from './exam.js';
export {
  EXAM_STATE_VERSION,
  answeredCount,
  currentQuestionId,
  examReducer,
  isSubmitted,
  selectionOf,
  startExam,
  unansweredIds,
  type ExamAction,
  type ExamState,
  type StartAction,
  type SubmitReason,
} from './exam-state.js';
export {
  ANNOUNCE_MINUTES,
  computeDeadline,
  crossedMarks,
  durationMs,
  elapsedMs,
  expired,
  examMinutes,
  formatClock,
  remainingMs,
  type Timing,
} from './deadline.js';
export {
  Z_90,
  percentOf,
  scoreExam,
  secondsUsed,
  submitDetail,
  wilsonInterval,
  type ExamResults,
  type Interval,
  type ObjectiveScore,
  type QuestionOutcome,
  type ScoreTally,
  type ScoringBank,
  type SubmitDetail,
} from './results.js';
export {
  SUSPEND_DATA_LIMIT,
  compactState,
  expandState,
  restoreState,
  serializeState,
  type CompactState,
  type RestoreBank,
  type RestoreResult,
} from './serialize.js';
export {
  MAX_ANSWERS,
  MAX_ANSWERS_PER_QUESTION,
  MAX_EXAMS,
  RECORD_FORMAT,
  RECORD_VERSION,
  addToRecord,
  answerKey,
  answersByQuestion,
  emptyRecord,
  mergeRecords,
  readRecord,
  type AnswerSource,
  type LearnerRecord,
  type RecordRead,
  type RecordedAnswer,
  type RecordedExam,
} from './record.js';
export {
  buildSchedule,
  describeWhen,
  dueQuestions,
  nextReview,
  scheduleQuestion,
  type QuestionSchedule,
} from './schedule.js';
export {
  HALF_LIFE_DAYS,
  MIN_PER_DOMAIN,
  MIN_TOTAL,
  STUDY_NEXT_COUNT,
  assessReadiness,
  estimateScore,
  type DomainStanding,
  type ObjectiveStanding,
  type Readiness,
  type ReadinessBank,
  type ScoreEstimate,
  type StandingTally,
  type WeightedTally,
} from './readiness.js';
export { planReview, type ReviewPlan } from './review.js';
export { deckFits, fitDeck, restoreDeck, type FittedDeck } from './deck-saved.js';
export {
  currentDeckId,
  deckAnswerOf,
  deckReducer,
  deckSummary,
  isLastInDeck,
  startDeck,
  type DeckAction,
  type DeckAnswer,
  type DeckState,
  type DeckSummary,
} from './deck.js';
export {
  bankMeta,
  findById,
  resolveContent,
  type BankMeta,
  type ContentRequest,
  type ContentSource,
  type Resolution,
  type ResolvedContent,
} from './content.js';
export { ownValue } from './records.js';
export { parseBlocks, parseInline as parseMarkup, type Block, type Inline } from './markup.js';
