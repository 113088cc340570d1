/**
 * Saved deck progress: reading it back and fitting it to the deck's questions after a bank update. Apart from the deck
 * rules so that a card without a `storage-key` never downloads it (it loads with the code that saves progress).
 */
import type { Question } from '../bank/schema.js';
import type { DeckAnswer, DeckState } from './deck.js';
import { emptyRecord, ownValue } from './records.js';

/** True when every id of the saved deck is still available, so the saved progress applies. */
export function deckFits(state: Pick<DeckState, 'ids'>, available: readonly string[]): boolean {
  const known = new Set(available);
  return state.ids.length > 0 && state.ids.every((id) => known.has(id));
}

/** Reads saved deck progress; anything malformed → undefined (the deck starts afresh). */
export function restoreDeck(data: unknown): DeckState | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const d = data as Partial<DeckState>;
  if (d.v !== 1 || !Array.isArray(d.ids) || !d.ids.every((id) => typeof id === 'string')) return undefined;
  if (typeof d.index !== 'number' || !Number.isInteger(d.index) || d.index < 0 || d.index >= d.ids.length)
    return undefined;
  if (typeof d.answers !== 'object' || d.answers === null || Array.isArray(d.answers)) return undefined;
  const answers = emptyRecord<DeckAnswer>();
  for (const [id, record] of Object.entries(d.answers)) {
    const r = record as Partial<DeckAnswer> | null;
    if (
      !Array.isArray(r?.selected) ||
      !r.selected.every((s) => typeof s === 'string') ||
      typeof r.checked !== 'boolean'
    )
      return undefined;
    answers[id] = { selected: [...r.selected], checked: r.checked };
  }
  return { v: 1, ids: [...d.ids], index: d.index, answers, done: d.done === true };
}

/** Saved progress fitted to the deck's questions now; `changed` when something saved no longer applied. */
export interface FittedDeck {
  state: DeckState;
  changed: boolean;
}

/**
 * Fits saved progress to the questions the deck resolves to now (a bank update may have removed a question or an
 * option). Questions that are gone leave the deck, answers naming an option that is gone are dropped (the question is
 * asked again), everything else is kept. Undefined when none of the saved questions remains.
 */
export function fitDeck(
  saved: DeckState,
  questions: readonly Pick<Question, 'id' | 'options'>[],
): FittedDeck | undefined {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const ids = saved.ids.filter((id) => byId.has(id));
  if (ids.length === 0) return undefined;
  let changed = ids.length !== saved.ids.length;
  const answers = emptyRecord<DeckAnswer>();
  for (const id of ids) {
    const answer = ownValue(saved.answers, id);
    if (!answer) continue;
    const options = new Set<string>(byId.get(id)!.options.map((o) => o.id));
    if (answer.selected.every((s) => options.has(s))) answers[id] = answer;
    else changed = true;
  }
  // Stay on the question shown before; if it is gone, on the one that followed it.
  const current = saved.ids[saved.index];
  const before = saved.ids.slice(0, saved.index).filter((id) => byId.has(id)).length;
  const index = current !== undefined && byId.has(current) ? ids.indexOf(current) : Math.min(before, ids.length - 1);
  return { state: { v: 1, ids, index, answers, done: saved.done }, changed };
}
