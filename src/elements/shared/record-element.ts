import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { Bank } from '../../bank/schema.js';
import { BankController } from '../../controllers/bank-controller.js';
import { RecordController } from '../../controllers/record-controller.js';
import type { StorageProvider } from '../../controllers/record-store.js';
import { type Clock, systemClock } from '../../controllers/timer-controller.js';
import { format } from '../../labels.js';
import { MlElement } from './ml-element.js';

/**
 * What the elements built on the learner's record share (`<ml-review>`, `<ml-progress>`): the whole bank (the review
 * plan and the readiness report weigh every question), the record of that bank, the properties that steer both, and
 * the notice that says when the record is not being kept.
 */
export abstract class RecordElement extends MlElement {
  /** A built-in bank id or a URL (attribute), or a bank object (property). */
  @property() bank?: string | Bank;
  /** `off`: the record is read, but nothing done here (answers, imports) is added to it. */
  @property() record: 'on' | 'off' = 'on';
  /** The clock (tests and stories inject a fake one). */
  @property({ attribute: false }) clock: Clock = systemClock;
  /** Where the record lives (default localStorage; tests pass another). @internal */
  @property({ attribute: false }) storageArea?: StorageProvider;

  protected readonly content = new BankController(this, { request: () => ({ kind: 'bank' }) });
  protected readonly learner = new RecordController(this, {
    bankId: () => this.content.bank?.id,
    writes: () => this.record !== 'off',
    storage: () => (this.storageArea ? this.storageArea() : (globalThis.localStorage ?? null)),
  });

  /** Why answers are not being kept (record off, unreadable, no storage) or were partly dropped; else nothing. */
  protected recordNotice() {
    const note = (text: string) => html`<p class="notice">${text}</p>`;
    if (this.record === 'off') return note(this.label('recordOff'));
    if (this.learner.status === 'corrupt') return note(this.label('recordCorrupt'));
    if (this.learner.status === 'unavailable') return note(this.label('storageUnavailable'));
    if (this.learner.dropped) return note(format(this.label('recordDropped'), { n: this.learner.dropped }));
    return nothing;
  }
}
