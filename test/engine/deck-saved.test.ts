import { expect } from '@open-wc/testing';
import type { Question } from '../../src/bank/schema.js';
import { type DeckState, deckAnswerOf, deckReducer, startDeck } from '../../src/engine/deck.js';
import { fitDeck } from '../../src/engine/deck-saved.js';

describe('engine/deck-saved fitDeck (saved progress after a bank update)', () => {
  const opts = (...letters: Question['options'][number]['id'][]) =>
    letters.map((id) => ({ id, text: id, rationale: id }));
  const bank = [
    { id: 'q1', options: opts('a', 'b') },
    { id: 'q2', options: opts('a', 'b', 'c') },
    { id: 'q3', options: opts('a', 'b') },
  ];
  const saved = (): DeckState => {
    let deck = startDeck(['q1', 'q2', 'q3']);
    deck = deckReducer(deck, { type: 'select', questionId: 'q1', selected: ['a'] });
    deck = deckReducer(deck, { type: 'check', questionId: 'q1' });
    deck = deckReducer(deck, { type: 'next' });
    deck = deckReducer(deck, { type: 'select', questionId: 'q2', selected: ['c'] });
    deck = deckReducer(deck, { type: 'check', questionId: 'q2' });
    return deckReducer(deck, { type: 'next' });
  };

  it('keeps everything, unchanged, when every question and option is still there', () => {
    const fitted = fitDeck(saved(), bank)!;
    expect(fitted.changed).to.equal(false);
    expect(fitted.state).to.deep.equal(saved());
  });

  it('drops a removed question, keeps the other answers and the place, and says it changed', () => {
    const fitted = fitDeck(saved(), [bank[0]!, bank[2]!])!;
    expect(fitted.changed).to.equal(true);
    expect(fitted.state.ids).to.deep.equal(['q1', 'q3']);
    expect(deckAnswerOf(fitted.state, 'q1')).to.deep.equal({ selected: ['a'], checked: true });
    expect(fitted.state.ids[fitted.state.index]).to.equal('q3');
  });

  it('moves to the next remaining question when the current one was removed', () => {
    const onQ2 = { ...saved(), index: 1 };
    const fitted = fitDeck(onQ2, [bank[0]!, bank[2]!])!;
    expect(fitted.state.ids[fitted.state.index]).to.equal('q3');
    expect(fitDeck({ ...saved(), index: 2 }, [bank[0]!])!.state.index).to.equal(0);
  });

  it('drops an answer naming an option that no longer exists, so the question is asked again', () => {
    const fitted = fitDeck(saved(), [bank[0]!, { id: 'q2', options: opts('a', 'b') }, bank[2]!])!;
    expect(fitted.changed).to.equal(true);
    expect(deckAnswerOf(fitted.state, 'q2')).to.deep.equal({ selected: [], checked: false });
    expect(deckAnswerOf(fitted.state, 'q1').checked).to.equal(true);
  });

  it('gives nothing when none of the saved questions remains', () => {
    expect(fitDeck(saved(), [{ id: 'other', options: opts('a', 'b') }])).to.equal(undefined);
  });
});
