/** Hand-made banks for the lint tests: each question described by its keys and option lengths (or texts). */
import { parseBank } from '../../src/bank/parse.js';
import type { Bank } from '../../src/bank/schema.js';

export interface QuestionSpec {
  type?: 'single' | 'multiple';
  /** Indexes of the keys among the options. */
  keys: number[];
  /** Visible length of each option (text made of "o"s), unless `texts` is given. */
  lengths?: number[];
  texts?: string[];
  stem?: string;
  urls?: string[];
  objective?: string;
}

const OBJECTIVES = ['dev.t.1', 'ops.t.1', 'dep.t.1'];

/** A valid bank of the given questions, objectives spread round-robin over dev/ops/dep. */
export function makeBank(specs: QuestionSpec[], idOf = (i: number) => `q${i}`): Bank {
  const raw = {
    id: 'lint',
    title: 'Lint bank',
    version: '1',
    domains: [
      { id: 'dev', title: 'Dev', weight: 50 },
      { id: 'ops', title: 'Ops', weight: 30 },
      { id: 'dep', title: 'Dep', weight: 20 },
    ],
    objectives: OBJECTIVES.map((id) => ({ id, domain: id.split('.')[0], title: `Objective ${id}` })),
    questions: specs.map((spec, i) => {
      const texts = spec.texts ?? spec.lengths!.map((n) => 'o'.repeat(n));
      return {
        id: idOf(i),
        type: spec.type ?? (spec.keys.length > 1 ? 'multiple' : 'single'),
        objective: spec.objective ?? OBJECTIVES[i % 3],
        // Every stem's words are its own, so no two stems share a trigram.
        stem: spec.stem ?? `Situation s${i}a s${i}b s${i}c s${i}d: what should happen next?`,
        options: texts.map((text, k) => ({ id: String.fromCharCode(97 + k), text, rationale: `Why ${k}.` })),
        answer: spec.keys.map((k) => String.fromCharCode(97 + k)),
        explanation: 'Because.',
        sources: (spec.urls ?? [`https://docs.example.com/guide/page-${i}`]).map((url) => ({ title: 'Docs', url })),
      };
    }),
  };
  const result = parseBank(raw);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.bank;
}

/** Four distinct lengths; the key gets the one of the given rank (0 = longest). */
export function singleWithKey(position: number, rank: number): QuestionSpec {
  const byRank = [40, 30, 20, 10];
  const rest = byRank.filter((_, r) => r !== rank);
  const lengths = [0, 1, 2, 3].map((i) => (i === position ? byRank[rank]! : rest.shift()!));
  return { keys: [position], lengths };
}

/** Five options, the given two keyed; a distractor is the longest option, the rest are of one length. */
export function multipleWithKeys(keys: [number, number]): QuestionSpec {
  const longest = [0, 1, 2, 3, 4].find((i) => !keys.includes(i))!;
  return { keys, lengths: [0, 1, 2, 3, 4].map((i) => (i === longest ? 40 : 20)) };
}

/**
 * A bank that breaks no lint rule and is large enough for every statistical rule to run: 32 single-answer questions
 * (key positions and key length ranks each a quarter) and 10 multiple-select questions (every position keyed 40%,
 * the mean key rate; the longest option a distractor).
 */
export function cleanSpecs(): QuestionSpec[] {
  const singles = Array.from({ length: 32 }, (_, i) => singleWithKey(i % 4, Math.floor(i / 4) % 4));
  const pairs: [number, number][] = [
    [0, 1],
    [2, 3],
    [4, 0],
    [1, 2],
    [3, 4],
  ];
  const multiples = Array.from({ length: 10 }, (_, i) => multipleWithKeys(pairs[i % 5]!));
  return [...singles, ...multiples];
}
