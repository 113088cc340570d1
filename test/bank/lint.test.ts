import { expect } from '@open-wc/testing';
import { bankStats, jaccard, lintBank, trigrams } from '../../src/bank/lint.js';
import { parseBank } from '../../src/bank/parse.js';
import type { Bank } from '../../src/bank/schema.js';
import { mutableBank } from '../fixtures/mini-bank.js';

async function bank(mutate: (b: Record<string, any>) => void = () => {}): Promise<Bank> {
  const raw = await mutableBank();
  mutate(raw);
  const result = parseBank(raw);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.bank;
}

describe('lint and stats', () => {
  it('counts per domain, objective, type and key position', async () => {
    const stats = bankStats(await bank());
    expect(stats.byDomain).to.deep.equal({ dev: 4, ops: 3, dep: 2 });
    expect(stats.byType).to.deep.equal({ single: 7, multiple: 2 });
    expect(stats.keyPositions['4']).to.deep.equal({ a: 3, b: 2, c: 1, d: 1 });
  });

  it('warns about near-duplicate stems, thin objectives, skew, long keys and missing sources', async () => {
    const warnings = lintBank(
      await bank((b) => {
        b.questions[1].stem = b.questions[0].stem;
        delete b.questions[3].sources;
        b.questions[0].options[0].text = 'A much longer correct option than all the others here';
      }),
    );
    const text = warnings.map((w) => `${w.path}: ${w.message}`).join('\n');
    expect(text).to.contain('questions[id=dev-q2].stem: near-duplicate of questions[id=dev-q1]');
    expect(text).to.contain('objectives[id=dep.t.1]: has 2 questions, fewer than 3');
    expect(text).to.match(/correct-answer position skew: .* "a" is the key in 42.9%/);
    expect(text).to.contain('questions[id=dev-q4].sources: has no source');
  });

  it('measures word-trigram similarity', () => {
    expect(jaccard(trigrams('a b c d'), trigrams('a b c d'))).to.equal(1);
    expect(jaccard(trigrams('a b c d'), trigrams('x y z w'))).to.equal(0);
    expect(jaccard(trigrams('The quick brown fox.'), trigrams('the QUICK brown fox'))).to.equal(1);
  });
});
