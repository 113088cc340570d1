import 'ml-quiz';

const quiz = document.querySelector('ml-quiz');
const log = document.querySelector<HTMLParagraphElement>('#events')!;

// `quiz` is MlQuiz (HTMLElementTagNameMap) and the event's detail is AnswerDetail (GlobalEventHandlersEventMap).
quiz?.addEventListener('ml-answer', (event) => {
  const { questionId, selected, correct } = event.detail;
  log.textContent = `ml-answer ${questionId} [${selected.join(',')}] ${correct ? 'correct' : 'incorrect'}`;
});

// @ts-expect-error: AnswerDetail has no such field.
quiz?.addEventListener('ml-answer', (event) => event.detail.score);
