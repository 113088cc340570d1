import { expect } from '@open-wc/testing';
import {
  DURATION_2004,
  TIMESPAN_12,
  choiceResponse12,
  choiceResponse2004,
  formatDuration2004,
  formatRawScore,
  formatScaledScore,
  formatTimespan12,
  identifier12,
  identifier2004,
} from '../../src/lms/format.js';

describe('SCORM value formats', () => {
  it('rounds the raw score to two decimals within 0–100', () => {
    expect(formatRawScore(200 / 3)).to.equal('66.67');
    expect(formatRawScore(100 / 3)).to.equal('33.33');
    expect(formatRawScore(80)).to.equal('80');
    expect(formatRawScore(69.999)).to.equal('70');
    expect(formatRawScore(0)).to.equal('0');
    expect(formatRawScore(100.2)).to.equal('100');
    expect(formatRawScore(-1)).to.equal('0');
  });

  it('gives the scaled score as percent / 100 to seven decimals', () => {
    expect(formatScaledScore(200 / 3)).to.equal('0.6666667');
    expect(formatScaledScore(80)).to.equal('0.8');
    expect(formatScaledScore(100)).to.equal('1');
    expect(formatScaledScore(0)).to.equal('0');
  });

  it('writes SCORM 1.2 session time as HHHH:MM:SS.SS', () => {
    expect(formatTimespan12(3723.5)).to.equal('0001:02:03.50');
    expect(formatTimespan12(0)).to.equal('0000:00:00.00');
    expect(formatTimespan12(59.996)).to.equal('0000:01:00.00');
    expect(formatTimespan12(7200.05)).to.equal('0002:00:00.05');
    expect(formatTimespan12(Number.NaN)).to.equal('0000:00:00.00');
    expect(formatTimespan12(-5)).to.equal('0000:00:00.00');
    expect(formatTimespan12(1e9)).to.equal('9999:59:59.99');
    for (const s of [0, 1.5, 3723.5, 1e9]) expect(formatTimespan12(s)).to.match(TIMESPAN_12);
  });

  it('writes SCORM 2004 session time as an ISO 8601 duration', () => {
    expect(formatDuration2004(3723.5)).to.equal('PT1H2M3.5S');
    expect(formatDuration2004(0)).to.equal('PT0S');
    expect(formatDuration2004(60)).to.equal('PT1M');
    expect(formatDuration2004(3600)).to.equal('PT1H');
    expect(formatDuration2004(0.07)).to.equal('PT0.07S');
    expect(formatDuration2004(90000)).to.equal('PT25H');
    expect(formatDuration2004(Number.POSITIVE_INFINITY)).to.equal('PT0S');
    for (const s of [0, 0.07, 61.25, 3723.5, 90000]) expect(formatDuration2004(s)).to.match(DURATION_2004);
  });

  it('makes identifiers valid for each version and keeps them readable', () => {
    expect(identifier12('dev-sparkml-004')).to.equal('dev-sparkml-004');
    expect(identifier12('dev.sparkml.1')).to.equal('dev_sparkml_1');
    expect(identifier12('a b/c')).to.equal('a_b_c');
    expect(identifier12('x'.repeat(300))).to.have.length(255);
    expect(identifier12('  ')).to.equal(null);
    expect(identifier2004('dev.sparkml.1')).to.equal('dev.sparkml.1');
    expect(identifier2004('a b[,]c')).to.equal('a_b___c');
    expect(identifier2004('é')).to.equal(null);
  });

  it('formats choice responses: 1.2 comma-separated characters, 2004 [,]-delimited identifiers', () => {
    expect(choiceResponse12(['a', 'c'])).to.deep.equal({ ok: true, value: 'a,c' });
    expect(choiceResponse12(['a', 'a'])).to.deep.equal({ ok: true, value: 'a' });
    expect(choiceResponse12(['ab']).ok).to.equal(false);
    expect(choiceResponse12(['A']).ok).to.equal(false);
    expect(choiceResponse12([]).ok).to.equal(false);
    expect(choiceResponse2004(['a', 'c'])).to.deep.equal({ ok: true, value: 'a[,]c' });
    expect(choiceResponse2004(['opt-1'])).to.deep.equal({ ok: true, value: 'opt-1' });
    expect(choiceResponse2004(['a b']).ok).to.equal(false);
    expect(choiceResponse2004(Array.from({ length: 37 }, (_, i) => `o${i}`)).ok).to.equal(false);
  });
});
