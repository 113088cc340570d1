import { expect } from '@open-wc/testing';
import { clearBankCache, type FetchLike } from '../../src/bank/load.js';
import { registerBank, setBanksBaseUrl } from '../../src/bank/registry.js';
import type { Bank } from '../../src/bank/schema.js';
import { clearSourceCache, openBankSource } from '../../src/bank/source.js';
import { splitBank } from '../../src/bank/split.js';
import { miniBank } from '../fixtures/mini-bank.js';

/** A fake server holding a bank's split files (and its whole file) under any base; it records every URL asked for. */
function fakeServer(bank: Bank, options: { failFirst?: string } = {}) {
  const files = new Map([...splitBank(bank)].map(([path, data]) => [`${bank.id}/${path}`, JSON.stringify(data)]));
  files.set(`${bank.id}.json`, JSON.stringify(bank));
  const requests: string[] = [];
  let failed = false;
  const fetch: FetchLike = async (url) => {
    requests.push(url);
    if (options.failFirst && url.endsWith(options.failFirst) && !failed) {
      failed = true;
      return { ok: false, status: 503, statusText: 'Service Unavailable', text: async () => '' };
    }
    const key = [...files.keys()].find((k) => url.endsWith(`/${k}`));
    return key
      ? { ok: true, status: 200, statusText: 'OK', text: async () => files.get(key)! }
      : { ok: false, status: 404, statusText: 'Not Found', text: async () => 'not found' };
  };
  /** The requests made since the last call, as paths below the bank folder. */
  const taken = () => requests.splice(0).map((u) => u.slice(u.indexOf(`/${bank.id}`) + 1));
  return { fetch, taken };
}

