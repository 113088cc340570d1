import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { PersistenceController, storageAccepts, storageKey } from '../../src/controllers/persistence-controller.js';

/** A host that only records controllers and update requests: the controller is tested without an element. */
class Host implements ReactiveControllerHost {
  controllers: ReactiveController[] = [];
  updates = 0;
  addController(c: ReactiveController) {
    this.controllers.push(c);
  }
  removeController() {}
  requestUpdate() {
    this.updates += 1;
  }
  get updateComplete() {
    return Promise.resolve(true);
  }
}

/** An in-memory Storage; `full` makes setItem throw as a full quota does. */
class FakeStorage implements Storage {
  data = new Map<string, string>();
  full = false;
  get length() {
    return this.data.size;
  }
  clear() {
    this.data.clear();
  }
  getItem(key: string) {
    return this.data.get(key) ?? null;
  }
  key(i: number) {
    return [...this.data.keys()][i] ?? null;
  }
  removeItem(key: string) {
    this.data.delete(key);
  }
  setItem(key: string, value: string) {
    if (this.full) throw new DOMException('quota', 'QuotaExceededError');
    this.data.set(key, value);
  }
}

const restore = (data: unknown) =>
  typeof data === 'object' && data !== null && 'n' in data ? (data as { n: number }) : undefined;

describe('controllers/persistence-controller', () => {
  it('the contract key, unless the author gave one', () => {
    expect(storageKey('b', 'exam', 'e')).to.equal('ml-quiz:v1:b:exam:e');
    expect(storageKey('b', 'checklist', 'c', 'mine')).to.equal('mine');
  });

  it('writes, reads back and clears under the current key; another key starts empty', () => {
    const storage = new FakeStorage();
    const store = new PersistenceController(new Host(), { restore }, () => storage);
    store.setKey('k1');
    expect(store.read()).to.deep.equal({ status: 'empty' });
    store.write({ n: 1 });
    expect(store.read()).to.deep.equal({ status: 'ok', state: { n: 1 } });
    store.setKey('k2');
    expect(store.read().status).to.equal('empty');
    store.setKey('k1');
    store.clear();
    expect(store.read().status).to.equal('empty');
    expect(storage.data.size).to.equal(0);
  });

  it('unreadable or incompatible data reads as corrupt', () => {
    const storage = new FakeStorage();
    storage.data.set('bad-json', '{');
    storage.data.set('other-shape', '{"x":1}');
    const store = new PersistenceController(new Host(), { restore }, () => storage);
    store.setKey('bad-json');
    expect(store.read().status).to.equal('corrupt');
    store.setKey('other-shape');
    expect(store.read().status).to.equal('corrupt');
  });

  it('full storage: keeps the state in memory, turns available off and asks the host to update', () => {
    const storage = new FakeStorage();
    storage.full = true;
    const host = new Host();
    const store = new PersistenceController(host, { restore }, () => storage);
    store.setKey('k');
    store.write({ n: 2 });
    expect(store.available).to.equal(false);
    expect(host.updates).to.be.greaterThan(0);
    expect(store.read()).to.deep.equal({ status: 'ok', state: { n: 2 } });
  });

  it('no storage at all works in memory', () => {
    const store = new PersistenceController(new Host(), { restore }, () => null);
    store.setKey('k');
    store.write({ n: 3 });
    expect(store.read()).to.deep.equal({ status: 'ok', state: { n: 3 } });
  });
});

describe('storageAccepts', () => {
  it('is true for a storage that takes a write, and leaves no trial key behind', () => {
    const before = localStorage.length;
    expect(storageAccepts(() => localStorage)).to.equal(true);
    expect(localStorage.length).to.equal(before);
  });

  it('is false for storage that is missing, throws on access, or refuses writes (full)', () => {
    expect(storageAccepts(() => null)).to.equal(false);
    expect(
      storageAccepts(() => {
        throw new DOMException('denied', 'SecurityError');
      }),
    ).to.equal(false);
    const full = {
      getItem: () => null,
      removeItem: () => undefined,
      setItem: () => {
        throw new DOMException('quota', 'QuotaExceededError');
      },
    } as unknown as Storage;
    expect(storageAccepts(() => full)).to.equal(false);
  });
});
