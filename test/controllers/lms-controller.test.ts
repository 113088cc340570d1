import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { LmsController } from '../../src/controllers/lms-controller.js';
import type { LmsErrorDetail } from '../../src/events.js';
import { install, newLms12, newLms2004, recorded, sampleResult, sent, spy } from '../lms/scorm-runtime.js';

/** A minimal host, as <ml-exam> uses the controller: mode from its `lms` property, errors collected. */
class LmsHost extends LitElement {
  mode = 'auto';
  errors: LmsErrorDetail[] = [];
  lms = new LmsController(this, { mode: () => this.mode, onError: (e) => this.errors.push(e) });
}
customElements.define('lms-test-host', LmsHost);

async function host(mode = 'auto'): Promise<LmsHost> {
  const el = document.createElement('lms-test-host') as LmsHost;
  el.mode = mode;
  return fixture<LmsHost>(html`${el}`);
}

function pagehide(): void {
  window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }));
}

describe('LmsController', () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => {
    pagehide(); // ends any session a test left open
    cleanups.splice(0).forEach((c) => c());
  });

  it('without an LMS: not connected, no saved state, nothing sent, no errors', async () => {
    const el = await host();
    expect(el.lms.connected).to.equal(false);
    expect(el.lms.version).to.equal(null);
    expect(el.lms.suspendLimit).to.equal(null);
    expect(el.lms.readSuspendData()).to.equal(null);
    expect(() => {
      el.lms.saveState('{}');
      el.lms.markIncomplete();
      el.lms.report(sampleResult());
      pagehide();
    }).not.to.throw();
    expect(el.errors).to.deep.equal([]);
  });

  it('with lms="none" it leaves an LMS alone', async () => {
    const api = newLms2004();
    const initialize = spy(api, 'Initialize');
    const setValue = spy(api, 'SetValue');
    cleanups.push(install(window, 'API_1484_11', api));
    const el = await host('none');
    el.lms.report(sampleResult());
    pagehide();
    expect(el.lms.connected).to.equal(false);
    expect(el.lms.readSuspendData()).to.equal(null);
    expect(initialize).to.have.length(0);
    expect(setValue).to.have.length(0);
  });

  it('SCORM 2004: initializes on connect, marks the attempt incomplete, resumes the LMS state, reports, ends normally', async () => {
    const api = newLms2004({ suspend_data: '{"saved":"by the LMS"}', entry: 'resume' });
    const commits = spy(api, 'Commit');
    const terminates = spy(api, 'Terminate');
    const sets = spy(api, 'SetValue');
    cleanups.push(install(window, 'API_1484_11', api));
    const el = await host();

    expect(el.lms.connected).to.equal(true);
    expect(el.lms.version).to.equal('scorm2004');
    expect(el.lms.suspendLimit).to.equal(64000);
    expect(api.GetValue('cmi.completion_status')).to.equal('incomplete');
    expect(el.lms.readSuspendData()).to.equal('{"saved":"by the LMS"}');

    el.lms.saveState('{"answers":{"dev-q1":["b"]}}');
    expect(api.GetValue('cmi.suspend_data')).to.equal('{"answers":{"dev-q1":["b"]}}');
    expect(commits).to.have.length(1);

    el.lms.report(sampleResult({ percent: 75, passed: true }));
    expect(commits).to.have.length(2);
    expect(api.GetValue('cmi.score.raw')).to.equal('75');
    expect(api.GetValue('cmi.score.scaled')).to.equal('0.75');
    expect(api.GetValue('cmi.success_status')).to.equal('passed');
    expect(api.GetValue('cmi.completion_status')).to.equal('completed');
    expect(api.GetValue('cmi.interactions._count')).to.equal('3');

    pagehide();
    expect(sent(sets, 'cmi.exit')).to.equal('normal');
    expect(commits).to.have.length(3);
    expect(terminates).to.have.length(1);
    expect(el.lms.connected).to.equal(false);
    pagehide();
    el.lms.saveState('{}');
    expect(terminates, 'terminates once').to.have.length(1);
    expect(el.errors).to.deep.equal([]);
  });

  it('SCORM 1.2: leaving before submitting suspends, commits and finishes', async () => {
    const api = newLms12();
    const finishes = spy(api, 'LMSFinish');
    const commits = spy(api, 'LMSCommit');
    cleanups.push(install(window, 'API', api));
    const el = await host('scorm12');
    expect(el.lms.version).to.equal('scorm12');
    expect(el.lms.suspendLimit).to.equal(4096);
    expect(api.LMSGetValue('cmi.core.lesson_status')).to.equal('incomplete');
    expect(el.lms.readSuspendData(), 'no saved state on a first launch').to.equal(null);
    el.lms.saveState('{"progress":1}');

    pagehide();
    const cmi = recorded(api);
    expect(cmi.core.exit).to.equal('suspend');
    expect(cmi.core.lesson_status).to.equal('incomplete');
    expect(cmi.suspend_data).to.equal('{"progress":1}');
    expect(commits).to.have.length(2);
    expect(finishes).to.have.length(1);
    expect(el.errors).to.deep.equal([]);
  });

  it('SCORM 1.2: after a report the exit is normal ("")', async () => {
    const api = newLms12();
    const sets = spy(api, 'LMSSetValue');
    cleanups.push(install(window, 'API', api));
    const el = await host();
    el.lms.report(sampleResult());
    pagehide();
    expect(sent(sets, 'cmi.core.exit')).to.equal('');
    expect(recorded(api).core.lesson_status).to.equal('failed');
    expect(recorded(api).core.score.raw).to.equal('33.33');
  });

  it('does not downgrade a status the LMS already holds; a new attempt marks it incomplete again', async () => {
    const api = newLms12({ core: { lesson_status: 'passed', entry: 'resume' } });
    const sets = spy(api, 'LMSSetValue');
    cleanups.push(install(window, 'API', api));
    const el = await host();
    expect(api.LMSGetValue('cmi.core.lesson_status')).to.equal('passed');
    el.lms.report(sampleResult({ percent: 90, passed: true }));
    el.lms.markIncomplete();
    expect(api.LMSGetValue('cmi.core.lesson_status')).to.equal('incomplete');
    pagehide();
    expect(sent(sets, 'cmi.core.exit'), 'an attempt in progress is suspended').to.equal('suspend');
  });

  it('commits when the page is hidden (mobile browsers may discard it without pagehide)', async () => {
    const api = newLms2004();
    const commits = spy(api, 'Commit');
    cleanups.push(install(window, 'API_1484_11', api));
    const el = await host();
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    try {
      document.dispatchEvent(new Event('visibilitychange'));
    } finally {
      delete (document as unknown as Record<string, unknown>).visibilityState;
    }
    expect(Object.getOwnPropertyDescriptor(document, 'visibilityState'), 'the stand-in is gone').to.equal(undefined);
    expect(commits).to.have.length(1);
    expect(el.lms.connected, 'hidden is not the end of the session').to.equal(true);
  });

  it('initializes once when the host is moved in the page', async () => {
    const api = newLms2004();
    const initialize = spy(api, 'Initialize');
    cleanups.push(install(window, 'API_1484_11', api));
    const el = await host();
    const other = document.createElement('div');
    document.body.append(other);
    other.append(el);
    expect(el.lms.connected).to.equal(true);
    expect(initialize).to.have.length(1);
    other.remove();
  });

  it('refuses state too long for SCORM 1.2 with an error and does not commit', async () => {
    const api = newLms12();
    const commits = spy(api, 'LMSCommit');
    cleanups.push(install(window, 'API', api));
    const el = await host();
    el.lms.saveState('x'.repeat(5000));
    expect(commits).to.have.length(0);
    expect(el.errors).to.have.length(1);
    expect(el.errors[0]).to.include({ call: 'LMSSetValue(cmi.suspend_data)', code: '405' });
  });

  it('passes failing calls to onError and keeps going', async () => {
    let last = '0';
    const calls: string[] = [];
    const failing = {
      Initialize: () => 'true',
      Terminate: () => ((calls.push('Terminate'), (last = '0')), 'true'),
      GetValue: () => ((last = '0'), ''),
      SetValue: (element: string) => {
        calls.push(element);
        last = '351';
        return 'false';
      },
      Commit: () => {
        calls.push('Commit');
        throw new Error('network down');
      },
      GetLastError: () => last,
      GetErrorString: () => 'General Set Failure',
      GetDiagnostic: () => '',
    };
    cleanups.push(install(window, 'API_1484_11', failing));
    const el = await host();
    expect(el.lms.connected).to.equal(true);
    expect(() => el.lms.report(sampleResult())).not.to.throw();
    expect(() => pagehide()).not.to.throw();
    expect(calls.at(-1)).to.equal('Terminate');
    expect(el.errors.length).to.be.greaterThan(5);
    expect(el.errors).to.deep.include({ call: 'SetValue(cmi.score.raw)', code: '351', message: 'General Set Failure' });
    expect(el.errors).to.deep.include({ call: 'Commit', code: '101', message: 'threw: network down' });
  });

  it('reports a failed initialize once and stays disconnected', async () => {
    const api = newLms12();
    api.LMSInitialize('');
    api.LMSFinish(''); // a finished session cannot be initialized again
    cleanups.push(install(window, 'API', api));
    const el = await host();
    expect(el.lms.connected).to.equal(false);
    expect(el.lms.readSuspendData()).to.equal(null);
    el.lms.report(sampleResult());
    expect(el.errors).to.have.length(1);
    expect(el.errors[0]!.call).to.equal('LMSInitialize');
  });
});
