import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { RecordController, type RecordControllerOptions } from '../../src/controllers/record-controller.js';
import { clearPageMemory, recordKey } from '../../src/controllers/record-store.js';
import type { RecordedAnswer } from '../../src/engine/record.js';

const T0 = Date.UTC(2026, 4, 4, 8);
const answer = (q: string, t = T0, c = true): RecordedAnswer => ({ q, t, s: ['a'], c, src: 'quiz' });
const stored = (bankId: string, answers: unknown[]) =>
  JSON.stringify({ format: 'ml-quiz-record', version: 1, bankId, answers, exams: [] });

/** A Map-backed Storage; `quota` makes every setItem throw QuotaExceededError, as a full localStorage does. */
function fakeStorage(options: { quota?: boolean } = {}) {
  const data = new Map<string, string>();
  const storage: Storage = {
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => {
      if (options.quota) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      data.set(k, String(v));
    },
    removeItem: (k) => void data.delete(k),
    key: (i) => [...data.keys()][i] ?? null,
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
  };
  return { storage, data, provider: () => storage };
}

/** The least a Lit element offers a controller: it counts update requests. */
class Host implements ReactiveControllerHost {
  controllers: ReactiveController[] = [];
  updates = 0;
  addController(controller: ReactiveController) {
    this.controllers.push(controller);
  }
  removeController(controller: ReactiveController) {
    this.controllers = this.controllers.filter((c) => c !== controller);
  }
  requestUpdate() {
    this.updates += 1;
  }
  get updateComplete() {
    return Promise.resolve(true);
  }
  connect() {
    for (const c of this.controllers) c.hostConnected?.();
  }
  disconnect() {
    for (const c of this.controllers) c.hostDisconnected?.();
  }
}

const connected: Host[] = [];
function make(options: Partial<RecordControllerOptions> & { bank?: string }) {
  const host = new Host();
  const state = { bank: options.bank as string | undefined, writes: true };
  const controller = new RecordController(host, {
    bankId: options.bankId ?? (() => state.bank),
    writes: options.writes ?? (() => state.writes),
    storage: options.storage,
  });
  host.connect();
  connected.push(host);
  return { host, controller, state };
}
const ids = (c: RecordController) => c.record.answers.map((a) => a.q);

