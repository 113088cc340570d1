import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Moves focus to an element once it has been rendered, one frame later: focusing forces style and layout, which would
 * delay the frame that shows it; and content fetched after a click (split delivery) may render several updates later.
 */
export class FocusController implements ReactiveController {
  private pending?: string;

  constructor(private readonly host: ReactiveControllerHost & { readonly renderRoot: ParentNode }) {
    host.addController(this);
  }

  /** Focuses the first match of `selector` after the first update in which it exists. */
  focusWhenShown(selector: string): void {
    this.pending = selector;
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    const target = this.pending ? this.host.renderRoot.querySelector<HTMLElement>(this.pending) : null;
    if (!target) return;
    this.pending = undefined;
    requestAnimationFrame(() => target.focus());
  }
}
