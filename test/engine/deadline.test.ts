import { expect } from '@open-wc/testing';
import {
  ANNOUNCE_MINUTES,
  computeDeadline,
  crossedMarks,
  durationMs,
  elapsedMs,
  expired,
  formatClock,
  remainingMs,
} from '../../src/engine/deadline.js';

const MIN = 60_000;
const start = Date.UTC(2026, 0, 15, 9, 0, 0);
const timed = { startedAt: start, deadline: start + 120 * MIN };
const untimed = { startedAt: start, deadline: null };

describe('engine/deadline', () => {
  it('computeDeadline: start + duration in ms, null when untimed or the duration is unusable', () => {
    expect(computeDeadline(start, 120)).to.equal(start + 120 * MIN);
    expect(computeDeadline(start, 0.5)).to.equal(start + 30_000);
    expect(computeDeadline(start, null)).to.equal(null);
    expect(computeDeadline(start, undefined)).to.equal(null);
    expect(computeDeadline(start, 0)).to.equal(null);
    expect(computeDeadline(start, -5)).to.equal(null);
    expect(computeDeadline(start, Number.NaN)).to.equal(null);
    expect(computeDeadline(start, Infinity)).to.equal(null);
  });

  it('remainingMs counts down to the deadline and clamps at 0', () => {
    expect(remainingMs(timed, start)).to.equal(120 * MIN);
    expect(remainingMs(timed, start + 119 * MIN)).to.equal(MIN);
    expect(remainingMs(timed, start + 120 * MIN)).to.equal(0);
    expect(remainingMs(timed, start + 121 * MIN)).to.equal(0);
  });

  it('a clock that jumps far ahead (sleep, hidden tab) gives 0 and expiry, never a negative time', () => {
    const later = start + 3 * 24 * 60 * MIN;
    expect(remainingMs(timed, later)).to.equal(0);
    expect(expired(timed, later)).to.equal(true);
    expect(elapsedMs(timed, later)).to.equal(120 * MIN);
    expect(formatClock(remainingMs(timed, later))).to.equal('00:00');
  });

  it('a clock set back before the start never gives more than the whole limit, nor negative time used', () => {
    const earlier = start - 60 * MIN;
    expect(remainingMs(timed, earlier)).to.equal(120 * MIN);
    expect(expired(timed, earlier)).to.equal(false);
    expect(elapsedMs(timed, earlier)).to.equal(0);
  });

  it('a non-finite clock counts as the start, and never expires the exam', () => {
    expect(remainingMs(timed, Number.NaN)).to.equal(120 * MIN);
    expect(expired(timed, Number.NaN)).to.equal(false);
    expect(elapsedMs(timed, Number.NaN)).to.equal(0);
  });

  it('expired is true at and after the deadline only', () => {
    expect(expired(timed, timed.deadline - 1)).to.equal(false);
    expect(expired(timed, timed.deadline)).to.equal(true);
  });

  it('untimed: Infinity remaining, never expired, elapsed unbounded', () => {
    expect(remainingMs(untimed, start + 999 * MIN)).to.equal(Infinity);
    expect(expired(untimed, start + 999 * MIN)).to.equal(false);
    expect(durationMs(untimed)).to.equal(Infinity);
    expect(elapsedMs(untimed, start + 999 * MIN)).to.equal(999 * MIN);
  });

  it('formatClock: mm:ss under an hour, h:mm:ss from an hour, seconds rounded up', () => {
    expect(formatClock(0)).to.equal('00:00');
    expect(formatClock(1)).to.equal('00:01');
    expect(formatClock(999)).to.equal('00:01');
    expect(formatClock(1000)).to.equal('00:01');
    expect(formatClock(1001)).to.equal('00:02');
    expect(formatClock(9 * MIN + 5000)).to.equal('09:05');
    expect(formatClock(59 * MIN + 59_000)).to.equal('59:59');
    expect(formatClock(59 * MIN + 59_500)).to.equal('1:00:00');
    expect(formatClock(60 * MIN)).to.equal('1:00:00');
    expect(formatClock(120 * MIN)).to.equal('2:00:00');
    expect(formatClock(119 * MIN + 59_000)).to.equal('1:59:59');
    expect(formatClock(10 * 60 * MIN + 61_000)).to.equal('10:01:01');
  });

  it('formatClock: negative shows 00:00; Infinity and NaN give empty text', () => {
    expect(formatClock(-5000)).to.equal('00:00');
    expect(formatClock(Infinity)).to.equal('');
    expect(formatClock(Number.NaN)).to.equal('');
  });

  it('crossedMarks reports the 10, 5 and 1 minute marks once, when crossed', () => {
    expect(ANNOUNCE_MINUTES).to.deep.equal([10, 5, 1]);
    expect(crossedMarks(10 * MIN + 1000, 10 * MIN)).to.deep.equal([10]);
    expect(crossedMarks(10 * MIN, 10 * MIN - 1000)).to.deep.equal([]);
    expect(crossedMarks(11 * MIN, 10 * MIN + 1)).to.deep.equal([]);
    expect(crossedMarks(5 * MIN + 500, 5 * MIN - 500)).to.deep.equal([5]);
    expect(crossedMarks(61_000, 59_000)).to.deep.equal([1]);
    expect(crossedMarks(30_000, 29_000)).to.deep.equal([]);
  });

  it('crossedMarks after a clock jump lists every mark crossed, largest first', () => {
    expect(crossedMarks(11 * MIN, 30_000)).to.deep.equal([10, 5, 1]);
    expect(crossedMarks(11 * MIN, 0)).to.deep.equal([10, 5, 1]);
    expect(crossedMarks(7 * MIN, 4 * MIN)).to.deep.equal([5]);
  });

  it('crossedMarks: nothing for untimed, time going back or NaN; custom marks', () => {
    expect(crossedMarks(Infinity, Infinity)).to.deep.equal([]);
    expect(crossedMarks(4 * MIN, 6 * MIN)).to.deep.equal([]);
    expect(crossedMarks(Number.NaN, 0)).to.deep.equal([]);
    expect(crossedMarks(16 * MIN, 14 * MIN, [15, 2])).to.deep.equal([15]);
  });
});
