import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Where time comes from: `Date.now` by default; tests inject a fake one. */
export interface Clock {
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

/**
 * Ticks once a second, on the second, while running, and at once when the page becomes visible again (a hidden tab's
 * timers are throttled; the deadline math itself is absolute, so nothing drifts). Shaped like Lit's clock controller.
 */
export class TimerController implements ReactiveController {
  private handle: ReturnType<typeof setTimeout> | undefined;
  private running = false;
  private readonly onVisible = () => {
    if (this.running && document.visibilityState === 'visible') this.tick();
  };

  constructor(
    host: ReactiveControllerHost,
    private readonly options: { clock: () => Clock; onTick: (now: number) => void },
  ) {
    host.addController(this);
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    document.addEventListener('visibilitychange', this.onVisible);
    this.schedule();
  }

  stop(): void {
    this.running = false;
    clearTimeout(this.handle);
    this.handle = undefined;
    document.removeEventListener('visibilitychange', this.onVisible);
  }

  /** Runs a tick now (and keeps the schedule). */
  tick(): void {
    clearTimeout(this.handle);
    this.options.onTick(this.options.clock().now());
    if (this.running) this.schedule();
  }

  // A running timer pauses its ticks while the host is out of the document and resumes when it is back (an element
  // moved by a framework or into a tab keeps counting down; the deadline is absolute, so no time is lost).
  hostConnected(): void {
    if (!this.running) return;
    document.addEventListener('visibilitychange', this.onVisible);
    this.tick();
  }

  hostDisconnected(): void {
    clearTimeout(this.handle);
    this.handle = undefined;
    document.removeEventListener('visibilitychange', this.onVisible);
  }

  private schedule(): void {
    const now = this.options.clock().now();
    // Wake just after the next whole second so the display changes when the second does.
    const delay = 1000 - (((now % 1000) + 1000) % 1000) + 5;
    this.handle = setTimeout(() => this.tick(), Math.min(delay, 1005));
  }
}
