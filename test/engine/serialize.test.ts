import { expect } from '@open-wc/testing';
import type { Bank } from '../../src/bank/schema.js';
import { assembleExam } from '../../src/engine/exam.js';
import { type ExamState, examReducer } from '../../src/engine/exam-state.js';
import { createRng } from '../../src/engine/random.js';
import {
  type RestoreResult,
  SUSPEND_DATA_LIMIT,
  compactState,
  expandState,
  restoreState,
  serializeState,
} from '../../src/engine/serialize.js';
import { miniBank } from '../fixtures/mini-bank.js';
import { generateBank, keyOf } from './generated-bank.js';

const MIN = 60_000;
const T0 = Date.UTC(2026, 5, 30, 18, 30, 0);

function started(bank: Bank, seed: number, durationMinutes: number | null = 120): ExamState {
  const result = assembleExam(bank, undefined, { seed });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return examReducer(null, { type: 'start', bank, draw: result.draw, now: T0, durationMinutes });
}

/** Every question answered (multiple-selects with their whole key) and flagged, on the last question. */
function busy(bank: Bank, state: ExamState): ExamState {
  let s = state;
  for (const id of s.questionIds) {
    s = examReducer(s, { type: 'answer', questionId: id, selected: keyOf(bank, id) });
    s = examReducer(s, { type: 'flag', questionId: id });
  }
  return examReducer(s, { type: 'goto', index: s.questionIds.length - 1 });
}

function ok(result: RestoreResult): ExamState {
  if (result.status !== 'ok') throw new Error(`expected ok, got ${JSON.stringify(result)}`);
  return result.state;
}

function reason(result: RestoreResult): string {
  if (result.status !== 'invalid') throw new Error(`expected invalid, got ${result.status}`);
  return result.reason;
}

/** The invariants every restored state holds. */
function checkInvariants(state: ExamState, bank: Bank): void {
  const byId = new Map(bank.questions.map((q) => [q.id, q]));
  expect(state.version).to.equal(1);
  expect(state.bankId).to.equal(bank.id);
  expect(state.questionIds.length).to.be.greaterThan(0);
  expect(new Set(state.questionIds).size).to.equal(state.questionIds.length);
  for (const id of state.questionIds) {
    const q = byId.get(id);
    expect(q, id).to.not.equal(undefined);
    expect([...state.optionOrder[id]!].sort()).to.deep.equal(q!.options.map((o) => o.id).sort());
  }
  for (const [id, selected] of Object.entries(state.answers)) {
    expect(state.questionIds).to.include(id);
    expect(selected.length).to.be.greaterThan(0);
    for (const o of selected) expect(state.optionOrder[id]).to.include(o);
  }
  for (const id of state.flags) expect(state.questionIds).to.include(id);
  expect(Number.isInteger(state.current)).to.equal(true);
  expect(state.current).to.be.within(0, state.questionIds.length - 1);
  expect(state.timed).to.equal(state.deadline !== null);
}

