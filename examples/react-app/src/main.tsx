import 'ml-quiz';
import type {} from 'ml-quiz/react';
import type { AnswerDetail } from 'ml-quiz';
import { StrictMode, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';

function App() {
  const [last, setLast] = useState<AnswerDetail | null>(null);
  // `ref` is typed as the element class.
  const quiz = useRef<HTMLElementTagNameMap['ml-quiz']>(null);
  return (
    <main>
      <h1>Practice question</h1>
      <ml-quiz
        ref={quiz}
        bank="databricks-ml-professional"
        question="dev-scale-005"
        labels={{ checkAnswer: 'Check answer' }}
        onml-answer={(event) => setLast(event.detail)}
      />
      <p id="events" aria-live="polite">
        {last
          ? `ml-answer ${last.questionId} [${last.selected.join(',')}] ${last.correct ? 'correct' : 'incorrect'}`
          : ''}
      </p>
      {/* Wrong props and wrong detail fields fail the type check: */}
      {/* @ts-expect-error: count is a number */}
      <ml-quiz hidden count="ten" />
      {/* @ts-expect-error: AnswerDetail has no `score` */}
      <ml-quiz hidden onml-answer={(event) => event.detail.score} />
      {/* @ts-expect-error: ml-exam has no `question` property */}
      <ml-exam hidden question="dev-scale-005" />
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
