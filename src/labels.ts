import { cardLabels, format } from './labels-card.js';

/** Every visible text of the elements, overridable per element through its `labels` property. */
export interface Labels {
  /** Column heading of the per-domain interval in exam results. */
  intervalColumn: string;
  /** The last line of a long error list: `{n}` problems not shown. */
  moreErrors: string;
  checkAnswer: string;
  next: string;
  previous: string;
  tryMissedAgain: string;
  flagForReview: string;
  unflag: string;
  startExam: string;
  submitExam: string;
  returnToExam: string;
  reviewAnswers: string;
  practiceMissed: string;
  newAttempt: string;
  reset: string;
  cancel: string;
  correct: string;
  incorrect: string;
  passed: string;
  failed: string;
  selectOne: string;
  /** `{n}` is replaced by the number of answers to pick. */
  selectN: string;
  explanation: string;
  source: string;
  yourAnswer: string;
  correctAnswer: string;
  /** `{current}` of `{total}`. */
  progress: string;
  /** `Question {current} of {total}`. */
  questionProgress: string;
  /** `{checked} of {total} ready`. */
  checklistProgress: string;
  /** `{correct} of {total} correct`. */
  score: string;
  deckComplete: string;
  missedQuestions: string;
  allCorrect: string;
  loading: string;
  errorTitle: string;
  noBank: string;
  storageUnavailable: string;
  resetConfirm: string;
  whichFits: string;
  useWhen: string;
  trap: string;
  practice: string;
  untimedPractice: string;
  timeRemaining: string;
  /** Screen-reader announcement, `{minutes}`. */
  minutesLeft: string;
  submitConfirm: string;
  unansweredCount: string;
  flaggedCount: string;
  navigator: string;
  results: string;
  timeUsed: string;
  passMark: string;
  byDomain: string;
  weakestObjectives: string;
  wrongOnly: string;
  flaggedOnly: string;
  all: string;
  notAnswered: string;
  savedStateOutdated: string;
  savedStateKeptPartly: string;
  domain: string;
  questions: string;
  duration: string;
  minutes: string;
  unanswered: string;
  flagged: string;
  answered: string;
  current: string;
  // <ml-comparison> and <ml-checklist>
  /** Comparison table and section headings, `Use {name} when…`. */
  useWhenName: string;
  /** `Scenario {current} of {total}`. */
  scenarioProgress: string;
  practiceComplete: string;
  practiseAgain: string;
  /** Objectives linked to a checklist item (read by screen readers before the ids). */
  objectives: string;
  loadingContent: string;
  /** Saved checklist progress could not be read. */
  savedStateCorrupt: string;
  // <ml-review> and <ml-progress>
  /** `{n} due`: questions whose review time has come. */
  dueCount: string;
  /** Marks a question practised for the first time in a review. */
  newQuestion: string;
  /** Marks a due question in a review. */
  dueReview: string;
  reviewComplete: string;
  seeResults: string;
  /** `Next review: {when}`. */
  nextReview: string;
  today: string;
  tomorrow: string;
  now: string;
  noReviewScheduled: string;
  nothingToReview: string;
  reviewAgain: string;
  /** The record could not be read from storage. */
  recordCorrupt: string;
  /** `{n}` malformed entries were left out of the record. */
  recordDropped: string;
  /** Answers with record="off". */
  recordOff: string;
  progressTitle: string;
  /** `Estimated score {percent}% ({low}–{high}%)`. */
  estimatedScore: string;
  notEnoughAnswers: string;
  /** `Answer {n} more questions ({detail}) for an estimate.` */
  notEnoughDetail: string;
  /** `{n} in {domain}`. */
  moreIn: string;
  /** `Pass mark {pass}%: {verdict}`. */
  readinessVerdict: string;
  likelyPass: string;
  likelyFail: string;
  tooClose: string;
  objective: string;
  /** Column: answered / total questions. */
  answeredOfTotal: string;
  shareRight: string;
  interval: string;
  lastSeen: string;
  never: string;
  examAttempts: string;
  noAttempts: string;
  date: string;
  studyNext: string;
  /** `{points} points to gain`. */
  pointsToGain: string;
  chartCaption: string;
  exportProgress: string;
  importProgress: string;
  print: string;
  /** `{added} new answers imported; {total} in the record.` */
  importDone: string;
  importError: string;
  /** A child of an <ml-bank> whose load failed: a quiet pointer to the provider's message (no second alert). */
  bankFailedSeeAbove: string;
  /** A deck's saved progress could not be read. */
  deckSavedCorrupt: string;
  /** None of a deck's saved questions is in it any more. */
  deckSavedOutdated: string;
  // <ml-exam> and the confirmation dialog (phase 2)
  /** Heading of the confirmation before "New attempt". */
  newAttemptConfirm: string;
  /** What "New attempt" clears, `{percent}`. */
  newAttemptClears: string;
  /** Heading of the confirmation before a deck's "Reset". */
  resetDeckConfirm: string;
  /** What a deck's "Reset" clears, `{answered}` of `{total}`. */
  resetDeckClears: string;
  /** Screen-reader announcement for one minute, `{minutes}` (plural rules choose it over `minutesLeft`). */
  minuteLeft: string;
  /** Time used under a minute, `{s}`. */
  durationSeconds: string;
  /** Time used under an hour, `{m}` and `{ss}` (two digits). */
  durationMinutes: string;
  /** Time used from an hour on, `{h}` and `{mm}` (two digits). */
  durationHours: string;
  /** The per-domain interval's column heading in exam results. */
  likelyRange: string;
  /** The note under the domain table explaining the range. */
  likelyRangeNote: string;
  /** The result could not be sent to the LMS. */
  lmsNotRecorded: string;
  /** A submitted result could not be saved in this browser. */
  resultNotSaved: string;
  /** A resumed attempt lost questions the bank no longer has, `{n}`. */
  examQuestionsDropped: string;
  /** Link from the exam results to the progress view. */
  seeProgress: string;
  /** Review screen: "Jump to question" navigation. */
  jumpToQuestion: string;
  /** Review screen: back to the results. */
  backToResults: string;
}

