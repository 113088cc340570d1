import { expect } from '@open-wc/testing';
import { createAdapter } from '../../src/lms/adapter.js';
import { DURATION_2004, TIMESPAN_12 } from '../../src/lms/format.js';
import type { LmsError, Scorm12Api, Scorm2004Api } from '../../src/lms/types.js';
import { newLms12, newLms2004, recorded, sampleResult, sent, spy } from './scorm-runtime.js';

function adapter12(api = newLms12()) {
  const errors: LmsError[] = [];
  const lms = createAdapter(api as unknown as Scorm12Api, 'scorm12', (e) => errors.push(e));
  return { api, lms, errors, sets: spy(api, 'LMSSetValue') };
}

function adapter2004(api = newLms2004()) {
  const errors: LmsError[] = [];
  const lms = createAdapter(api as unknown as Scorm2004Api, 'scorm2004', (e) => errors.push(e));
  return { api, lms, errors, sets: spy(api, 'SetValue') };
}

describe('SCORM 1.2 adapter (scorm-again runtime)', () => {
  it('reports score, status, session time and one choice interaction per question', () => {
    const { api, lms, errors, sets } = adapter12();
    expect(lms.initialize()).to.equal(true);
    expect(lms.reportResult(sampleResult())).to.equal(true);
    expect(errors).to.deep.equal([]);

    expect(api.LMSGetValue('cmi.core.score.raw')).to.equal('33.33');
    expect(api.LMSGetValue('cmi.core.score.min')).to.equal('0');
    expect(api.LMSGetValue('cmi.core.score.max')).to.equal('100');
    expect(api.LMSGetValue('cmi.core.lesson_status')).to.equal('failed');

    const time = sent(sets, 'cmi.core.session_time');
    expect(time).to.equal('0001:02:03.50');
    expect(time).to.match(TIMESPAN_12);
    const cmi = recorded(api);
    expect(cmi.core.session_time).to.equal('01:02:03.5'); // the runtime normalizes what it stores

    const [q1, q2, q3] = [0, 1, 2].map((n) => cmi.interactions[n]);
    expect(q1).to.include({ id: 'dev-q1', type: 'choice', student_response: 'b', result: 'correct' });
    expect(q1.correct_responses[0].pattern).to.equal('b');
    // CMIIdentifier allows letters, digits, - and _: the objective's dots become underscores.
    expect(q1.objectives[0].id).to.equal('dev_t_1');
    expect(q2).to.include({ id: 'ops-q2', type: 'choice', student_response: 'c,a', result: 'wrong' });
    expect(q2.correct_responses[0].pattern).to.equal('a,d');
    expect(q3).to.include({ id: 'dep-q1', type: 'choice', result: 'wrong' });
    expect(sent(sets, 'cmi.interactions.2.student_response'), 'an unanswered question sends no response').to.equal(
      undefined,
    );
    expect(cmi.interactions[3]).to.equal(undefined);
  });

  it('reports passed with the raw score rounded to two decimals', () => {
    const { api, lms, errors } = adapter12();
    lms.initialize();
    lms.reportResult(sampleResult({ percent: 70.00499, passed: true, secondsUsed: 59.999 }));
    expect(api.LMSGetValue('cmi.core.score.raw')).to.equal('70');
    expect(api.LMSGetValue('cmi.core.lesson_status')).to.equal('passed');
    expect(recorded(api).core.session_time).to.equal('00:01:00');
    expect(errors).to.deep.equal([]);
  });

  it('sets lesson_status incomplete before a submit', () => {
    const { api, lms } = adapter12();
    lms.initialize();
    expect(lms.getStatus()).to.equal('not attempted');
    expect(lms.setIncomplete()).to.equal(true);
    expect(api.LMSGetValue('cmi.core.lesson_status')).to.equal('incomplete');
    expect(lms.getStatus()).to.equal('incomplete');
  });

  it('round-trips suspend data and reads what the LMS saved earlier', () => {
    const earlier = adapter12(newLms12({ suspend_data: '{"v":1,"answers":{}}', core: { entry: 'resume' } }));
    earlier.lms.initialize();
    expect(earlier.lms.getSuspendData()).to.equal('{"v":1,"answers":{}}');

    const { api, lms, errors } = adapter12();
    lms.initialize();
    expect(lms.getSuspendData()).to.equal('');
    const state = JSON.stringify({ v: 1, answers: { 'dev-q1': ['b'] } });
    expect(lms.setSuspendData(state)).to.equal(true);
    expect(api.LMSGetValue('cmi.suspend_data')).to.equal(state);
    expect(lms.getSuspendData()).to.equal(state);
    expect(errors).to.deep.equal([]);
  });

  it('accepts 4,096 characters of suspend data and refuses 4,097 (the runtime itself would take 64,000)', () => {
    const { api, lms, errors } = adapter12();
    lms.initialize();
    expect(lms.setSuspendData('x'.repeat(4096))).to.equal(true);
    expect(lms.setSuspendData('y'.repeat(4097))).to.equal(false);
    expect(api.LMSGetValue('cmi.suspend_data')).to.equal('x'.repeat(4096));
    expect(errors).to.have.length(1);
    expect(errors[0]).to.include({ call: 'LMSSetValue(cmi.suspend_data)', code: '405' });
    expect(errors[0]!.message).to.contain('4,097').and.contain('4,096');
  });

  it('sets exit suspend, or "" for a normal exit', () => {
    const { api, lms, sets } = adapter12();
    lms.initialize();
    lms.setExit('suspend');
    expect(recorded(api).core.exit).to.equal('suspend');
    lms.setExit('normal');
    expect(sent(sets, 'cmi.core.exit')).to.equal('');
    expect(recorded(api).core.exit).to.equal('');
  });

  it('refuses an option id that is not a single character, and still records the rest', () => {
    const { api, lms, errors } = adapter12();
    lms.initialize();
    const ok = lms.reportResult(
      sampleResult({ interactions: [{ id: 'q', learnerResponse: ['opt-1'], correctResponse: ['b'], correct: false }] }),
    );
    expect(ok).to.equal(false);
    expect(errors).to.have.length(1);
    expect(errors[0]).to.include({ call: 'LMSSetValue(cmi.interactions.0.student_response)', code: '405' });
    expect(errors[0]!.message).to.contain('"opt-1"');
    const cmi = recorded(api);
    expect(cmi.interactions[0]).to.include({ id: 'q', student_response: '', result: 'wrong' });
    expect(cmi.core.lesson_status).to.equal('failed');
  });

  it('makes ids valid CMIIdentifiers, readably and without duplicates', () => {
    const { api, lms, errors } = adapter12();
    lms.initialize();
    lms.reportResult(
      sampleResult({
        interactions: [
          { id: 'q 1', learnerResponse: ['a'], correctResponse: ['a'], correct: true },
          { id: 'q.1', learnerResponse: ['a'], correctResponse: ['a'], correct: true },
        ],
      }),
    );
    expect(errors).to.deep.equal([]);
    expect(recorded(api).interactions[0].id).to.equal('q_1');
    expect(recorded(api).interactions[1].id).to.equal('q_1_2');
  });

  it('appends a second report after the interactions already recorded', () => {
    const { api, lms } = adapter12();
    lms.initialize();
    lms.reportResult(sampleResult());
    lms.reportResult(sampleResult({ percent: 100, passed: true }));
    expect(api.LMSGetValue('cmi.interactions._count')).to.equal('6');
    expect(api.LMSGetValue('cmi.core.lesson_status')).to.equal('passed');
  });

  it('refuses a percent outside 0–100 and reports the rest', () => {
    const { api, lms, errors } = adapter12();
    lms.initialize();
    lms.reportResult(sampleResult({ percent: Number.NaN }));
    expect(errors).to.have.length(1);
    expect(errors[0]).to.include({ call: 'LMSSetValue(cmi.core.score.raw)', code: '405' });
    expect(api.LMSGetValue('cmi.core.score.raw')).to.equal('');
    expect(api.LMSGetValue('cmi.core.lesson_status')).to.equal('failed');
  });
});