describe('engine/serialize', () => {
  let mini: Bank;
  const big = generateBank();
  before(async () => {
    mini = await miniBank();
  });

  describe('plain form', () => {
    it('round-trips through JSON text: serialize → stringify → restore gives the same state', () => {
      const s = busy(mini, started(mini, 7));
      const json = JSON.stringify(serializeState(s));
      expect(ok(restoreState(json, mini))).to.deep.equal(s);
      expect(ok(restoreState(JSON.parse(json), mini))).to.deep.equal(s);
    });

    it('round-trips submitted, untimed and fresh states', () => {
      const submitted = examReducer(busy(mini, started(mini, 1)), { type: 'expire', now: T0 + 999 * MIN });
      expect(ok(restoreState(serializeState(submitted), mini))).to.deep.equal(submitted);
      const practice = started(mini, 2, null);
      expect(ok(restoreState(serializeState(practice), mini))).to.deep.equal(practice);
    });

    it('serializeState makes a deep copy with no undefined fields', () => {
      const s = busy(mini, started(mini, 7));
      const copy = serializeState(s);
      copy.questionIds.reverse();
      copy.answers[s.questionIds[0]!]!.push('z');
      expect(s.questionIds).to.not.deep.equal(copy.questionIds);
      expect(s.answers[s.questionIds[0]!]).to.not.include('z');
      expect(Object.values(serializeState(started(mini, 7))).includes(undefined)).to.equal(false);
      expect(serializeState(started(mini, 7))).to.not.have.property('submittedAt');
    });
  });

  describe('compact form', () => {
    it('round-trips: compact → expand gives the same state, and restoreState reads it too', () => {
      for (const s of [
        busy(big, started(big, 1)),
        started(big, 2),
        examReducer(busy(mini, started(mini, 3)), { type: 'submit', now: T0 + MIN }),
      ]) {
        const bank = s.bankId === big.id ? big : mini;
        const text = compactState(s, bank);
        expect(ok(expandState(text, bank))).to.deep.equal(s);
        expect(ok(restoreState(text, bank))).to.deep.equal(s);
        expect(ok(restoreState(JSON.parse(text), bank))).to.deep.equal(s);
      }
    });

    it('writes one readable token per question: id, option order with the selection in upper case, ! for a flag', () => {
      let s = started(mini, 7);
      const q = s.questionIds[0]!;
      s = examReducer(s, { type: 'answer', questionId: q, selected: ['b'] });
      s = examReducer(s, { type: 'flag', questionId: q });
      const data = JSON.parse(compactState(s, mini)) as { q: string };
      const first = data.q.split(' ')[0]!;
      const order = s.optionOrder[q]!.map((o) => (o === 'b' ? 'B' : o)).join('');
      expect(first).to.equal(`${q}:${order}!`);
      expect(data.q.split(' ')[1]).to.equal(`${s.questionIds[1]}:${s.optionOrder[s.questionIds[1]!]!.join('')}`);
    });

    it('a 59-question exam, every question answered and flagged, fits SCORM 1.2 suspend_data (4,096 characters)', () => {
      // The real bank's ids are like "ops-monitoring-012" (18 characters); the generated bank's are that long.
      expect(big.questions.every((q) => q.id.length === 'ops-monitoring-012'.length)).to.equal(true);
      const s = examReducer(busy(big, started(big, 4)), { type: 'submit', now: T0 + 119 * MIN });
      const text = compactState(s, big);
      expect(text.length).to.be.below(SUSPEND_DATA_LIMIT);
      expect(text).to.not.contain('#'); // ids written out, not positions
      expect(ok(expandState(text, big))).to.deep.equal(s);
      // Even with six options per question and a long bank id and version.
      const wide = generateBank({ options: 6, id: 'databricks-ml-professional', version: '2026.11.0' });
      const w = busy(wide, started(wide, 5));
      const wideText = compactState(w, wide);
      expect(wideText.length).to.be.below(SUSPEND_DATA_LIMIT);
      // The plain form would not fit: that is why the compact form exists.
      expect(JSON.stringify(serializeState(w)).length).to.be.above(SUSPEND_DATA_LIMIT);
    });

    it('falls back to bank positions when ids are too long, which restore only against the same bank version', () => {
      const long = generateBank();
      for (const q of long.questions) q.id = `${q.id}-${'x'.repeat(60)}`;
      const s = busy(long, started(long, 6));
      const text = compactState(s, long);
      expect(text.length).to.be.at.most(SUSPEND_DATA_LIMIT);
      expect(text).to.contain(' #');
      expect(ok(expandState(text, long))).to.deep.equal(s);
      expect(reason(expandState(text, { ...long, version: '2.0.0' }))).to.contain('version');
      // A caller's own limit.
      expect(compactState(started(mini, 1), mini, 50)).to.contain('#');
    });
  });

  describe('restore rejects what it cannot use', () => {
    it('corrupted text and non-objects', () => {
      for (const input of [
        '',
        '{',
        'not json',
        'null',
        '[]',
        '42',
        null,
        undefined,
        42,
        true,
        [],
        ['x'],
        () => 1,
        Symbol('x'),
        10n,
      ]) {
        expect(restoreState(input, mini).status, String(typeof input === 'symbol' ? 'symbol' : input)).to.equal(
          'invalid',
        );
      }
      expect(reason(restoreState('{"version":1', mini))).to.contain('JSON');
      expect(reason(expandState('{"v":1', mini))).to.contain('JSON');
    });

    it('an old or future version', () => {
      const s = serializeState(started(mini, 7));
      expect(reason(restoreState({ ...s, version: 0 }, mini))).to.contain('version 1, found 0');
      expect(reason(restoreState({ ...s, version: 2 }, mini))).to.contain('found 2');
      const { version: _v, ...noVersion } = s;
      expect(reason(restoreState(noVersion, mini))).to.contain('version');
      const compact = JSON.parse(compactState(started(mini, 7), mini));
      expect(reason(restoreState({ ...compact, v: 2 }, mini))).to.contain('version');
    });

    it('another bank', () => {
      const s = serializeState(started(mini, 7));
      expect(reason(restoreState(s, { ...mini, id: 'other' }))).to.contain('bank "other", found bank "mini"');
      expect(reason(expandState(compactState(started(mini, 7), mini), { ...mini, id: 'other' }))).to.contain('"mini"');
    });

    it('an exam the bank no longer has', () => {
      const s = serializeState(started(mini, 7));
      expect(reason(restoreState(s, { ...mini, exams: [] }))).to.contain('"mini-exam"');
    });

    it('wrong types, field by field', () => {
      const s = serializeState(busy(mini, started(mini, 7)));
      const q0 = s.questionIds[0]!;
      const cases: [string, unknown][] = [
        ['bankId', 5],
        ['bankVersion', null],
        ['examId', ['mini-exam']],
        ['seed', -1],
        ['seed', 1.5],
        ['seed', '7'],
        ['questionIds', 'dev-q1'],
        ['questionIds', [1, 2]],
        ['questionIds', [q0, q0]],
        ['optionOrder', []],
        ['optionOrder', { ...s.optionOrder, [q0]: 'abcd' }],
        ['optionOrder', {}],
        ['answers', null],
        ['answers', { [q0]: 'a' }],
        ['flags', {}],
        ['flags', [1]],
        ['current', '0'],
        ['current', 0.5],
        ['startedAt', 'now'],
        ['startedAt', Number.NaN],
        ['startedAt', -1],
        ['deadline', 'soon'],
        ['deadline', s.startedAt - 1],
        ['timed', 'yes'],
        ['timed', false],
        ['submittedAt', 5],
        ['reason', 'user'],
      ];
      for (const [key, value] of cases) {
        const result = restoreState({ ...s, [key]: value }, mini);
        expect(result.status, `${key} = ${JSON.stringify(value)}`).to.equal('invalid');
      }
      expect(reason(restoreState({ ...s, submittedAt: T0, reason: 'bored' }, mini))).to.contain('"bored"');
      expect(reason(restoreState({ ...s, deadline: null }, mini))).to.contain('timed');
    });

    it('corrupted compact tokens', () => {
      const data = JSON.parse(compactState(busy(mini, started(mini, 7)), mini));
      const bad = [
        'dev-q1',
        'dev-q1:abcz',
        'dev-q1:aabc',
        ':abcd',
        'dev-q1:abcd!!',
        'dev q1:abcd',
        '#zz:abcd',
        'dev-q1:abcd dev-q1:abcd',
      ];
      for (const q of bad) expect(expandState({ ...data, q }, mini).status, q).to.equal('invalid');
      expect(expandState({ ...data, q: 5 }, mini).status).to.equal('invalid');
      expect(expandState({ ...data, r: 'x' }, mini).status).to.equal('invalid');
      expect(expandState({ ...data, d: undefined }, mini).status).to.equal('invalid');
      expect(expandState({ ...data, q: '' }, mini).status).to.equal('invalid');
    });
  });

  describe('restore keeps what still applies', () => {
    it('drops questions the bank no longer has, with their answers and flags (partial)', () => {
      const s = busy(mini, started(mini, 7));
      const [gone1, kept, gone2] = [s.questionIds[0]!, s.questionIds[1]!, s.questionIds[4]!];
      const smaller = {
        ...mini,
        version: '1.1.0',
        questions: mini.questions.filter((q) => q.id !== gone1 && q.id !== gone2),
      };
      for (const saved of [serializeState(s), compactState(s, mini)]) {
        const result = restoreState(saved, smaller);
        expect(result.status).to.equal('partial');
        if (result.status !== 'partial') return;
        expect(result.dropped).to.deep.equal([gone1, gone2]);
        expect(result.state.questionIds).to.deep.equal(s.questionIds.filter((id) => id !== gone1 && id !== gone2));
        expect(result.state.answers).to.not.have.property(gone1);
        expect(result.state.answers[kept]).to.deep.equal(s.answers[kept]);
        expect(result.state.flags).to.deep.equal(result.state.questionIds);
        expect(result.state.current).to.equal(2); // was 4, clamped to the last of 3
        expect(result.state.bankVersion).to.equal('1.1.0'); // takes the bank's current version
        expect(result.state.deadline).to.equal(s.deadline);
        checkInvariants(result.state, smaller);
      }
    });

    it('no question left is invalid', () => {
      const s = serializeState(started(mini, 7));
      const none = { ...mini, questions: mini.questions.filter((q) => !s.questionIds.includes(q.id)) };
      expect(reason(restoreState(s, none))).to.contain('none');
    });

    it('a question whose options changed keeps the saved order of the options left, new ones last, and drops removed selections', () => {
      let s = started(mini, 7);
      const q = s.questionIds[0]!;
      s = examReducer(s, { type: 'answer', questionId: q, selected: ['a', 'd'] });
      const changed = structuredClone(mini);
      const question = changed.questions.find((x) => x.id === q)!;
      question.options = question.options.filter((o) => o.id !== 'd');
      question.options.push({ id: 'e', text: 'New', rationale: 'New.' });
      const restored = ok(restoreState(serializeState(s), changed));
      expect(restored.optionOrder[q]).to.deep.equal([...s.optionOrder[q]!.filter((o) => o !== 'd'), 'e']);
      expect(restored.answers[q]).to.deep.equal(['a']);
      checkInvariants(restored, changed);
    });

    it('a restored state works with the reducer', () => {
      const restored = ok(restoreState(JSON.stringify(serializeState(started(mini, 7))), mini));
      const next = examReducer(restored, { type: 'answer', questionId: restored.questionIds[0]!, selected: ['a'] });
      expect(next.answers[restored.questionIds[0]!]).to.deep.equal(['a']);
    });
  });

  describe('never throws', () => {
    const junkValue = (rng: () => number, depth = 0): unknown => {
      const pick = Math.floor(rng() * 12);
      switch (pick) {
        case 0:
          return null;
        case 1:
          return undefined;
        case 2:
          return rng() < 0.5;
        case 3:
          return Math.floor((rng() - 0.5) * 1e6);
        case 4:
          return [Number.NaN, Infinity, -Infinity, -0, 1e308, 2 ** 32][Math.floor(rng() * 6)];
        case 5:
          return String.fromCharCode(
            ...Array.from({ length: Math.floor(rng() * 12) }, () => Math.floor(rng() * 0xffff)),
          );
        case 6:
          return ['dev-q1', 'mini', 'mini-exam', '1.0.0', 'constructor', '__proto__', '#0', 'a', 'A'][
            Math.floor(rng() * 9)
          ];
        case 7:
          return depth > 3 ? [] : Array.from({ length: Math.floor(rng() * 5) }, () => junkValue(rng, depth + 1));
        default: {
          if (depth > 3) return {};
          const keys = [
            'version',
            'v',
            'bankId',
            'b',
            'questionIds',
            'q',
            'optionOrder',
            'answers',
            'flags',
            'current',
            'c',
            'constructor',
            'toString',
            'x',
            'r',
            'd',
            't',
          ];
          const out: Record<string, unknown> = {};
          for (let i = 0; i < 1 + Math.floor(rng() * 6); i += 1)
            out[keys[Math.floor(rng() * keys.length)]!] = junkValue(rng, depth + 1);
          return out;
        }
      }
    };

    it('random junk values', () => {
      const rng = createRng(31337);
      for (let i = 0; i < 3000; i += 1) {
        const input = junkValue(rng);
        let result: RestoreResult | undefined;
        expect(() => (result = restoreState(input, mini))).to.not.throw();
        expect(['ok', 'partial', 'invalid']).to.include(result!.status);
        expect(() => expandState(input, mini)).to.not.throw();
        if (result!.status !== 'invalid') checkInvariants(result!.state, mini);
      }
    });

    it('valid states with one field replaced by junk, and their JSON cut short or with characters flipped', () => {
      const rng = createRng(4242);
      const base = serializeState(busy(mini, started(mini, 7))) as unknown as Record<string, unknown>;
      const compact = JSON.parse(compactState(busy(mini, started(mini, 8)), mini)) as Record<string, unknown>;
      let survived = 0;
      for (let i = 0; i < 3000; i += 1) {
        const template = i % 2 ? base : compact;
        const keys = Object.keys(template);
        const mutated: Record<string, unknown> = {
          ...template,
          [keys[Math.floor(rng() * keys.length)]!]: junkValue(rng),
        };
        let text = JSON.stringify(mutated) ?? '';
        if (rng() < 0.3) text = text.slice(0, Math.floor(rng() * text.length));
        if (rng() < 0.3) {
          const at = Math.floor(rng() * text.length);
          text = text.slice(0, at) + String.fromCharCode(32 + Math.floor(rng() * 90)) + text.slice(at + 1);
        }
        for (const input of [mutated, text]) {
          let result: RestoreResult | undefined;
          expect(() => (result = restoreState(input, mini))).to.not.throw();
          if (result!.status !== 'invalid') {
            survived += 1;
            checkInvariants(result!.state, mini);
          }
        }
      }
      // Some mutations are harmless (e.g. a junk "current" that is a whole number): the fuzz reaches the ok path too.
      expect(survived).to.be.greaterThan(0);
    });

    it('hostile objects: throwing getters, proxies, cycles', () => {
      const s = serializeState(started(mini, 7)) as unknown as Record<string, unknown>;
      const getter = { ...s };
      Object.defineProperty(getter, 'answers', {
        get: () => {
          throw new Error('boom');
        },
        enumerable: true,
      });
      const proxy = new Proxy(
        {},
        {
          get: () => {
            throw new Error('trap');
          },
          ownKeys: () => {
            throw new Error('trap');
          },
        },
      );
      const cyclic: Record<string, unknown> = { ...s };
      cyclic.answers = cyclic;
      const arrayProxy = {
        ...s,
        questionIds: new Proxy([] as unknown[], {
          get: () => {
            throw new Error('trap');
          },
        }),
      };
      for (const input of [getter, proxy, cyclic, arrayProxy]) {
        let result: RestoreResult | undefined;
        expect(() => (result = restoreState(input, mini))).to.not.throw();
        expect(result!.status).to.equal('invalid');
        expect(() => expandState(input, mini)).to.not.throw();
      }
    });
  });
});
