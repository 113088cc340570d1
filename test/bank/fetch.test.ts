import { expect } from '@open-wc/testing';
import { type FetchLike, dedupe, failure, fetchJson, unknownItem } from '../../src/bank/fetch.js';

/** A fetch that answers every URL with one status and body. */
const answering =
  (status: number, body: string, statusText = ''): FetchLike =>
  async () => ({ ok: status >= 200 && status < 300, status, statusText, text: async () => body });

const message = async (url: string, fetch: FetchLike) => {
  const result = await fetchJson(url, fetch);
  if (result.ok) throw new Error('expected a failure');
  expect(result.errors).to.have.length(1);
  expect(result.errors[0]!.path).to.equal('(root)');
  return result.errors[0]!.message;
};

// What the npm build's table holds when the app's bundler left `new URL('…?no-inline', import.meta.url)` alone.
const unemitted = 'https://app.example/dist/banks/databricks-ml-professional/q/dev-scale-005.json?no-inline';

describe('fetchJson (bank/fetch.ts)', () => {
  it('returns the parsed JSON', async () => {
    expect(await fetchJson('/b.json', answering(200, '{"id":"b"}'))).to.deep.equal({ ok: true, bank: { id: 'b' } });
  });

  it('names the URL and the HTTP status of a failed load', async () => {
    expect(await message('/banks/b.json', answering(404, 'gone', 'Not Found'))).to.equal(
      'could not load /banks/b.json: HTTP 404 Not Found',
    );
    expect(await message('/banks/b.json', answering(500, ''))).to.equal('could not load /banks/b.json: HTTP 500');
  });

  it('names a network failure', async () => {
    const offline: FetchLike = async () => {
      throw new TypeError('Failed to fetch');
    };
    expect(await message('/b.json', offline)).to.equal('could not load /b.json: network error (Failed to fetch)');
  });

  it('says what came instead of JSON (a dev server answering with its HTML page)', async () => {
    const text = await message('/b.json', answering(200, '<!doctype html><title>App</title>'));
    expect(text).to.match(/^expected JSON from \/b\.json, found text that is not JSON \(.+\)$/);
  });

  it('points at the README when a file of the npm build was not emitted by the app bundler (esbuild, Rollup)', async () => {
    const hint = `; the app's bundler did not emit ml-quiz's content (see "In an app" in ml-quiz's README)`;
    expect(await message(unemitted, answering(404, '', 'Not Found'))).to.equal(
      `could not load ${unemitted}: HTTP 404 Not Found${hint}`,
    );
    expect(await message(unemitted, answering(200, '<!doctype html>'))).to.satisfy((m: string) => m.endsWith(hint));
    // Self-hosted content (setBanksBaseUrl) and webpack's emitted files are not the package's own path: no hint.
    expect(await message('https://cdn.example/banks/b/q/x.json', answering(404, ''))).not.to.contain('bundler');
    expect(await message('https://app.example/2749352d1c42.json?no-inline', answering(404, ''))).not.to.contain(
      'bundler',
    );
  });
});

describe('issue helpers (bank/fetch.ts)', () => {
  it('failure() is one issue at the root', () => {
    expect(failure('broken')).to.deep.equal({ ok: false, errors: [{ path: '(root)', message: 'broken' }] });
  });

  it('dedupe() drops repeats of the same path and message, keeping the first order', () => {
    const a = { path: 'questions[0]', message: 'x' };
    const b = { path: 'questions[1]', message: 'x' };
    expect(dedupe([a, b, { ...a }, b])).to.deep.equal([a, b]);
  });

  it('unknownItem() names the id and, for comparisons and checklists, the known ones', () => {
    expect(unknownItem('question', 'bank-a', 'q9').message).to.equal(
      'expected a question id of bank "bank-a", found "q9"',
    );
    expect(unknownItem('comparison', 'bank-a', 'c9', ['c1', 'c2'])).to.deep.equal({
      path: 'comparison',
      message: 'expected the id of a comparison in bank "bank-a" ("c1", "c2"), found "c9"',
    });
  });
});
