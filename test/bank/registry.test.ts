import { expect } from '@open-wc/testing';
import {
  banksBaseGeneration,
  builtInBankIds,
  builtInBankUrl,
  builtInFileUrl,
  isBuiltInBank,
  isSplitBank,
  registerBank,
  setBanksBaseUrl,
  wholeBankPath,
} from '../../src/bank/registry.js';

// The registry resolves its banks folder against its own module URL (src/bank/registry.ts on the test server).
const moduleUrl = new URL('/src/bank/registry.ts', location.href).href;
const resolved = (path: string, base: string) => new URL(path, new URL(base, moduleUrl)).href;
// Ids unique to this file: the registry has no way to forget one, and nothing else asks for these.
const splitId = 'mirror-registry-split';
const oneFileId = 'mirror-registry-one-file';
const urlObjectId = 'mirror-registry-url-object';

describe('bank/registry', () => {
  afterEach(() => setBanksBaseUrl('../../dist/banks/'));

  it('knows the built-in bank and nothing else until one is registered', () => {
    expect(builtInBankIds()).to.include('databricks-ml-professional');
    expect(isBuiltInBank('databricks-ml-professional')).to.equal(true);
    expect(isSplitBank('databricks-ml-professional')).to.equal(true);
    expect(isBuiltInBank('mirror-registry-never-registered')).to.equal(false);
    expect(isSplitBank('mirror-registry-never-registered')).to.equal(false);
  });

  it('registerBank without a URL: a split bank looked for in the banks folder', () => {
    registerBank(splitId);
    expect(isBuiltInBank(splitId)).to.equal(true);
    expect(builtInBankIds()).to.include(splitId);
    expect(isSplitBank(splitId)).to.equal(true);
    expect(builtInBankUrl(splitId)).to.equal(resolved(`${splitId}.json`, '../../dist/banks/'));
    expect(builtInBankUrl(splitId)).to.equal(`${location.origin}/dist/banks/${splitId}.json`);
  });

  it('registerBank with a URL (string or URL object): one file, fetched from that URL as given', () => {
    registerBank(oneFileId, 'https://cdn.test/content/one.json');
    expect(isBuiltInBank(oneFileId)).to.equal(true);
    expect(isSplitBank(oneFileId)).to.equal(false);
    expect(builtInBankUrl(oneFileId)).to.equal('https://cdn.test/content/one.json');
    registerBank(urlObjectId, new URL('https://cdn.test/x/two.json'));
    expect(isSplitBank(urlObjectId)).to.equal(false);
    expect(builtInBankUrl(urlObjectId)).to.equal('https://cdn.test/x/two.json');
    // Moving the banks folder does not move a bank registered with its own URL.
    setBanksBaseUrl('https://elsewhere.test/banks/');
    expect(builtInBankUrl(oneFileId)).to.equal('https://cdn.test/content/one.json');
  });

  it('builtInFileUrl: a file of the split inside <banks>/<id>/, the whole bank beside it', async () => {
    expect(await builtInFileUrl('databricks-ml-professional', 'q/dev-sparkml-001.json')).to.equal(
      `${location.origin}/dist/banks/databricks-ml-professional/q/dev-sparkml-001.json`,
    );
    expect(await builtInFileUrl('databricks-ml-professional', wholeBankPath)).to.equal(
      builtInBankUrl('databricks-ml-professional'),
    );
    expect(wholeBankPath).to.equal('(whole)');
  });

  it('escapes an id in URLs (an id is one path segment)', async () => {
    expect(builtInBankUrl('a b/c')).to.equal(`${location.origin}/dist/banks/a%20b%2Fc.json`);
    expect(await builtInFileUrl('a b/c', 'index.json')).to.equal(`${location.origin}/dist/banks/a%20b%2Fc/index.json`);
  });

  it('setBanksBaseUrl with a string: absolute, or relative to the registry module', async () => {
    setBanksBaseUrl('https://cdn.test/banks/');
    expect(builtInBankUrl('databricks-ml-professional')).to.equal(
      'https://cdn.test/banks/databricks-ml-professional.json',
    );
    expect(await builtInFileUrl('databricks-ml-professional', 'q/x.json')).to.equal(
      'https://cdn.test/banks/databricks-ml-professional/q/x.json',
    );
    setBanksBaseUrl('../../content/');
    expect(builtInBankUrl(splitId)).to.equal(`${location.origin}/content/${splitId}.json`);
  });

  it('setBanksBaseUrl with a URL object', async () => {
    setBanksBaseUrl(new URL('https://cdn.test/v2/banks/'));
    expect(builtInBankUrl('databricks-ml-professional')).to.equal(
      'https://cdn.test/v2/banks/databricks-ml-professional.json',
    );
    expect(await builtInFileUrl('databricks-ml-professional', wholeBankPath)).to.equal(
      'https://cdn.test/v2/banks/databricks-ml-professional.json',
    );
  });

  it('banksBaseGeneration changes with every setBanksBaseUrl, even to the same folder', () => {
    const before = banksBaseGeneration();
    expect(banksBaseGeneration()).to.equal(before);
    setBanksBaseUrl('https://cdn.test/banks/');
    const once = banksBaseGeneration();
    expect(once).to.not.equal(before);
    setBanksBaseUrl('https://cdn.test/banks/');
    expect(banksBaseGeneration()).to.not.equal(once);
    expect(banksBaseGeneration()).to.not.equal(before);
  });

  after(() => {
    setBanksBaseUrl('../../dist/banks/');
    expect(builtInBankUrl('databricks-ml-professional')).to.equal(
      `${location.origin}/dist/banks/databricks-ml-professional.json`,
    );
  });
});
