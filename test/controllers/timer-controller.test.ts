import { expect, waitUntil } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { TimerController } from '../../src/controllers/timer-controller.js';

class Host implements ReactiveControllerHost {
  controllers: ReactiveController[] = [];
  addController(c: ReactiveController) {
    this.controllers.push(c);
  }
  removeController() {}
  requestUpdate() {}
  get updateComplete() {
    return Promise.resolve(true);
  }
}

// The clock sits just before a whole second, so the next scheduled tick comes within a few milliseconds; no test
// asserts a duration.
const clock = { now: () => 999 };

describe('controllers/timer-controller', () => {
  it("ticks with the clock's time while running, and not after stop", async () => {
    const ticks: number[] = [];
    const host = new Host();
    const timer = new TimerController(host, { clock: () => clock, onTick: (now) => ticks.push(now) });
    expect(host.controllers).to.include(timer);
    timer.start();
    await waitUntil(() => ticks.length >= 2, 'two ticks', { timeout: 3000 });
    expect(ticks.every((t) => t === 999)).to.equal(true);
    timer.stop();
    const count = ticks.length;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(ticks.length).to.equal(count);
  });

  it('tick() runs at once; a disconnected host stops the schedule and reconnecting resumes it', async () => {
    const ticks: number[] = [];
    const timer = new TimerController(new Host(), { clock: () => clock, onTick: (now) => ticks.push(now) });
    timer.tick();
    expect(ticks).to.deep.equal([999]);
    timer.start();
    timer.hostDisconnected();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(ticks).to.have.length(1);
    timer.hostConnected();
    await waitUntil(() => ticks.length >= 2, 'ticking again', { timeout: 3000 });
    timer.stop();
  });
});
