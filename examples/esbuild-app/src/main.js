// @ts-check
import 'ml-quiz';

const quiz = document.querySelector('ml-quiz');
const log = /** @type {HTMLParagraphElement} */ (document.querySelector('#events'));

// In an editor, `quiz` is MlQuiz and `event.detail` is AnswerDetail (the package's typings), in JavaScript too.
quiz?.addEventListener('ml-answer', (event) => {
  const { questionId, selected, correct } = event.detail;
  log.textContent = `ml-answer ${questionId} [${selected.join(',')}] ${correct ? 'correct' : 'incorrect'}`;
});
