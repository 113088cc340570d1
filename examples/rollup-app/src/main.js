// @ts-check
import { setBanksBaseUrl } from 'ml-quiz';

// The content folder the build copied beside this bundle (rollup.config.mjs). Elements fetch one task after they
// connect, so this call, made as the module runs, comes first.
setBanksBaseUrl(new URL('./banks/', import.meta.url));

const quiz = document.querySelector('ml-quiz');
const log = /** @type {HTMLParagraphElement} */ (document.querySelector('#events'));

// In an editor, `quiz` is MlQuiz and `event.detail` is AnswerDetail (the package's typings), in JavaScript too.
quiz?.addEventListener('ml-answer', (event) => {
  const { questionId, selected, correct } = event.detail;
  log.textContent = `ml-answer ${questionId} [${selected.join(',')}] ${correct ? 'correct' : 'incorrect'}`;
});
