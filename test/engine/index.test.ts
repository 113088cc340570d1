import { expect } from '@open-wc/testing';
import * as engine from '../../src/engine/index.js';
import { miniBank } from '../fixtures/mini-bank.js';

/** The published `ml-quiz/engine` entry, used as an app would: draw, answer, submit and score an exam; run a deck. */
describe('engine/index (ml-quiz/engine)', () => {
  it('runs a whole exam attempt through the public entry alone', async () => {
    const bank = await miniBank();
    const drawn = engine.assembleExam(bank, null, { seed: 11 });
    if (!drawn.ok) throw new Error(JSON.stringify(drawn.errors));
    const t0 = Date.UTC(2026, 0, 1);
    let state = engine.startExam({
      bank,
      draw: drawn.draw,
      now: t0,
      durationMinutes: engine.examMinutes(undefined, 20),
    });
    for (const id of state.questionIds.slice(0, 3)) {
      const key = bank.questions.find((q) => q.id === id)!.answer;
      state = engine.examReducer(state, { type: 'answer', questionId: id, selected: [...key], now: t0 });
    }
    // Submitted after the deadline: the clock submitted it at the deadline.
    state = engine.examReducer(state, { type: 'submit', now: t0 + 30 * 60_000, reason: 'user' });
    const detail = engine.submitDetail(state, bank);
    expect(detail).to.include({
      examId: 'mini-exam',
      correct: 3,
      total: 5,
      percent: 60,
      secondsUsed: 20 * 60,
      reason: 'time',
    });
    const restored = engine.restoreState(JSON.parse(JSON.stringify(engine.serializeState(state))), bank);
    expect(restored.status).to.equal('ok');
    expect(engine.expandState(engine.compactState(state, bank), bank).status).to.equal('ok');
  });

  it('runs a practice deck resolved from a request through the public entry alone', async () => {
    const bank = await miniBank();
    const resolved = engine.resolveContent({ kind: 'bank', bank }, { kind: 'deck', query: { domain: 'dep' } });
    if (!resolved.ok) throw new Error(JSON.stringify(resolved.errors));
    const questions = resolved.content.questions;
    let deck = engine.startDeck(questions.map((q) => q.id));
    for (const q of questions) {
      deck = engine.deckReducer(deck, { type: 'select', questionId: q.id, selected: [...q.answer] });
      deck = engine.deckReducer(deck, { type: 'check', questionId: q.id });
      deck = engine.deckReducer(deck, { type: 'next' });
    }
    expect(deck.done).to.equal(true);
    expect(engine.deckSummary(deck, questions)).to.deep.equal({
      correct: questions.length,
      total: questions.length,
      missed: [],
    });
    expect(engine.parseMarkup('a `b` *c*')).to.deep.equal(['a ', { code: 'b' }, ' ', { em: ['c'] }]);
  });
});