describe('SCORM 2004 adapter (scorm-again runtime)', () => {
  it('reports raw and scaled score, success and completion, session time and interactions', () => {
    const { api, lms, errors, sets } = adapter2004();
    expect(lms.initialize()).to.equal(true);
    expect(lms.reportResult(sampleResult({ percent: 200 / 3 }))).to.equal(true);
    expect(errors).to.deep.equal([]);

    expect(api.GetValue('cmi.score.raw')).to.equal('66.67');
    expect(api.GetValue('cmi.score.min')).to.equal('0');
    expect(api.GetValue('cmi.score.max')).to.equal('100');
    expect(api.GetValue('cmi.score.scaled')).to.equal('0.6666667');
    expect(api.GetValue('cmi.success_status')).to.equal('failed');
    expect(api.GetValue('cmi.completion_status')).to.equal('completed');
    expect(sent(sets, 'cmi.session_time')).to.equal('PT1H2M3.5S');
    expect(recorded(api).session_time).to.match(DURATION_2004);

    expect(api.GetValue('cmi.interactions._count')).to.equal('3');
    const get = (n: number, el: string) => api.GetValue(`cmi.interactions.${n}.${el}`);
    expect([get(0, 'id'), get(0, 'type'), get(0, 'learner_response'), get(0, 'result')]).to.deep.equal([
      'dev-q1',
      'choice',
      'b',
      'correct',
    ]);
    expect(get(0, 'correct_responses.0.pattern')).to.equal('b');
    expect(get(0, 'objectives.0.id')).to.equal('dev.t.1');
    expect([get(1, 'id'), get(1, 'learner_response'), get(1, 'result')]).to.deep.equal([
      'ops-q2',
      'c[,]a',
      'incorrect',
    ]);
    expect(get(1, 'correct_responses.0.pattern')).to.equal('a[,]d');
    expect([get(2, 'id'), get(2, 'result'), get(2, 'objectives.0.id')]).to.deep.equal([
      'dep-q1',
      'incorrect',
      'dep.t.1',
    ]);
    expect(sent(sets, 'cmi.interactions.2.learner_response'), 'an unanswered question sends no response').to.equal(
      undefined,
    );
  });

  it('reports passed, and an exact score as an integer', () => {
    const { api, lms } = adapter2004();
    lms.initialize();
    lms.reportResult(sampleResult({ percent: 80, passed: true, secondsUsed: 0 }));
    expect(api.GetValue('cmi.score.raw')).to.equal('80');
    expect(api.GetValue('cmi.score.scaled')).to.equal('0.8');
    expect(api.GetValue('cmi.success_status')).to.equal('passed');
    expect(recorded(api).session_time).to.equal('PT0S');
  });

  it('sets completion incomplete before a submit and leaves success unknown', () => {
    const { api, lms } = adapter2004();
    lms.initialize();
    expect(lms.getStatus()).to.equal('unknown');
    lms.setIncomplete();
    expect(api.GetValue('cmi.completion_status')).to.equal('incomplete');
    expect(api.GetValue('cmi.success_status')).to.equal('unknown');
  });

  it('reads no suspend data on a first launch without an error, and round-trips it', () => {
    const { api, lms, errors } = adapter2004();
    lms.initialize();
    expect(lms.getSuspendData()).to.equal('');
    expect(errors, 'GetValue 403 (not initialized) only means "none yet"').to.deep.equal([]);
    expect(lms.setSuspendData('z'.repeat(64000))).to.equal(true);
    expect(api.GetValue('cmi.suspend_data')).to.have.length(64000);
    expect(lms.setSuspendData('z'.repeat(64001))).to.equal(false);
    expect(errors).to.have.length(1);
    expect(errors[0]).to.include({ call: 'SetValue(cmi.suspend_data)', code: '407' });

    const resumed = adapter2004(newLms2004({ suspend_data: 'saved', entry: 'resume' }));
    resumed.lms.initialize();
    expect(resumed.lms.getSuspendData()).to.equal('saved');
  });

  it('sets exit suspend or normal', () => {
    const { api, lms } = adapter2004();
    lms.initialize();
    lms.setExit('suspend');
    expect(recorded(api).exit).to.equal('suspend');
    lms.setExit('normal');
    expect(recorded(api).exit).to.equal('normal');
  });

  it('keeps readable identifiers: dots stay, white space becomes _', () => {
    const { api, lms, errors } = adapter2004();
    lms.initialize();
    lms.reportResult(
      sampleResult({
        interactions: [
          { id: 'ops q2', learnerResponse: ['a'], correctResponse: ['b'], correct: false, objectiveId: 'ops.t 1' },
        ],
      }),
    );
    expect(errors).to.deep.equal([]);
    expect(api.GetValue('cmi.interactions.0.id')).to.equal('ops_q2');
    expect(api.GetValue('cmi.interactions.0.objectives.0.id')).to.equal('ops.t_1');
  });

  it('commits and terminates once', () => {
    const { api, lms, errors } = adapter2004();
    const terminates = spy(api, 'Terminate');
    lms.initialize();
    expect(lms.commit()).to.equal(true);
    expect(lms.terminate()).to.equal(true);
    expect(lms.terminate()).to.equal(true);
    expect(terminates).to.have.length(1);
    expect(errors).to.deep.equal([]);
  });
});

