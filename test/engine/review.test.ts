import { expect } from '@open-wc/testing';
import { addToRecord, emptyRecord } from '../../src/engine/record.js';
import { planReview } from '../../src/engine/review.js';
import { generateBank } from './generated-bank.js';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 4, 4, 8);

describe('engine/review', () => {
  const bank = generateBank();

  it('with an empty record: no reviews, new questions spread over the heaviest objectives', () => {
    const plan = planReview(bank, emptyRecord('generated'), T0, 6);
    expect(plan.dueCount).to.equal(0);
    expect(plan.reviews).to.equal(0);
    expect(plan.questions).to.have.length(6);
    expect(new Set(plan.questions.map((q) => q.objective)).size).to.equal(6);
    expect(plan.nextReview).to.equal(null);
  });

  it('due questions first, the wrong one before the right one, then unseen ones', () => {
    const [wrong, right] = bank.questions;
    const record = addToRecord(emptyRecord('generated'), [
      { q: wrong!.id, t: T0, s: ['a'], c: false },
      { q: right!.id, t: T0, s: ['a'], c: true },
    ]);
    const tomorrow = planReview(bank, record, T0 + DAY + 60_000, 5);
    expect(tomorrow.dueCount).to.equal(1);
    expect(tomorrow.questions[0]!.id).to.equal(wrong!.id);
    expect(tomorrow.questions.slice(1).map((q) => q.id)).to.not.include(right!.id);
    expect(tomorrow.nextReview).to.be.above(T0 + DAY);
    const later = planReview(bank, record, T0 + 30 * DAY, 5);
    expect(later.questions.slice(0, 2).map((q) => q.id)).to.deep.equal([wrong!.id, right!.id]);
    expect(later.reviews).to.equal(2);
  });

  it('with everything seen and nothing due, the session is empty', () => {
    const record = addToRecord(
      emptyRecord('generated'),
      bank.questions.map((q) => ({ q: q.id, t: T0, s: ['a'], c: true })),
    );
    const plan = planReview(bank, record, T0 + 60_000, 20);
    expect(plan.questions).to.have.length(0);
    expect(plan.nextReview).to.be.above(T0);
  });
});