/** Every element's default texts (English). */
export const defaultLabels: Labels = {
  ...cardLabels,
  previous: 'Previous',
  flagForReview: 'Flag for review',
  unflag: 'Remove flag',
  startExam: 'Start exam',
  submitExam: 'Submit exam',
  returnToExam: 'Return to exam',
  reviewAnswers: 'Review answers',
  practiceMissed: 'Practice missed questions',
  newAttempt: 'New attempt',
  passed: 'Passed',
  failed: 'Failed',
  explanation: 'Explanation',
  questionProgress: 'Question {current} of {total}',
  checklistProgress: '{checked} of {total} ready',
  resetConfirm: 'Clear all progress?',
  whichFits: 'Which fits: {a} or {b}?',
  useWhen: 'Use when',
  trap: 'Trap',
  practice: 'Practice',
  untimedPractice: 'Practise without a time limit',
  timeRemaining: 'Time remaining',
  minutesLeft: '{minutes} minutes left',
  submitConfirm: 'Submit the exam now?',
  unansweredCount: '{n} unanswered',
  flaggedCount: '{n} flagged for review',
  navigator: 'Questions',
  results: 'Results',
  timeUsed: 'Time used',
  passMark: 'Pass mark',
  byDomain: 'Score by domain',
  weakestObjectives: 'Weakest objectives',
  wrongOnly: 'Wrong only',
  flaggedOnly: 'Flagged',
  all: 'All',
  notAnswered: 'Not answered',
  savedStateOutdated: 'Your saved attempt could not be restored, so a new one can start.',
  domain: 'Domain',
  questions: 'Questions',
  duration: 'Duration',
  minutes: 'minutes',
  unanswered: 'Unanswered',
  flagged: 'Flagged',
  answered: 'Answered',
  current: 'Current',
  useWhenName: 'Use {name} when…',
  scenarioProgress: 'Scenario {current} of {total}',
  practiceComplete: 'Practice complete',
  practiseAgain: 'Practise again',
  objectives: 'Objectives',
  loadingContent: 'Loading…',
  savedStateCorrupt: 'Your saved progress could not be read, so the checklist starts fresh.',
  dueCount: '{n} due',
  newQuestion: 'New',
  dueReview: 'Review',
  reviewComplete: 'Review complete',
  nextReview: 'Next review: {when}',
  today: 'today',
  tomorrow: 'tomorrow',
  now: 'now',
  noReviewScheduled: 'No review is scheduled yet.',
  nothingToReview: 'Nothing is due and you have seen every question. Come back for the next review.',
  reviewAgain: 'Review again',
  recordDropped: '{n} saved answers could not be read and were left out.',
  recordOff: 'Answers here are not added to your record.',
  progressTitle: 'Your progress',
  estimatedScore: 'Estimated score {percent}% ({low}–{high}%)',
  notEnoughAnswers: 'Not enough answers yet',
  notEnoughDetail: 'Answer {n} more questions ({detail}) for an estimate; one mock exam is enough.',
  moreIn: '{n} in {domain}',
  readinessVerdict: 'Pass mark {pass}%: {verdict}',
  likelyPass: 'the whole interval is above it.',
  likelyFail: 'the whole interval is below it.',
  tooClose: 'the interval includes it, so keep practising.',
  objective: 'Objective',
  answeredOfTotal: 'Answered',
  shareRight: 'Right',
  interval: '90% interval',
  lastSeen: 'Last seen',
  never: 'Never',
  examAttempts: 'Exam attempts',
  noAttempts: 'No exam submitted yet.',
  date: 'Date',
  studyNext: 'Study next',
  pointsToGain: '{points} points to gain',
  chartCaption: 'Share right by domain, with the pass mark',
  exportProgress: 'Export progress',
  importProgress: 'Import progress',
  print: 'Print',
  importDone: '{added} new answers imported; {total} in the record.',
  importError: 'This file cannot be imported',
  intervalColumn: '90% CI',
  newAttemptConfirm: 'Start a new attempt?',
  newAttemptClears:
    'This clears the results and review of your last attempt ({percent}%). Your progress record keeps its answers.',
  minuteLeft: '{minutes} minute left',
  durationSeconds: '{s} s',
  durationMinutes: '{m} min {ss} s',
  durationHours: '{h} h {mm} min',
  likelyRange: 'Likely range',
  likelyRangeNote:
    'Likely range: where your true score in a domain probably lies, given how few questions it had (a 90% Wilson score interval).',
  lmsNotRecorded:
    'Your result could not be sent to the learning platform, so it is not recorded there. Keep this page open and tell your course administrator.',
  resultNotSaved: 'This browser could not save your result: it will be gone when you leave the page.',
  examQuestionsDropped:
    'The question bank changed since you started: {n} of your questions no longer exist and were left out; your other answers were kept.',
  seeProgress: 'See your progress',
  jumpToQuestion: 'Jump to question',
  backToResults: 'Back to results',
};

export { format };