describe('openBankSource', () => {
  let bank: Bank;
  beforeEach(async () => {
    bank = await miniBank();
    registerBank(bank.id); // served as split files, like the built-in bank
    clearSourceCache();
    clearBankCache();
  });

  describe('a built-in (split) bank', () => {
    it('a card fetches its one question file and nothing else', async () => {
      const server = fakeServer(bank);
      const id = bank.questions[3]!.id;
      const result = await openBankSource(bank.id, { fetch: server.fetch }).questions([id]);
      expect(result.ok && result.bank.map((q) => q.id)).to.deep.equal([id]);
      expect(result.ok && result.bank[0]).to.deep.equal(bank.questions[3]);
      expect(server.taken()).to.deep.equal([`${bank.id}/q/${id}.json`]);
    });

    it('a deck fetches the index and its selection; asking again fetches nothing', async () => {
      const server = fakeServer(bank);
      const source = openBankSource(bank.id, { fetch: server.fetch });
      const index = await source.index();
      expect(index.ok && index.bank.questions).to.deep.equal(
        bank.questions.map((q) => ({
          id: q.id,
          objective: q.objective,
          options: q.options.map((o) => ({ id: o.id })),
        })),
      );
      expect(index.ok && index.bank.exams).to.deep.equal(bank.exams);
      expect(index.ok && index.bank.comparisons).to.deep.equal(bank.comparisons.map((c) => c.id));
      const ids = bank.questions.slice(0, 3).map((q) => q.id);
      const picked = await source.questions(ids);
      expect(picked.ok && picked.bank.map((q) => q.id)).to.deep.equal(ids);
      expect(server.taken()).to.deep.equal(
        ['index.json', ...ids.map((i) => `q/${i}.json`)].map((p) => `${bank.id}/${p}`),
      );
      await openBankSource(bank.id, { fetch: server.fetch }).questions(ids);
      await source.index();
      expect(server.taken()).to.deep.equal([]);
    });

    it('an exam fetches the index and exactly the questions it draws, in the order asked', async () => {
      const server = fakeServer(bank);
      const source = openBankSource(bank.id, { fetch: server.fetch });
      await source.index();
      const drawn = bank.questions
        .filter((_, i) => i % 2 === 0)
        .map((q) => q.id)
        .reverse();
      const result = await source.questions(drawn);
      expect(result.ok && result.bank.map((q) => q.id)).to.deep.equal(drawn);
      expect(server.taken()).to.have.length(1 + drawn.length);
    });

    it('a comparison and a checklist fetch their own file', async () => {
      const server = fakeServer(bank);
      const source = openBankSource(bank.id, { fetch: server.fetch });
      const comparison = await source.comparison(bank.comparisons[0]!.id);
      const checklist = await source.checklist(bank.checklists[0]!.id);
      expect(comparison.ok && comparison.bank).to.deep.equal(bank.comparisons[0]);
      expect(checklist.ok && checklist.bank).to.deep.equal(bank.checklists[0]);
      expect(server.taken()).to.deep.equal([
        `${bank.id}/comparisons/${bank.comparisons[0]!.id}.json`,
        `${bank.id}/checklists/${bank.checklists[0]!.id}.json`,
      ]);
    });

    it('an unknown id is told apart from a failed load by the index', async () => {
      const server = fakeServer(bank);
      const source = openBankSource(bank.id, { fetch: server.fetch });
      const result = await source.questions([bank.questions[0]!.id, 'no-such-question']);
      expect(result).to.deep.equal({
        ok: false,
        errors: [
          { path: 'question', message: `expected a question id of bank "${bank.id}", found "no-such-question"` },
        ],
      });
      const comparison = await source.comparison('nope');
      expect(!comparison.ok && comparison.errors[0]!.message).to.equal(
        `expected the id of a comparison in bank "${bank.id}" (${bank.comparisons.map((c) => `"${c.id}"`).join(', ')}), found "nope"`,
      );
    });

    it('a missing deployment (every file 404) reports the HTTP error', async () => {
      const requests: string[] = [];
      const fetch: FetchLike = async (url) => (
        requests.push(url),
        { ok: false, status: 404, statusText: 'Not Found', text: async () => '' }
      );
      const result = await openBankSource(bank.id, { fetch }).questions([bank.questions[0]!.id]);
      expect(result.ok).to.equal(false);
      expect(!result.ok && result.errors[0]!.path).to.equal('(root)');
      expect(!result.ok && result.errors[0]!.message).to.match(/^could not load .*\/q\/.*\.json: HTTP 404 Not Found$/);
      expect(requests).to.have.length(2); // the question, then the index to tell "unknown id" apart
    });

    it('a failed fetch is not cached: the next request tries again', async () => {
      const server = fakeServer(bank, { failFirst: 'index.json' });
      const source = openBankSource(bank.id, { fetch: server.fetch });
      const first = await source.index();
      expect(!first.ok && first.errors[0]!.message).to.match(/HTTP 503 Service Unavailable$/);
      const second = await source.index();
      expect(second.ok).to.equal(true);
      expect(server.taken()).to.deep.equal([`${bank.id}/index.json`, `${bank.id}/index.json`]);
    });

    it('never rejects: network errors and non-JSON become issues', async () => {
      const thrown = await openBankSource(bank.id, {
        fetch: async () => {
          throw new TypeError('Failed to fetch');
        },
      }).index();
      expect(!thrown.ok && thrown.errors[0]!.message).to.match(/network error \(Failed to fetch\)$/);
      const html = await openBankSource(bank.id, {
        fetch: async () => ({ ok: true, status: 200, statusText: 'OK', text: async () => '<!doctype html>' }),
      }).checklist('x');
      expect(!html.ok && html.errors[0]!.message).to.match(/found text that is not JSON/);
    });

    it('fetches from a base URL set later (files already fetched stay cached under their own URLs)', async () => {
      const server = fakeServer(bank);
      setBanksBaseUrl('https://cdn.test/banks/');
      try {
        await openBankSource(bank.id, { fetch: server.fetch }).index();
        setBanksBaseUrl('https://other.test/content/');
        await openBankSource(bank.id, { fetch: server.fetch }).index();
      } finally {
        setBanksBaseUrl('../../dist/banks/');
      }
      const taken = server.taken();
      expect(taken).to.have.length(2);
    });

    it('whole() fetches the whole file once, trusted', async () => {
      const server = fakeServer(bank);
      const result = await openBankSource(bank.id, { fetch: server.fetch }).whole();
      expect(result.ok && result.bank.questions.length).to.equal(bank.questions.length);
      expect(server.taken()).to.deep.equal([`${bank.id}.json`]);
    });
  });

  describe('a foreign URL', () => {
    it('stays one file: fetched once, validated, every request answered from it', async () => {
      const server = fakeServer(bank);
      const source = openBankSource(`https://elsewhere.test/${bank.id}.json`, { fetch: server.fetch });
      const [index, questions, comparison, checklist] = await Promise.all([
        source.index(),
        source.questions([bank.questions[1]!.id]),
        source.comparison(bank.comparisons[0]!.id),
        source.checklist(bank.checklists[0]!.id),
      ]);
      expect([index.ok, questions.ok, comparison.ok, checklist.ok]).to.deep.equal([true, true, true, true]);
      expect(index.ok && index.bank.questions.length).to.equal(bank.questions.length);
      expect(server.taken()).to.deep.equal([`${bank.id}.json`]);
      const unknown = await source.questions(['nope']);
      expect(!unknown.ok && unknown.errors[0]!.path).to.equal('question');
      expect(server.taken()).to.deep.equal([]);
    });

    it("an invalid foreign bank gives parseBank's issues to every request", async () => {
      const broken = { ...bank, questions: [{ ...bank.questions[0]!, answer: ['z'] }] };
      const fetch: FetchLike = async () => ({
        ok: true,
        status: 200,
        statusText: 'OK',
        text: async () => JSON.stringify(broken),
      });
      const source = openBankSource('https://elsewhere.test/broken.json', { fetch });
      const result = await source.questions([bank.questions[0]!.id]);
      expect(
        !result.ok && result.errors.some((e) => e.path.startsWith(`questions[id=${bank.questions[0]!.id}].answer`)),
      ).to.equal(true);
    });
  });

  describe('a bank object', () => {
    it('is validated unless trusted', async () => {
      const broken = { ...bank, exams: [{ ...bank.exams[0]!, questionCount: 0 }] } as Bank;
      const checked = await openBankSource(broken).index();
      expect(!checked.ok && checked.errors.map((e) => e.path)).to.include(
        `exams[id=${bank.exams[0]!.id}].questionCount`,
      );
      const trusted = await openBankSource(broken, { trusted: true }).index();
      expect(trusted.ok).to.equal(true);
    });

    it('answers each kind of request from the object', async () => {
      const source = openBankSource(bank);
      const ids = [bank.questions[2]!.id, bank.questions[0]!.id];
      const questions = await source.questions(ids);
      expect(questions.ok && questions.bank.map((q) => q.id)).to.deep.equal(ids);
      const whole = await source.whole();
      expect(whole.ok && whole.bank.id).to.equal(bank.id);
    });
  });
});
