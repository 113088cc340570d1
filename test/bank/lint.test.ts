import { expect } from '@open-wc/testing';
import {
  absoluteWordCount,
  bankStats,
  cueStats,
  isBareRootUrl,
  jaccard,
  lintBank,
  trigrams,
  visibleText,
} from '../../src/bank/lint.js';
import { parseBank } from '../../src/bank/parse.js';
import type { Bank } from '../../src/bank/schema.js';
import { mutableBank } from '../fixtures/mini-bank.js';
import { type QuestionSpec, cleanSpecs, makeBank, multipleWithKeys, singleWithKey } from './lint-banks.js';

async function miniBank(mutate: (b: Record<string, any>) => void = () => {}): Promise<Bank> {
  const raw = await mutableBank();
  mutate(raw);
  const result = parseBank(raw);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.bank;
}

const lines = (bank: Bank) => lintBank(bank).map((w) => `${w.path}: ${w.message}`);

/** The clean bank with some questions replaced. */
function cleanWith(replace: (specs: QuestionSpec[]) => void): Bank {
  const specs = cleanSpecs();
  replace(specs);
  return makeBank(specs);
}

describe('lint and stats', () => {
  it('counts per domain, objective, type and key position', async () => {
    const stats = bankStats(await miniBank());
    expect(stats.byDomain).to.deep.equal({ dev: 4, ops: 3, dep: 2 });
    expect(stats.byType).to.deep.equal({ single: 7, multiple: 2 });
    expect(stats.keyPositions['4']).to.deep.equal({ a: 3, b: 2, c: 1, d: 1 });
  });

  it('gives a clean bank no warning', () => {
    expect(lines(makeBank(cleanSpecs()))).to.deep.equal([]);
  });

  it('warns about an objective with too few questions (3 in a bank under 100 questions)', () => {
    const bank = cleanWith((specs) => {
      for (const spec of specs) if (spec.objective === undefined) spec.objective = 'dev.t.1';
      specs[0]!.objective = 'dep.t.1';
    });
    expect(lines(bank)).to.deep.equal([
      'objectives[id=ops.t.1]: has 0 questions, fewer than 3',
      'objectives[id=dep.t.1]: has 1 question, fewer than 3',
    ]);
  });

  it('holds a bank of 100 questions or more to 9 per objective, or the minimum given', () => {
    const specs = [...cleanSpecs(), ...cleanSpecs(), ...cleanSpecs()].slice(0, 100);
    specs.forEach((s, i) => (s.objective = i < 92 ? 'dev.t.1' : i < 96 ? 'ops.t.1' : 'dep.t.1'));
    const bank = makeBank(specs);
    expect(
      lintBank(bank)
        .filter((w) => w.path.startsWith('objectives'))
        .map((w) => w.message),
    ).to.deep.equal(['has 4 questions, fewer than 9', 'has 4 questions, fewer than 9']);
    expect(lintBank(bank, { minPerObjective: 4 }).filter((w) => w.path.startsWith('objectives'))).to.deep.equal([]);
  });

  it('reports single-answer key position skew once, naming every position off uniform', () => {
    // Keys at a, b, c, d in 12, 4, 8, 8 of 32: "a" and "b" are off by 12.5 points.
    const bank = cleanWith((specs) => {
      for (const i of [1, 5, 9, 13]) specs[i] = singleWithKey(0, Math.floor(i / 4) % 4);
    });
    expect(lines(bank)).to.deep.equal([
      'questions: correct-answer position skew: in 32 single-answer questions with 4 options, "a" is the key in 37.5%, "b" is the key in 12.5% (uniform is 25.0% ± 5)',
    ]);
  });

  it('warns when the key is the strictly longest option in over 30% of single-answer questions', () => {
    // Key length ranks 0/1/2/3 in 11/8/6/7 of 32 (positions unchanged): longest 34.4%, top two 59.4%.
    const bank = cleanWith((specs) => {
      specs[8] = singleWithKey(0, 0);
      specs[9] = singleWithKey(1, 0);
      specs[12] = singleWithKey(0, 0);
    });
    expect(cueStats(bank.questions).keyLongest).to.equal(11 / 32);
    expect(lines(bank)).to.deep.equal([
      'questions: shape cue: the key is the strictly longest option in 34.4% of 32 single-answer questions (at most 30.0%)',
    ]);
  });

  it('warns when the key is the strictly second-longest option in over 35%', () => {
    // Ranks 0/1/2/3 in 7/12/7/6 of 32: second-longest 37.5%, top two 59.4%.
    const bank = cleanWith((specs) => {
      specs[0] = singleWithKey(0, 1);
      specs[8] = singleWithKey(0, 1);
      specs[12] = singleWithKey(0, 1);
      specs[13] = singleWithKey(1, 1);
    });
    expect(lines(bank)).to.deep.equal([
      'questions: shape cue: the key is the strictly second-longest option in 37.5% of 32 single-answer questions (at most 35.0%)',
    ]);
  });

  it('warns when the key is one of the two longest options in over 60%', () => {
    // Ranks 0/1/2/3 in 9/11/6/6: neither share alone is over its limit, together 62.5%.
    const bank = cleanWith((specs) => {
      specs[8] = singleWithKey(0, 0);
      specs[9] = singleWithKey(1, 1);
      specs[12] = singleWithKey(0, 1);
      specs[13] = singleWithKey(1, 1);
    });
    expect(lines(bank)).to.deep.equal([
      'questions: shape cue: the key is one of the two longest options in 62.5% of 32 single-answer questions (at most 60.0%)',
    ]);
  });

  it('warns when the k longest options are exactly the k keys in over 20% of multiple-select questions', () => {
    // 3 of 10: the keys are longer than every distractor (and the longest option is then a key: 30% vs 40% mean, fine).
    const bank = cleanWith((specs) => {
      for (const i of [32, 33, 34])
        specs[i] = {
          keys: specs[i]!.keys,
          lengths: [0, 1, 2, 3, 4].map((k) => (specs[i]!.keys.includes(k) ? 30 + k : 20)),
        };
    });
    expect(lines(bank)).to.deep.equal([
      'questions: shape cue: the k longest options are exactly the k keys in 30.0% of 10 multiple-select questions (at most 20.0%)',
    ]);
  });

  it('warns when the longest option is a key more than 10 points above the mean key rate', () => {
    // In 6 of 10 the longest option is a key (one key long, the other short): 60% against 40%.
    const bank = cleanWith((specs) => {
      for (let i = 32; i < 38; i += 1) {
        const keys = specs[i]!.keys;
        specs[i] = { keys, lengths: [0, 1, 2, 3, 4].map((k) => (k === keys[0] ? 40 : k === keys[1] ? 10 : 20)) };
      }
    });
    expect(lines(bank)).to.deep.equal([
      'questions: shape cue: the longest option is a key in 60.0% of 10 multiple-select questions, against a mean key rate of 40.0% (at most 10 points above)',
    ]);
  });

  it('reports multiple-select key position skew once, naming every position off the mean', () => {
    // Keyed a/b/c/d/e in 6/5/5/4/0 of 10 (mean 40%): "a" and "e" are more than 12 points off.
    const bank = cleanWith((specs) => {
      specs[34] = multipleWithKeys([0, 1]);
      specs[36] = multipleWithKeys([3, 0]);
      specs[39] = multipleWithKeys([0, 2]);
      specs[41] = multipleWithKeys([3, 0]);
    });
    expect(lines(bank)).to.deep.equal([
      'questions: multiple-select key position skew: "a" is a key in 60.0% of 10, "e" is a key in 0.0% of 10 (mean key rate 40.0% ± 12 points)',
    ]);
  });

  it('warns when "Which TWO/THREE statements" lists are over 30% of multiple-select', () => {
    const bank = cleanWith((specs) => {
      specs[32]!.stem = 'Which TWO statements about r1 are correct?';
      specs[33]!.stem = 'Which three of the following statements on r2 hold?';
      specs[34]!.stem = 'Which 2 statements describe r3 best? Select two.';
      specs[35]!.stem = 'Which two settings does r4 need? Select two.'; // not a statement list
    });
    expect(cueStats(bank.questions).statementLists).to.equal(0.3);
    expect(lines(bank)).to.deep.equal([]);
    const more = cleanWith((specs) => {
      for (const i of [32, 33, 34, 35]) specs[i]!.stem = `Which TWO statements about r${i} are true?`;
    });
    expect(lines(more)).to.deep.equal([
      'questions: shape cue: 40.0% of 10 multiple-select questions are "Which TWO/THREE statements…" lists (at most 30.0%)',
    ]);
  });

  it('warns when absolute words are over 1.5× as frequent per distractor as per key', () => {
    const withWords = (keyText: string, distractorText: string) =>
      cleanWith((specs) => {
        specs[0] = { keys: [0], texts: [keyText, 'Run it nightly', 'Run it weekly again', 'Run it once more please'] };
        specs[1] = { keys: [1], texts: [distractorText, 'Run the job hourly', 'Run the job daily, please', 'Rerun'] };
      });
    // 52 keys, 126 distractors. 2 words in keys, 3 in distractors: fewer per distractor, no warning.
    expect(lines(withWords('Always retrain **all** models', 'It *never* caches `any` row or every one'))).to.deep.equal(
      [],
    );
    // 1 word in keys (0.019 each), 6 in distractors (0.048 each): 2.48×.
    expect(
      lines(withWords('Always retrain them', 'Never cache any row, all must be guaranteed; cannot')),
    ).to.deep.equal([
      'questions: shape cue: absolute words (always, never, only, all, every, any, automatically, cannot, must, none, guaranteed) appear 0.048 times per distractor and 0.019 per key (2.48×; at most 1.5×)',
    ]);
  });

  it('warns about a source that is a bare root', () => {
    const bank = cleanWith((specs) => {
      specs[3]!.urls = ['https://github.com/mlflow/mlflow', 'https://github.com/mlflow/mlflow/blob/master/README.md'];
      specs[4]!.urls = ['https://pypi.org/project/databricks-feature-engineering/'];
    });
    expect(lines(bank)).to.deep.equal([
      'questions[id=q3].sources[0].url: is a bare root (https://github.com/mlflow/mlflow): cite the page, file or anchor that states the claim, not a front page, repository or package page',
      'questions[id=q4].sources[0].url: is a bare root (https://pypi.org/project/databricks-feature-engineering/): cite the page, file or anchor that states the claim, not a front page, repository or package page',
    ]);
  });

  it('tells bare roots from pages that can hold a claim', () => {
    for (const url of [
      'https://github.com/mlflow/mlflow',
      'https://github.com/mlflow/mlflow/',
      'https://www.github.com/mlflow',
      'https://pypi.org/project/optuna/',
      'https://pypi.org/project/optuna/4.0.0/',
      'https://www.npmjs.com/package/lit',
      'https://www.npmjs.com/package/@lit/context',
      'https://docs.databricks.com',
      'https://docs.databricks.com/',
      'http://mlflow.org:80/',
    ]) {
      expect(isBareRootUrl(url), url).to.equal(true);
    }
    for (const url of [
      'https://github.com/mlflow/mlflow/blob/master/mlflow/pyfunc/__init__.py',
      'https://github.com/mlflow/mlflow#installing',
      'https://github.com/mlflow/mlflow/tree/master/docs',
      'https://pypi.org/search/?q=optuna',
      'https://docs.databricks.com/aws/en/machine-learning/',
      'https://docs.databricks.com/#serving',
      'https://example.com/?page=42',
    ]) {
      expect(isBareRootUrl(url), url).to.equal(false);
    }
  });

  it('warns about a question without sources', () => {
    const bank = cleanWith((specs) => (specs[5]!.urls = []));
    expect(lines(bank)).to.deep.equal(['questions[id=q5].sources: has no source']);
  });

  it('warns about near-duplicate stems', () => {
    const bank = cleanWith((specs) => {
      specs[1]!.stem = 'A team retrains the churn model every night on new data: what should happen next?';
      specs[2]!.stem = 'A team retrains the churn model every night on fresh data: what should happen next?';
    });
    expect(lines(bank)).to.deep.equal([
      'questions[id=q2].stem: near-duplicate of questions[id=q1] (word-trigram Jaccard 0.63)',
    ]);
  });

  it('skips statistical rules below their stated sample sizes', async () => {
    // The 9-question mini bank: 7 single-answer keys at a/b/c/d = 3/2/1/1 would be skewed in a large bank.
    const warnings = lintBank(
      await miniBank((b) => (b.questions[0].options[0].text = 'A much longer correct option than all the others here')),
    );
    // (Its stems are near-duplicates of one another by design; those warnings are not statistics.)
    expect(
      warnings.filter((w) => !w.message.startsWith('near-duplicate')).map((w) => `${w.path}: ${w.message}`),
    ).to.deep.equal(['objectives[id=dep.t.1]: has 2 questions, fewer than 3']);
  });
});

