import { expect } from '@open-wc/testing';
import { addToRecord, emptyRecord, type RecordedAnswer } from '../../src/engine/record.js';
import { buildSchedule, describeWhen, dueQuestions, nextReview, scheduleQuestion } from '../../src/engine/schedule.js';

const DAY = 86_400_000;
const MIN = 60_000;
const T0 = Date.UTC(2026, 4, 4, 8, 0, 0);

describe('engine/schedule', () => {
  it('a wrong answer comes back sooner than a right one', () => {
    const wrong = scheduleQuestion('q1', [{ t: T0, c: false }])!;
    const right = scheduleQuestion('q2', [{ t: T0, c: true }])!;
    expect(wrong.due).to.be.below(right.due);
    expect(wrong.due).to.be.above(T0);
    expect(wrong.lapses + wrong.reps).to.be.greaterThan(0);
  });

  it('a right answer after a long gap counts for more than one repeated within minutes', () => {
    const soon = scheduleQuestion('q', [
      { t: T0, c: true },
      { t: T0 + 10 * MIN, c: true },
    ])!;
    const later = scheduleQuestion('q', [
      { t: T0, c: true },
      { t: T0 + 3 * DAY, c: true },
    ])!;
    expect(later.stability).to.be.above(soon.stability * 2);
    expect(later.due - later.lastSeen).to.be.above(soon.due - soon.lastSeen);
  });

  it('replays answers in time order whatever order they are given in', () => {
    const answers = [
      { t: T0 + 4 * DAY, c: false },
      { t: T0, c: true },
      { t: T0 + DAY, c: true },
    ];
    expect(scheduleQuestion('q', answers)).to.deep.equal(
      scheduleQuestion(
        'q',
        [...answers].sort((x, y) => x.t - y.t),
      ),
    );
    expect(scheduleQuestion('q', answers)!.lastCorrect).to.equal(false);
  });

  it('over weeks of simulated study, questions missed today are due before those answered right', () => {
    // 20 questions answered daily when due; q0–q4 are always missed, the rest always right.
    let record = emptyRecord('b');
    const ids = Array.from({ length: 20 }, (_, i) => `q${i}`);
    const hard = new Set(ids.slice(0, 5));
    for (let day = 0; day < 42; day += 1) {
      const now = T0 + day * DAY;
      const schedule = buildSchedule(record, ids);
      const todo = day === 0 ? ids : dueQuestions(schedule, now).map((s) => s.questionId);
      const answers: RecordedAnswer[] = todo.map((q, i) => ({ q, t: now + i * MIN, s: ['a'], c: !hard.has(q) }));
      record = addToRecord(record, answers);
    }
    const end = T0 + 42 * DAY;
    const schedule = buildSchedule(record, ids);
    const hardDue = Math.max(...ids.filter((id) => hard.has(id)).map((id) => schedule.get(id)!.due));
    const easyDue = Math.min(...ids.filter((id) => !hard.has(id)).map((id) => schedule.get(id)!.due));
    expect(hardDue).to.be.below(easyDue);
    // The hard ones come back within a day or two; the easy ones have grown to weeks.
    expect(hardDue - end).to.be.below(2 * DAY);
    expect(easyDue - end).to.be.above(7 * DAY);
    // Easy questions were reviewed far less often than hard ones.
    const count = (id: string) => record.answers.filter((x) => x.q === id).length;
    expect(count('q19')).to.be.below(count('q0'));
  });

  it('counts due questions and finds the next review', () => {
    const record = addToRecord(emptyRecord('b'), [
      { q: 'wrong', t: T0, s: ['a'], c: false },
      { q: 'right', t: T0, s: ['b'], c: true },
    ]);
    const schedule = buildSchedule(record);
    expect(dueQuestions(schedule, T0 + 10 * MIN)).to.have.length(0);
    expect(nextReview(schedule, T0 + 10 * MIN)).to.equal(schedule.get('wrong')!.due);
    const later = T0 + 30 * DAY;
    expect(dueQuestions(schedule, later).map((s) => s.questionId)).to.deep.equal(['wrong', 'right']);
    expect(nextReview(schedule, later)).to.equal(null);
    expect(buildSchedule(record, ['right']).size).to.equal(1);
  });

  it('describes when: now, today, tomorrow, a later date', () => {
    const now = Date.UTC(2026, 4, 4, 8);
    expect(describeWhen(now - 1, now).kind).to.equal('now');
    expect(describeWhen(now + 3 * 3600_000, now).kind).to.equal('today');
    expect(describeWhen(now + DAY, now).kind).to.equal('tomorrow');
    expect(describeWhen(now + 3 * DAY, now)).to.deep.equal({ kind: 'date', days: 3 });
    // 23:00 local (UTC−2) to 01:00 local the next morning is tomorrow.
    expect(describeWhen(Date.UTC(2026, 4, 5, 3), Date.UTC(2026, 4, 5, 1), 120).kind).to.equal('tomorrow');
  });
});
