/**
 * A bundled app using ml-quiz from npm: it registers only the element it uses, loads the built-in bank with
 * `loadBank`, builds a second bank in code, sets both through the `bank` property, overrides labels, and listens to
 * typed events (their `detail` types come from `GlobalEventHandlersEventMap`, which the package augments).
 */
import 'ml-quiz/elements/ml-quiz.js';
import { loadBank, type Bank } from 'ml-quiz/bank';
import type { AnswerDetail, BankIssue } from 'ml-quiz';

const score = document.querySelector<HTMLParagraphElement>('#score')!;
const log = document.querySelector<HTMLOListElement>('#log')!;
const domainPicker = document.querySelector<HTMLSelectElement>('#domain')!;

/** Answers so far, across every card in the app. */
const answers: AnswerDetail[] = [];

function record(line: string): void {
  const item = document.createElement('li');
  item.textContent = line;
  log.prepend(item);
}

function showScore(): void {
  const correct = answers.filter((a) => a.correct).length;
  score.textContent = `${correct} of ${answers.length} correct`;
}

function showErrors(where: string, errors: BankIssue[]): void {
  record(`${where}: ${errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
}

/** `document.createElement('ml-quiz')` is typed as MlQuiz through HTMLElementTagNameMap. */
function createQuiz(): HTMLElementTagNameMap['ml-quiz'] {
  const quiz = document.createElement('ml-quiz');
  quiz.addEventListener('ml-answer', (event) => {
    // event is MlEvent<'ml-answer'>: detail is { questionId, selected, correct }.
    const correct: boolean = event.detail.correct;
    answers.push(event.detail);
    record(`${event.detail.questionId}: ${correct ? 'correct' : 'incorrect'} (${event.detail.selected.join(', ')})`);
    showScore();
  });
  quiz.addEventListener('ml-complete', (event) =>
    record(`deck complete: ${event.detail.correct} of ${event.detail.total}`),
  );
  quiz.addEventListener('ml-bank-error', (event) => showErrors('bank error', event.detail.errors));
  return quiz;
}

// 1. A deck from the built-in bank, loaded in code and passed as an object.
const deck = createQuiz();
deck.labels = { checkAnswer: 'Check my answer', next: 'Next question' };
deck.domain = domainPicker.value;
deck.count = 3;
deck.seed = 2025;
document.querySelector('#deck')!.append(deck);
domainPicker.addEventListener('change', () => {
  deck.domain = domainPicker.value;
});

const loaded = await loadBank('databricks-ml-professional');
if (loaded.ok) {
  deck.bank = loaded.bank;
  record(`loaded ${loaded.bank.title} (${loaded.bank.questions.length} questions)`);
} else {
  showErrors('could not load the bank', loaded.errors);
}

// 2. A bank built in code. The element validates it (the validator loads on demand) before showing it.
const teamBank: Bank = {
  id: 'team-notes',
  title: 'Team notes',
  version: '2025.05',
  domains: [{ id: 'platform', title: 'Our platform', weight: 100 }],
  objectives: [{ id: 'platform.rollout.1', domain: 'platform', title: 'Roll out a model version safely' }],
  questions: [
    {
      id: 'team-rollout-001',
      type: 'single',
      objective: 'platform.rollout.1',
      difficulty: 1,
      stem: 'Our runbook says to roll back a canary by setting its route to what?',
      options: [
        {
          id: 'a',
          text: '`0` percent of traffic',
          rationale: 'Right: the current model keeps serving everything, with no redeploy.',
        },
        {
          id: 'b',
          text: '`50` percent of traffic',
          rationale: 'Wrong: half the users would still see the faulty model.',
        },
        {
          id: 'c',
          text: 'Delete the endpoint',
          rationale: 'Wrong: that drops every served model, the healthy one too.',
        },
      ],
      answer: ['a'],
      explanation: 'A route of `0` takes the challenger out of traffic in one zero-downtime config update.',
      sources: [
        {
          title: 'Serve multiple models to an endpoint',
          url: 'https://docs.databricks.com/aws/en/machine-learning/model-serving/serve-multiple-models-to-serving-endpoint',
        },
      ],
      tags: ['rollout'],
    },
  ],
  comparisons: [],
  checklists: [],
  exams: [],
};

const team = createQuiz();
team.bank = teamBank;
team.question = 'team-rollout-001';
document.querySelector('#team')!.append(team);
