import { expect } from '@open-wc/testing';
import { LmsLoader } from '../../src/controllers/lms-loader.js';
import type { LmsErrorDetail } from '../../src/lms/types.js';

describe('controllers/lms-loader', () => {
  it('a failed load (404, offline) is one error, never retried, and counts as no LMS', async () => {
    const errors: LmsErrorDetail[] = [];
    let imports = 0;
    const host = Object.assign(document.createElement('div'), {
      addController() {},
      removeController() {},
      requestUpdate() {},
      updateComplete: Promise.resolve(true),
    });
    const loader = new LmsLoader(host as never, { mode: () => 'auto', onError: (e) => errors.push(e) });
    loader.importer = () => {
      imports += 1;
      return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    };
    const results = await Promise.all([loader.load(), loader.load(), loader.load()]);
    expect(await loader.load()).to.equal(undefined);
    expect(results).to.deep.equal([undefined, undefined, undefined]);
    expect(imports).to.equal(1);
    expect(errors).to.have.length(1);
    expect(errors[0]!.call).to.equal('load');
    expect(loader.tried).to.equal(true);
    expect(loader.link).to.equal(undefined);
  });
});
