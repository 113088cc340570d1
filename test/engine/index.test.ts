import { expect } from '@open-wc/testing';
import * as engine from '../../src/engine/index.js';

describe('engine/index (ml-quiz/engine)', () => {
  it('exports the whole engine API', () => {
    const functions = [
      'createRng', 'randomSeed', 'shuffle', 'selectDeck', 'isCorrect', 'allocateByWeight',
      'assembleExam', 'findExam', 'questionDomains', 'rememberSeen', 'toSeed',
      'startExam', 'examReducer', 'isSubmitted', 'currentQuestionId', 'answeredCount', 'unansweredIds', 'selectionOf',
      'computeDeadline', 'durationMs', 'remainingMs', 'elapsedMs', 'expired', 'formatClock', 'crossedMarks',
      'percentOf', 'wilsonInterval', 'scoreExam', 'submitDetail',
      'serializeState', 'restoreState', 'compactState', 'expandState',
      'readRecord', 'addToRecord', 'mergeRecords', 'emptyRecord', 'answerKey', 'answersByQuestion',
      'buildSchedule', 'scheduleQuestion', 'dueQuestions', 'nextReview', 'describeWhen',
      'assessReadiness', 'estimateScore', 'planReview',
    ];
    for (const name of functions) expect(typeof (engine as Record<string, unknown>)[name], name).to.equal('function');
    expect(engine.EXAM_STATE_VERSION).to.equal(1);
    expect(engine.SUSPEND_DATA_LIMIT).to.equal(4096);
    expect(engine.ANNOUNCE_MINUTES).to.deep.equal([10, 5, 1]);
    expect(engine.Z_90).to.be.closeTo(1.6449, 1e-4);
    expect([engine.RECORD_FORMAT, engine.RECORD_VERSION]).to.deep.equal(['ml-quiz-record', 1]);
  });
});