describe('shape-cue figures', () => {
  it('measures lengths of the visible text', () => {
    expect(visibleText('Use `code` and *em* and **strong** text')).to.equal('Use code and em and strong text');
    expect(visibleText('Run:\n```python\nx = 1\n```\nthen')).to.equal('Run: x = 1 then');
    expect(visibleText('2 * 3 * 4')).to.equal('2 * 3 * 4');
  });

  it('counts absolute words as whole words in any case', () => {
    expect(absoluteWordCount('Always use **all** nodes; it cannot fail and MUST run')).to.equal(4);
    expect(absoluteWordCount('Allowed anything: everyone knows; nevertheless, mustard only-child')).to.equal(1);
  });

  it('gives exact figures for a small hand-made bank', () => {
    const bank = makeBank([
      { keys: [1], lengths: [5, 9, 7, 3] }, // strictly longest
      { keys: [2], lengths: [5, 9, 7, 3] }, // strictly second-longest
      { keys: [0], lengths: [6, 6, 2, 1] }, // tied longest: one of the two longest only
      { keys: [3], texts: ['Never', 'Only `this`', 'Always *all*', 'Any key'] }, // key 1 word; distractors 1 + 1 + 2
      { keys: [0], lengths: [5, 5, 5, 9] }, // three-way tie below the longest: none
      { keys: [0, 1], lengths: [10, 8, 3, 3, 3], stem: 'Which TWO statements are true? Select two.' },
      { keys: [0, 2], lengths: [10, 10, 3, 3, 3] }, // longest tied between a key and a distractor: half
      { keys: [0, 1], lengths: [2, 2, 9, 2] },
    ]);
    const c = cueStats(bank.questions);
    expect(c.singles).to.equal(5);
    expect(c.keyLongest).to.equal(1 / 5);
    expect(c.keySecondLongest).to.equal(1 / 5);
    expect(c.keyTopTwo).to.equal(3 / 5);
    expect(c.multiples).to.equal(3);
    expect(c.longestAreKeys).to.equal(1 / 3);
    expect(c.longestIsKey).to.equal(0.5);
    expect(c.meanKeyRate).to.equal(6 / 14);
    expect(c.positionKeyRate).to.deep.equal({
      a: { rate: 1, of: 3 },
      b: { rate: 2 / 3, of: 3 },
      c: { rate: 1 / 3, of: 3 },
      d: { rate: 0, of: 3 },
      e: { rate: 0, of: 2 },
    });
    expect(c.statementLists).to.equal(1 / 3);
    expect(c.keys).to.equal(11);
    expect(c.distractors).to.equal(23);
    expect(c.absolutePerKey).to.equal(1 / 11);
    expect(c.absolutePerDistractor).to.equal(4 / 23);
    const byDomain = bankStats(bank).cuesByDomain;
    expect(Object.keys(byDomain)).to.deep.equal(['dev', 'ops', 'dep']);
    expect(byDomain.dev!.questions + byDomain.ops!.questions + byDomain.dep!.questions).to.equal(8);
    expect(byDomain.dev!.singles).to.equal(2); // q0 and q3
  });

  it('measures word-trigram similarity', () => {
    expect(jaccard(trigrams('a b c d'), trigrams('a b c d'))).to.equal(1);
    expect(jaccard(trigrams('a b c d'), trigrams('x y z w'))).to.equal(0);
    expect(jaccard(trigrams('The quick brown fox.'), trigrams('the QUICK brown fox'))).to.equal(1);
  });
});
