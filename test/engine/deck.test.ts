import { expect } from '@open-wc/testing';
import type { Question } from '../../src/bank/schema.js';
import { type DeckState, deckAnswerOf, deckFits, deckReducer, deckSummary, fitDeck, isLastInDeck, restoreDeck, startDeck } from '../../src/engine/deck.js';

const q = (id: string, answer: string[]): Pick<Question, 'id' | 'answer'> => ({ id, answer: answer as Question['answer'] });
// Ids named like Object.prototype members are ordinary question ids.
const questions = [q('constructor', ['a']), q('toString', ['b']), q('__proto__', ['a', 'c'])];
const ids = questions.map((x) => x.id);

describe('engine/deck deckReducer', () => {
  it('a fresh deck has no answers, even for ids like constructor', () => {
    const deck = startDeck(ids);
    for (const id of ids) expect(deckAnswerOf(deck, id)).to.deep.equal({ selected: [], checked: false });
    expect(deck.index).to.equal(0);
    expect(deck.done).to.equal(false);
  });

  it('select records the selection; check fixes it; a checked answer no longer changes', () => {
    let deck = deckReducer(startDeck(ids), { type: 'select', questionId: '__proto__', selected: ['a'] });
    expect(deckAnswerOf(deck, '__proto__')).to.deep.equal({ selected: ['a'], checked: false });
    expect(Object.getPrototypeOf(deck.answers)).to.equal(null);
    deck = deckReducer(deck, { type: 'check', questionId: '__proto__' });
    expect(deckAnswerOf(deck, '__proto__').checked).to.equal(true);
    const after = deckReducer(deck, { type: 'select', questionId: '__proto__', selected: ['c'] });
    expect(after).to.equal(deck);
  });

  it('check with nothing selected, or for a question not in the deck, changes nothing', () => {
    const deck = startDeck(ids);
    expect(deckReducer(deck, { type: 'check', questionId: 'constructor' })).to.equal(deck);
    expect(deckReducer(deck, { type: 'select', questionId: 'other', selected: ['a'] })).to.equal(deck);
  });

  it('next moves on, and on the last question finishes the deck', () => {
    let deck = startDeck(ids);
    deck = deckReducer(deck, { type: 'next' });
    deck = deckReducer(deck, { type: 'next' });
    expect(deck.index).to.equal(2);
    expect(isLastInDeck(deck)).to.equal(true);
    deck = deckReducer(deck, { type: 'next' });
    expect(deck.done).to.equal(true);
    expect(deckReducer(deck, { type: 'next' })).to.equal(deck);
  });

  it('summary counts right answers (all-or-nothing) and lists the missed in deck order', () => {
    let deck = startDeck(ids);
    deck = deckReducer(deck, { type: 'select', questionId: 'constructor', selected: ['a'] });
    deck = deckReducer(deck, { type: 'select', questionId: '__proto__', selected: ['a'] });
    expect(deckSummary(deck, questions)).to.deep.equal({ correct: 1, total: 3, missed: ['toString', '__proto__'] });
  });

  it('retry missed starts a deck of the missed questions; restart keeps the same ids', () => {
    let deck = deckReducer(startDeck(ids), { type: 'select', questionId: 'toString', selected: ['b'] });
    deck = deckReducer(deck, { type: 'retryMissed', questions });
    expect(deck.ids).to.deep.equal(['constructor', '__proto__']);
    expect(deckAnswerOf(deck, 'toString').selected).to.deep.equal([]);
    const restarted = deckReducer(deckReducer(deck, { type: 'next' }), { type: 'restart' });
    expect(restarted).to.deep.equal(startDeck(['constructor', '__proto__']));
  });

  it('restore reads saved JSON back (a __proto__ answer stays an answer) and rejects malformed data', () => {
    let deck: DeckState = deckReducer(startDeck(ids), { type: 'select', questionId: '__proto__', selected: ['c'] });
    deck = deckReducer(deck, { type: 'next' });
    const restored = restoreDeck(JSON.parse(JSON.stringify(deck)));
    expect(restored).to.not.equal(undefined);
    expect(deckAnswerOf(restored!, '__proto__').selected).to.deep.equal(['c']);
    expect(restored!.index).to.equal(1);
    expect(Object.getPrototypeOf(restored!.answers)).to.equal(null);
    for (const bad of [null, 3, { ...deck, v: 2 }, { ...deck, index: 9 }, { ...deck, ids: [1] }, { ...deck, answers: { x: { selected: 'a', checked: true } } }]) {
      expect(restoreDeck(JSON.parse(JSON.stringify(bad))), JSON.stringify(bad)).to.equal(undefined);
    }
  });

  it('a saved deck fits only when every id is still available', () => {
    expect(deckFits(startDeck(['constructor']), ids)).to.equal(true);
    expect(deckFits(startDeck(['gone']), ids)).to.equal(false);
    expect(deckFits(startDeck([]), ids)).to.equal(false);
  });
});

describe('engine/deck fitDeck (saved progress after a bank update)', () => {
  const opts = (...letters: Question['options'][number]['id'][]) => letters.map((id) => ({ id, text: id, rationale: id }));
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
