import { expect } from '@open-wc/testing';
import { clearBankCache, isTrustedBank, loadBank } from '../../src/bank/load.js';
import { builtInBankUrl, registerBank } from '../../src/bank/registry.js';
import { miniBankUrl } from '../fixtures/mini-bank.js';

const respond = (status: number, body: string) => async () => ({
  ok: status < 400,
  status,
  statusText: status === 404 ? 'Not Found' : '',
  text: async () => body,
});

describe('loadBank', () => {
  afterEach(() => clearBankCache());

  it('loads and validates a bank by URL', async () => {
    const result = await loadBank(miniBankUrl);
    expect(result.ok).to.equal(true);
    if (result.ok) {
      expect(result.bank.id).to.equal('mini');
      expect(isTrustedBank(result.bank)).to.equal(true);
    }
  });

  it('loads the built-in bank by id', async () => {
    const result = await loadBank('databricks-ml-professional');
    expect(result.ok).to.equal(true);
    if (result.ok) {
      expect(result.bank.questions.length).to.be.at.least(180);
      expect(result.bank.exams[0]).to.include({
        id: 'mock-exam',
        questionCount: 59,
        durationMinutes: 120,
        passPercent: 70,
      });
    }
  });

  it('shares one download between callers', async () => {
    const [a, b] = await Promise.all([loadBank(miniBankUrl), loadBank(miniBankUrl)]);
    expect(a.ok && b.ok && a.bank === b.bank).to.equal(true);
  });

  it('turns HTTP errors, network failures and non-JSON into (root) issues; never rejects', async () => {
    const http = await loadBank('https://x.test/b.json', { fetch: respond(404, '') });
    expect(http).to.deep.equal({
      ok: false,
      errors: [{ path: '(root)', message: 'could not load https://x.test/b.json: HTTP 404 Not Found' }],
    });
    const network = await loadBank('https://x.test/b.json', {
      fetch: async () => {
        throw new TypeError('Failed to fetch');
      },
    });
    expect(!network.ok && network.errors[0]!.message).to.equal(
      'could not load https://x.test/b.json: network error (Failed to fetch)',
    );
    const text = await loadBank('https://x.test/b.json', { fetch: respond(200, '<html>') });
    expect(!text.ok && text.errors[0]!.message).to.match(
      /^expected JSON from https:\/\/x.test\/b.json, found text that is not JSON/,
    );
    const invalid = await loadBank('https://x.test/b.json', { fetch: respond(200, '{"id": 3}') });
    expect(!invalid.ok && invalid.errors.map((e) => e.path)).to.include('id');
  });

  it('names the built-in ids when given an unknown one', async () => {
    const result = await loadBank('databricks-ml-pro');
    expect(!result.ok && result.errors[0]!.message).to.equal(
      'expected a built-in bank id ("databricks-ml-professional") or a URL, found "databricks-ml-pro"',
    );
  });

  it('registers another bank by id', async () => {
    registerBank('mini-registered', miniBankUrl);
    expect(builtInBankUrl('mini-registered')).to.equal(miniBankUrl);
    const result = await loadBank('mini-registered');
    expect(result.ok).to.equal(true);
  });
});