describe('failing LMS calls', () => {
  it('records the runtime error (code, error string, diagnostic) of a call made before initialize', () => {
    const { lms, errors } = adapter12();
    expect(() => lms.setIncomplete()).not.to.throw();
    expect(errors).to.deep.equal([
      {
        call: 'LMSSetValue(cmi.core.lesson_status)',
        code: '301',
        message: 'Not initialized (Indicates that an API call was made before the call to lmsInitialize.)',
      },
    ]);
  });

  it('records a commit after terminate', () => {
    const { lms, errors } = adapter2004();
    lms.initialize();
    lms.terminate();
    expect(lms.commit()).to.equal(false);
    expect(errors).to.have.length(1);
    expect(errors[0]).to.include({ call: 'Commit', code: '143' });
    expect(errors[0]!.message).to.contain('Commit After Termination');
  });

  /** A stand-in LMS whose SetValue does what `set` says; GetLastError reports `code` after a SetValue. */
  function fakeApi(set: (element: string, value: string) => string, code = '351') {
    let last = '0';
    return {
      Initialize: () => 'true',
      Terminate: () => 'true',
      GetValue: () => ((last = '0'), ''),
      SetValue: (element: string, value: string) => {
        last = code;
        return set(element, value);
      },
      Commit: () => 'true',
      GetLastError: () => last,
      GetErrorString: (c: string) => (c === '351' ? 'General Set Failure' : 'General Exception'),
      GetDiagnostic: () => 'disk full',
    };
  }

  it('records every SetValue that returns "false", and goes on', () => {
    const errors: LmsError[] = [];
    const calls: string[] = [];
    const api = fakeApi((element) => {
      calls.push(element);
      return 'false';
    });
    const lms = createAdapter(api, 'scorm2004', (e) => errors.push(e));
    let ok = true;
    expect(() => (ok = lms.reportResult(sampleResult()))).not.to.throw();
    expect(ok).to.equal(false);
    expect(errors).to.have.length(calls.length);
    expect(calls).to.include('cmi.success_status');
    expect(errors[0]).to.deep.equal({
      call: 'SetValue(cmi.score.min)',
      code: '351',
      message: 'General Set Failure (disk full)',
    });
  });

  it('records a call that throws', () => {
    const errors: LmsError[] = [];
    const api = fakeApi(() => {
      throw new Error('boom');
    });
    const lms = createAdapter(api, 'scorm2004', (e) => errors.push(e));
    expect(lms.setExit('suspend')).to.equal(false);
    expect(errors).to.deep.equal([{ call: 'SetValue(cmi.exit)', code: '101', message: 'threw: boom' }]);
  });

  it('records a call that returned "true" while GetLastError is not 0', () => {
    const errors: LmsError[] = [];
    const lms = createAdapter(
      fakeApi(() => 'true', '351'),
      'scorm2004',
      (e) => errors.push(e),
    );
    expect(lms.setIncomplete()).to.equal(false);
    expect(errors[0]).to.include({ call: 'SetValue(cmi.completion_status)', code: '351' });
  });

  it('survives an error handler that throws', () => {
    const lms = createAdapter(
      fakeApi(() => 'false'),
      'scorm2004',
      () => {
        throw new Error('handler');
      },
    );
    expect(() => lms.reportResult(sampleResult())).not.to.throw();
  });
});
