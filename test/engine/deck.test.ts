import { expect } from '@open-wc/testing';
import type { Question } from '../../src/bank/schema.js';
import {
  type DeckState,
  deckAnswerOf,
  deckReducer,
  deckSummary,
  isLastInDeck,
  startDeck,
} from '../../src/engine/deck.js';
import { deckFits, restoreDeck } from '../../src/engine/deck-saved.js';

const q = (id: string, answer: string[]): Pick<Question, 'id' | 'answer'> => ({
  id,
  answer: answer as Question['answer'],
});
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
    for (const bad of [
      null,
      3,
      { ...deck, v: 2 },
      { ...deck, index: 9 },
      { ...deck, ids: [1] },
      { ...deck, answers: { x: { selected: 'a', checked: true } } },
    ]) {
      expect(restoreDeck(JSON.parse(JSON.stringify(bad))), JSON.stringify(bad)).to.equal(undefined);
    }
  });

  it('a saved deck fits only when every id is still available', () => {
    expect(deckFits(startDeck(['constructor']), ids)).to.equal(true);
    expect(deckFits(startDeck(['gone']), ids)).to.equal(false);
    expect(deckFits(startDeck([]), ids)).to.equal(false);
  });
});
