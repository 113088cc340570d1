import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { addToRecord, emptyRecord, mergeRecords, type LearnerRecord, type RecordedAnswer } from '../engine/record.js';
import { onSamePageWrite } from './persistence-controller.js';
import { type RecordStatus, type StorageProvider, loadRecord, recordKey, updateRecord } from './record-store.js';

export interface RecordControllerOptions {
  /** The bank whose record to follow (undefined while the bank loads). */
  bankId(): string | undefined;
  /** False with `record="off"`: the element reads the record but keeps its own answers in memory. */
  writes(): boolean;
  /** Where the record lives (default localStorage). */
  storage?: StorageProvider;
}

/**
 * The learner's record for an element: read on connect and whenever it changes (same page or another tab), written
 * through the record store's storage rules. `status` says whether answers are being saved.
 */
export class RecordController implements ReactiveController {
  record: LearnerRecord = emptyRecord('');
  status: RecordStatus = 'ok';
  /** Malformed entries left out when the stored record was read. */
  dropped = 0;
  private bankId: string | undefined;
  /** Answers given with `record="off"`, kept for this element only. */
  private local: RecordedAnswer[] = [];
  private unsubscribe?: () => void;
  private readonly onStorage = (event: StorageEvent) => {
    if (this.bankId !== undefined && (event.key === null || event.key === recordKey(this.bankId))) this.refresh();
  };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: RecordControllerOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('storage', this.onStorage);
    this.unsubscribe ??= onSamePageWrite((key, _raw, origin) => {
      if (origin !== this && this.bankId !== undefined && key === recordKey(this.bankId)) this.refresh();
    });
    this.refresh();
  }

  hostDisconnected(): void {
    window.removeEventListener('storage', this.onStorage);
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  /** Follows the bank id (call from the host's `willUpdate`); reads again when it changed. */
  sync(): void {
    if (this.options.bankId() !== this.bankId) this.refresh();
  }

  /** Reads the record again. */
  refresh(): void {
    this.bankId = this.options.bankId();
    if (this.bankId === undefined) return;
    const stored = loadRecord(this.bankId, this.options.storage);
    this.adopt(stored.record, stored.status, stored.dropped);
  }

  /** Records one answer (in memory only with `record="off"`). */
  append(answer: RecordedAnswer): void {
    if (this.bankId === undefined) return;
    if (!this.options.writes()) {
      this.local.push(answer);
      this.adopt(this.record, this.status, this.dropped);
      return;
    }
    const stored = updateRecord(this.bankId, (record) => addToRecord(record, [answer]), this.options.storage, this);
    this.adopt(stored.record, stored.status, stored.dropped);
  }

  /** Merges an imported record (already validated for this bank). */
  merge(incoming: LearnerRecord): { added: number; total: number } {
    if (this.bankId === undefined) return { added: 0, total: 0 };
    let added = 0;
    const change = (record: LearnerRecord) => {
      const merged = mergeRecords(record, incoming);
      added = merged.added;
      return merged.record;
    };
    if (!this.options.writes()) {
      const record = change(this.record);
      // Kept with this element's own answers, so the next read of the stored record does not drop them.
      this.local.push(...incoming.answers);
      this.adopt(record, this.status, this.dropped);
      return { added, total: record.answers.length };
    }
    const stored = updateRecord(this.bankId, change, this.options.storage, this);
    this.adopt(stored.record, stored.status, stored.dropped);
    return { added, total: stored.record.answers.length };
  }

  private adopt(record: LearnerRecord, status: RecordStatus, dropped: number): void {
    this.record = this.local.length ? addToRecord(record, this.local) : record;
    this.status = status;
    this.dropped = dropped;
    this.host.requestUpdate();
  }
}