describe('controllers/record-controller', () => {
  afterEach(() => {
    for (const host of connected.splice(0)) host.disconnect();
    clearPageMemory();
  });

  it('adds itself to the host and reads the stored record on connect', () => {
    const { data, provider } = fakeStorage();
    data.set(recordKey('rc-connect'), stored('rc-connect', [answer('q1'), answer('q2', T0 + 1)]));
    const host = new Host();
    const controller = new RecordController(host, {
      bankId: () => 'rc-connect',
      writes: () => true,
      storage: provider,
    });
    expect(host.controllers).to.deep.equal([controller]);
    expect(controller.record.answers).to.deep.equal([]);
    host.connect();
    connected.push(host);
    expect(ids(controller)).to.deep.equal(['q1', 'q2']);
    expect(controller.record.bankId).to.equal('rc-connect');
    expect(controller.status).to.equal('ok');
    expect(controller.dropped).to.equal(0);
    expect(host.updates).to.equal(1);
  });

  it('counts malformed stored entries it left out', () => {
    const { data, provider } = fakeStorage();
    data.set(recordKey('rc-dropped'), stored('rc-dropped', [answer('q1'), { q: 'broken' }]));
    const { controller } = make({ bank: 'rc-dropped', storage: provider });
    expect(ids(controller)).to.deep.equal(['q1']);
    expect(controller.dropped).to.equal(1);
    expect(controller.status).to.equal('ok');
  });

  it('does nothing while the bank id is unknown (the bank is loading)', () => {
    const { data, provider } = fakeStorage();
    const { controller, host } = make({ storage: provider });
    expect(host.updates).to.equal(0);
    controller.append(answer('q1'));
    expect(controller.merge({ ...JSON.parse(stored('x', [])), answers: [answer('q1')] })).to.deep.equal({
      added: 0,
      total: 0,
    });
    expect(data.size).to.equal(0);
    expect(controller.record.answers).to.deep.equal([]);
  });

  it('sync() follows a changed bank id and reads that bank', () => {
    const { data, provider } = fakeStorage();
    data.set(recordKey('rc-sync-b'), stored('rc-sync-b', [answer('b1')]));
    const { controller, state, host } = make({ bank: 'rc-sync-a', storage: provider });
    expect(controller.record.answers).to.deep.equal([]);
    const before = host.updates;
    controller.sync(); // same id: no read
    expect(host.updates).to.equal(before);
    state.bank = 'rc-sync-b';
    controller.sync();
    expect(ids(controller)).to.deep.equal(['b1']);
    expect(controller.record.bankId).to.equal('rc-sync-b');
  });

  it('append with writes on: saved under the record key and shown', () => {
    const { data, provider } = fakeStorage();
    const { controller } = make({ bank: 'rc-append', storage: provider });
    controller.append(answer('q1'));
    expect(ids(controller)).to.deep.equal(['q1']);
    expect(controller.status).to.equal('ok');
    const saved = JSON.parse(data.get('ml-quiz:v1:rc-append:record')!);
    expect(saved.answers.map((a: RecordedAnswer) => a.q)).to.deep.equal(['q1']);
  });

  it('append with writes off (record="off"): the answer shows in `record` but is not stored', () => {
    const { data, provider } = fakeStorage();
    data.set(recordKey('rc-off'), stored('rc-off', [answer('old')]));
    const { controller, state } = make({ bank: 'rc-off', storage: provider });
    state.writes = false;
    const before = data.get(recordKey('rc-off'));
    controller.append(answer('local', T0 + 5));
    expect(ids(controller)).to.deep.equal(['old', 'local']);
    expect(controller.status).to.equal('ok');
    expect(data.get(recordKey('rc-off'))).to.equal(before);
    // A fresh read keeps the element's own answers on top of the stored record.
    controller.refresh();
    expect(ids(controller)).to.deep.equal(['old', 'local']);
    // Another controller on the bank never sees them.
    const other = make({ bank: 'rc-off', storage: provider }).controller;
    expect(ids(other)).to.deep.equal(['old']);
  });

  it('full storage (setItem throws QuotaExceededError): status unavailable, answers kept for the page', () => {
    const { data, provider } = fakeStorage({ quota: true });
    const { controller } = make({ bank: 'rc-full', storage: provider });
    expect(controller.status).to.equal('ok');
    controller.append(answer('q1'));
    expect(controller.status).to.equal('unavailable');
    expect(ids(controller)).to.deep.equal(['q1']);
    expect(data.size).to.equal(0);
    const later = make({ bank: 'rc-full', storage: provider }).controller;
    expect(later.status).to.equal('unavailable');
    expect(ids(later)).to.deep.equal(['q1']);
  });

  it('no storage at all (the provider returns null): unavailable from the start, answers still shown', () => {
    const { controller } = make({ bank: 'rc-none', storage: () => null });
    expect(controller.status).to.equal('unavailable');
    controller.append(answer('q1'));
    expect(controller.status).to.equal('unavailable');
    expect(ids(controller)).to.deep.equal(['q1']);
  });

  it('a corrupted stored record: status corrupt, new answers shown, the stored text never overwritten', () => {
    const { data, provider } = fakeStorage();
    data.set(recordKey('rc-corrupt'), '{not json');
    const { controller } = make({ bank: 'rc-corrupt', storage: provider });
    expect(controller.status).to.equal('corrupt');
    controller.append(answer('q1'));
    expect(controller.status).to.equal('corrupt');
    expect(ids(controller)).to.deep.equal(['q1']);
    expect(data.get(recordKey('rc-corrupt'))).to.equal('{not json');
  });

  it('merge: adds only new answers, saves them, and says how many', () => {
    const { data, provider } = fakeStorage();
    data.set(recordKey('rc-merge'), stored('rc-merge', [answer('q1')]));
    const { controller } = make({ bank: 'rc-merge', storage: provider });
    const incoming = JSON.parse(stored('rc-merge', [answer('q1'), answer('q2', T0 + 1), answer('q3', T0 + 2)]));
    expect(controller.merge(incoming)).to.deep.equal({ added: 2, total: 3 });
    expect(ids(controller)).to.deep.equal(['q1', 'q2', 'q3']);
    expect(JSON.parse(data.get(recordKey('rc-merge'))!).answers).to.have.length(3);
    expect(controller.merge(incoming)).to.deep.equal({ added: 0, total: 3 });
  });

  it('merge with writes off: shown, not stored', () => {
    const { data, provider } = fakeStorage();
    const { controller, state } = make({ bank: 'rc-merge-off', storage: provider });
    state.writes = false;
    const incoming = JSON.parse(stored('rc-merge-off', [answer('q1'), answer('q2', T0 + 1)]));
    expect(controller.merge(incoming)).to.deep.equal({ added: 2, total: 2 });
    expect(ids(controller)).to.deep.equal(['q1', 'q2']);
    expect(data.size).to.equal(0);
  });

  // Regression: imported answers were adopted into `record` but not kept with the element's own in-memory answers, so
  // the next read (another element's write, another tab, sync) dropped them; <ml-progress record="off"> lost an import.
  it('merge with writes off: imported answers survive the next read, like appended ones', () => {
    const { provider } = fakeStorage();
    const off = make({ bank: 'rc-merge-keep', storage: provider });
    off.state.writes = false;
    off.controller.merge(JSON.parse(stored('rc-merge-keep', [answer('imported')])));
    off.controller.append(answer('own', T0 + 1));
    make({ bank: 'rc-merge-keep', storage: provider }).controller.append(answer('elsewhere', T0 + 2));
    expect(ids(off.controller)).to.deep.equal(['imported', 'own', 'elsewhere']);
  });

  it('another controller on the same bank sees an append at once (same-page channel); other banks do not', () => {
    const { provider } = fakeStorage();
    const a = make({ bank: 'rc-shared', storage: provider });
    const b = make({ bank: 'rc-shared', storage: provider });
    const other = make({ bank: 'rc-elsewhere', storage: provider });
    const updates = { a: a.host.updates, b: b.host.updates, other: other.host.updates };
    a.controller.append(answer('q1'));
    expect(ids(b.controller)).to.deep.equal(['q1']);
    expect(b.host.updates).to.equal(updates.b + 1);
    // The writer is not told about its own write (one update), and another bank is left alone.
    expect(a.host.updates).to.equal(updates.a + 1);
    expect(other.host.updates).to.equal(updates.other);
    expect(other.controller.record.answers).to.deep.equal([]);
  });

  it('after disconnect it no longer follows writes', () => {
    const { provider } = fakeStorage();
    const a = make({ bank: 'rc-disc', storage: provider });
    const b = make({ bank: 'rc-disc', storage: provider });
    b.host.disconnect();
    a.controller.append(answer('q1'));
    expect(b.controller.record.answers).to.deep.equal([]);
    window.dispatchEvent(new StorageEvent('storage', { key: recordKey('rc-disc') }));
    expect(b.controller.record.answers).to.deep.equal([]);
  });

  it('reads again on a storage event from another tab for its key or a clear, not for other keys', () => {
    const { data, provider } = fakeStorage();
    const { controller, host } = make({ bank: 'rc-tab', storage: provider });
    data.set(recordKey('rc-tab'), stored('rc-tab', [answer('q1')]));
    const before = host.updates;
    window.dispatchEvent(new StorageEvent('storage', { key: 'ml-quiz:v1:rc-other:record' }));
    expect(host.updates).to.equal(before);
    expect(controller.record.answers).to.deep.equal([]);
    window.dispatchEvent(new StorageEvent('storage', { key: recordKey('rc-tab') }));
    expect(ids(controller)).to.deep.equal(['q1']);
    data.clear();
    window.dispatchEvent(new StorageEvent('storage', { key: null }));
    expect(controller.record.answers).to.deep.equal([]);
  });
});
