import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The storage key of the contract: `ml-quiz:v1:<bankId>:<kind>:<id>`, unless the author gave `storage-key`. */
export function storageKey(
  bankId: string,
  kind: 'exam' | 'checklist' | 'deck',
  id: string,
  explicit?: string | null,
): string {
  return explicit ? explicit : `ml-quiz:v1:${bankId}:${kind}:${id}`;
}

export interface PersistenceOptions<T> {
  /** Turns stored JSON into state, or returns undefined when it is corrupted or from an incompatible version. */
  restore(data: unknown): T | undefined;
  /** Called when another tab saved a new state under the same key (`storage` event), or cleared it (undefined). */
  onExternalChange?(state: T | undefined): void;
  /**
   * Also follow writes by other controllers on this page under the same key (a write fires no `storage` event in its
   * own page), through {@link onSamePageWrite}. Off by default.
   */
  samePage?: boolean;
}

/** A write (raw JSON) or a clear (null) under `key` on this page; `origin` is whoever wrote it. */
export type SamePageListener = (key: string, raw: string | null, origin: unknown) => void;
const samePageListeners = new Set<SamePageListener>();

/**
 * The same-page channel: storage writes fire `storage` events only in other tabs, so elements on one page that share a
 * key tell each other here. Returns the unsubscribe function.
 */
export function onSamePageWrite(listener: SamePageListener): () => void {
  samePageListeners.add(listener);
  return () => samePageListeners.delete(listener);
}

/** Tells the page's other listeners that `key` now holds `raw` (null: cleared). Listener errors never reach the writer. */
export function announceSamePage(key: string, raw: string | null, origin: unknown): void {
  for (const listener of [...samePageListeners]) {
    try {
      listener(key, raw, origin);
    } catch (error) {
      console.error('ml-quiz: a same-page storage listener failed', error);
    }
  }
}

/** What happened when state was read. */
export type ReadResult<T> = { status: 'empty' } | { status: 'ok'; state: T } | { status: 'corrupt' };

/**
 * Saves one element's state in localStorage under a key, and follows other tabs. When storage is unavailable (disabled,
 * full, throwing), the state lives in memory and `available` turns false so the element can say, quietly, that
 * progress will not be saved. Never throws into the element.
 */
export class PersistenceController<T> implements ReactiveController {
  /** False once storage failed: the element should show its quiet notice. */
  available = true;
  private key: string | undefined;
  private memory = new Map<string, string>();
  private unsubscribe?: () => void;
  private readonly onStorage = (event: StorageEvent) => {
    if (!this.key || event.key !== this.key) return;
    if (event.storageArea && event.storageArea !== this.storage()) return;
    this.follow(event.newValue);
  };
  private readonly onSamePage: SamePageListener = (key, raw, origin) => {
    if (origin !== this && this.key !== undefined && key === this.key) {
      // Keep a failed storage's memory copy in step too, so a later read() sees the same state.
      if (raw === null) this.memory.delete(key);
      else if (this.memory.has(key)) this.memory.set(key, raw);
      this.follow(raw);
    }
  };

  private follow(raw: string | null): void {
    if (raw === null) this.options.onExternalChange?.(undefined);
    else {
      const state = this.decode(raw);
      if (state.status === 'ok') this.options.onExternalChange?.(state.state);
    }
  }

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: PersistenceOptions<T>,
    private readonly storageProvider: () => Storage | null = defaultStorage,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('storage', this.onStorage);
    if (this.options.samePage) this.unsubscribe ??= onSamePageWrite(this.onSamePage);
  }

  hostDisconnected(): void {
    window.removeEventListener('storage', this.onStorage);
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  /** Points the controller at a key (changing keys never carries state over). */
  setKey(key: string | undefined): void {
    this.key = key;
  }

  get currentKey(): string | undefined {
    return this.key;
  }

  read(): ReadResult<T> {
    if (!this.key) return { status: 'empty' };
    let raw: string | null | undefined = this.memory.get(this.key);
    if (raw === undefined) {
      try {
        raw = this.storage()?.getItem(this.key) ?? null;
      } catch {
        this.fail();
        raw = null;
      }
    }
    if (raw === null || raw === undefined) return { status: 'empty' };
    return this.decode(raw);
  }

  write(state: T): void {
    if (!this.key) return;
    const raw = JSON.stringify(state);
    if (this.available) {
      try {
        const storage = this.storage();
        if (!storage) throw new Error('no storage');
        storage.setItem(this.key, raw);
        this.announce(raw);
        return;
      } catch {
        this.fail();
      }
    }
    this.memory.set(this.key, raw);
    this.announce(raw);
  }

  private announce(raw: string | null): void {
    if (this.options.samePage && this.key !== undefined) announceSamePage(this.key, raw, this);
  }

  clear(): void {
    if (!this.key) return;
    this.memory.delete(this.key);
    try {
      this.storage()?.removeItem(this.key);
    } catch {
      this.fail();
    }
    this.announce(null);
  }

  /** Reads any JSON value stored under another key (e.g. an exam's history of seen questions). */
  readExtra(key: string): unknown {
    const raw = this.memory.get(key) ?? safe(() => this.storage()?.getItem(key) ?? null, null);
    if (raw === null || raw === undefined) return undefined;
    return safe(() => JSON.parse(raw) as unknown, undefined);
  }

  writeExtra(key: string, value: unknown): void {
    const raw = JSON.stringify(value);
    try {
      const storage = this.storage();
      if (!storage || !this.available) throw new Error('no storage');
      storage.setItem(key, raw);
    } catch {
      this.fail();
      this.memory.set(key, raw);
    }
  }

  private decode(raw: string): ReadResult<T> {
    try {
      const state = this.options.restore(JSON.parse(raw));
      return state === undefined ? { status: 'corrupt' } : { status: 'ok', state };
    } catch {
      return { status: 'corrupt' };
    }
  }

  private storage(): Storage | null {
    try {
      return this.storageProvider();
    } catch {
      return null;
    }
  }

  private fail(): void {
    if (!this.available) return;
    this.available = false;
    this.host.requestUpdate();
  }
}

/**
 * Whether storage takes a write now. Reading alone cannot tell (a missing, disabled or full storage reads as empty), so
 * an element that must say "progress will not be saved" before the first write (issue 15.12) probes with this.
 */
export function storageAccepts(storage: () => Storage | null = defaultStorage): boolean {
  const probe = 'ml-quiz:v1:probe';
  try {
    const area = storage();
    if (!area) return false;
    area.setItem(probe, '1');
    area.removeItem(probe);
    return true;
  } catch {
    return false;
  }
}

function defaultStorage(): Storage | null {
  return globalThis.localStorage ?? null;
}

function safe<R>(run: () => R, fallback: R): R {
  try {
    return run();
  } catch {
    return fallback;
  }
}
