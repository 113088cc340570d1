/**
 * Reading and writing the learner's record under `ml-quiz:v1:<bankId>:record`. Small on purpose: a quiz card imports it
 * on the first answer (never before the question shows). No Lit, no scheduler.
 *
 * Storage rules: unavailable or full storage → the record lives in this page's memory (status `unavailable`) and the
 * answers are written with the next write that succeeds; a corrupted stored record is never overwritten (status
 * `corrupt`): new answers stay in memory. Every write is announced on the same-page channel, and other tabs see it
 * through the `storage` event.
 */
import {
  addToRecord,
  emptyRecord,
  mergeRecords,
  readRecord,
  type LearnerRecord,
  type RecordedAnswer,
  type RecordedExam,
} from '../engine/record.js';
import { announceSamePage } from './persistence-controller.js';

export type RecordStatus = 'ok' | 'unavailable' | 'corrupt';

export interface StoredRecord {
  record: LearnerRecord;
  /** `ok`: read from and saved to storage; otherwise kept in memory (see the module comment). */
  status: RecordStatus;
  /** Malformed entries left out when reading. */
  dropped: number;
}

/** Where the record lives; tests pass their own. */
export type StorageProvider = () => Storage | null;

/** The record's storage key. */
export function recordKey(bankId: string): string {
  return `ml-quiz:v1:${bankId}:record`;
}

/** Answers that could not be saved, per key, kept for the life of the page. */
const pageMemory = new Map<string, LearnerRecord>();

function defaultStorage(): Storage | null {
  return globalThis.localStorage ?? null;
}

/** Reads the record (stored answers plus any this page could not save). Never throws. */
export function loadRecord(bankId: string, storage: StorageProvider = defaultStorage): StoredRecord {
  const key = recordKey(bankId);
  const memory = pageMemory.get(key);
  let raw: string | null;
  try {
    const area = storage();
    if (!area) throw new Error('no storage');
    raw = area.getItem(key);
  } catch {
    return { record: memory ?? emptyRecord(bankId), status: 'unavailable', dropped: 0 };
  }
  let stored: StoredRecord;
  if (raw === null) stored = { record: emptyRecord(bankId), status: 'ok', dropped: 0 };
  else {
    const read = readRecord(parse(raw), bankId);
    stored = read.ok
      ? { record: read.record, status: 'ok', dropped: read.dropped }
      : { record: emptyRecord(bankId), status: 'corrupt', dropped: 0 };
  }
  if (memory) {
    stored.record = mergeRecords(stored.record, memory).record;
    // Unsaved answers remain: say so until a write succeeds.
    if (stored.status === 'ok') stored.status = 'unavailable';
  }
  return stored;
}

/** Applies `change` to the latest record and saves it. `origin` is passed to same-page listeners. */
export function updateRecord(
  bankId: string,
  change: (record: LearnerRecord) => LearnerRecord,
  storage: StorageProvider = defaultStorage,
  origin?: unknown,
): StoredRecord {
  const key = recordKey(bankId);
  const current = loadRecord(bankId, storage);
  const next = change(current.record);
  const raw = JSON.stringify(next);
  let status: RecordStatus = current.status === 'corrupt' ? 'corrupt' : 'ok';
  if (status === 'ok') {
    try {
      const area = storage();
      if (!area) throw new Error('no storage');
      area.setItem(key, raw);
      pageMemory.delete(key);
    } catch {
      status = 'unavailable';
    }
  }
  if (status !== 'ok') pageMemory.set(key, next);
  announceSamePage(key, raw, origin);
  return { record: next, status, dropped: current.dropped };
}

/** Adds one answer to the record. */
export function appendAnswer(bankId: string, answer: RecordedAnswer, storage?: StorageProvider): StoredRecord {
  return updateRecord(bankId, (record) => addToRecord(record, [answer]), storage);
}

/** Adds a submitted exam: its attempt and every answer in it. */
export function appendExam(
  bankId: string,
  exam: RecordedExam,
  answers: readonly RecordedAnswer[],
  storage?: StorageProvider,
): StoredRecord {
  return updateRecord(bankId, (record) => addToRecord(record, answers, [exam]), storage);
}

/** Forgets this page's unsaved answers (tests). @internal */
export function clearPageMemory(): void {
  pageMemory.clear();
}

function parse(raw: string): unknown {
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return undefined;
  }
}
