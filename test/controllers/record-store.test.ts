import { expect } from '@open-wc/testing';
import { onSamePageWrite } from '../../src/controllers/persistence-controller.js';
import {
  appendAnswer,
  appendExam,
  clearPageMemory,
  loadRecord,
  recordKey,
} from '../../src/controllers/record-store.js';

const T0 = Date.UTC(2026, 4, 4, 8);

/** A Storage whose writes can be made to fail (quota) and whose reads can be made to throw (disabled). */
function fakeStorage() {
  const data = new Map<string, string>();
  const state = { full: false, disabled: false };
  const storage = {
    getItem: (k: string) => {
      if (state.disabled) throw new Error('SecurityError');
      return data.get(k) ?? null;
    },
    setItem: (k: string, v: string) => {
      if (state.disabled || state.full) throw new Error('QuotaExceededError');
      data.set(k, v);
    },
    removeItem: (k: string) => data.delete(k),
  } as unknown as Storage;
  return { storage, data, state, provider: () => storage };
}

describe('controllers/record-store', () => {
  afterEach(() => clearPageMemory());

  it('appends answers and exams under ml-quiz:v1:<bankId>:record, and reads them back', () => {
    const { provider, data } = fakeStorage();
    appendAnswer('b1', { q: 'q1', t: T0, s: ['a'], c: true, src: 'quiz' }, provider);
    appendExam(
      'b1',
      { examId: 'e', t: T0 + 1, percent: 50, passed: false, correct: 1, total: 2 },
      [{ q: 'q2', t: T0 + 1, s: [], c: false, src: 'exam' }],
      provider,
    );
    expect(recordKey('b1')).to.equal('ml-quiz:v1:b1:record');
    const saved = JSON.parse(data.get('ml-quiz:v1:b1:record')!);
    expect(saved.format).to.equal('ml-quiz-record');
    expect(saved.answers.map((a: { q: string }) => a.q)).to.deep.equal(['q1', 'q2']);
    const loaded = loadRecord('b1', provider);
    expect(loaded.status).to.equal('ok');
    expect(loaded.record.exams).to.have.length(1);
  });

  it('full storage: answers live in memory, are reported, and are saved by the next write that succeeds', () => {
    const { provider, data, state } = fakeStorage();
    state.full = true;
    expect(appendAnswer('b1', { q: 'q1', t: T0, s: ['a'], c: true }, provider).status).to.equal('unavailable');
    expect(loadRecord('b1', provider).record.answers).to.have.length(1);
    state.full = false;
    expect(appendAnswer('b1', { q: 'q2', t: T0 + 1, s: ['a'], c: true }, provider).status).to.equal('ok');
    expect(JSON.parse(data.get(recordKey('b1'))!).answers).to.have.length(2);
  });

  it('disabled storage: works in memory and never throws', () => {
    const { provider, state } = fakeStorage();
    state.disabled = true;
    expect(appendAnswer('b1', { q: 'q1', t: T0, s: ['a'], c: true }, provider).status).to.equal('unavailable');
    expect(loadRecord('b1', provider)).to.deep.include({ status: 'unavailable' });
    expect(loadRecord('b1', () => null).record.answers).to.have.length(1);
  });

  it('a corrupted stored record is reported and never overwritten', () => {
    const { provider, data } = fakeStorage();
    data.set(recordKey('b1'), '{"format":"ml-quiz-record","version":1,"bankId":"b1","answers":"oops"}');
    expect(loadRecord('b1', provider).status).to.equal('corrupt');
    const after = appendAnswer('b1', { q: 'q1', t: T0, s: ['a'], c: true }, provider);
    expect(after.status).to.equal('corrupt');
    expect(after.record.answers).to.have.length(1);
    expect(data.get(recordKey('b1'))).to.contain('"oops"');
  });

  it('announces each write on the same-page channel', () => {
    const { provider } = fakeStorage();
    const heard: string[] = [];
    const stop = onSamePageWrite((key) => heard.push(key));
    appendAnswer('b1', { q: 'q1', t: T0, s: ['a'], c: true }, provider);
    stop();
    appendAnswer('b1', { q: 'q2', t: T0, s: ['a'], c: true }, provider);
    expect(heard).to.deep.equal([recordKey('b1')]);
  });
});
