// The page's own code, in a same-origin file as `script-src 'self'` requires. Events bubble out of the elements.
const log = document.getElementById('log');
document.addEventListener('ml-answer', (event) => {
  const { questionId, correct } = event.detail;
  log.textContent = `ml-answer: ${questionId} ${correct ? 'correct' : 'incorrect'}`;
});
document.addEventListener('ml-bank-error', (event) => {
  log.textContent = `ml-bank-error: ${event.detail.errors.map((e) => `${e.path} ${e.message}`).join('; ')}`;
});
