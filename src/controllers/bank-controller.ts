import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { BankIssue } from '../bank/issues.js';
import { banksBaseGeneration } from '../bank/registry.js';
import type { Bank } from '../bank/schema.js';
import { type BankSource, openBankSource } from '../bank/source.js';
import type { ContentRequest, ContentSource, ResolvedContent } from '../engine/content.js';
import { fetchContent } from './fetch-content.js';

/**
 * Content in memory (inline JSON, a bank object, an <ml-bank>) and the rules that resolve a request against it
 * (engine/content, with deck selection and exam drawing) load with the first such content (local-content.ts), so a
 * card fetching its one question from a built-in bank never downloads them. A failed load is not kept.
 */
let local: typeof import('./local-content.js') | undefined;
let localLoading: Promise<typeof import('./local-content.js')> | undefined;
function loadLocal(): Promise<typeof import('./local-content.js')> {
  localLoading ??= import('./local-content.js').then(
    (m) => (local = m),
    (error: unknown) => {
      localLoading = undefined;
      throw error;
    },
  );
  return localLoading;
}

/**
 * The content as loaded, before an element's request is resolved against it: in memory (inline, a bank object, an
 * `<ml-bank>`), resolved at once; or a remote source (a bank id or URL), from which each request fetches only its part.
 */
export type Loaded =
  | { status: 'loading' }
  | { status: 'ready'; source: ContentSource; from: ContentOrigin }
  | { status: 'remote'; remote: BankSource }
  | { status: 'error'; errors: BankIssue[]; own: boolean };

export type ContentOrigin = 'inline' | 'bank' | 'context';

/**
 * What the element can show. `ready` carries exactly the items its request resolved to, plus the bank's meta.
 * `own` on an error says whether this element reported it (`false`: the `<ml-bank>` it reads from did).
 */
export type ContentState =
  | { status: 'loading' }
  | { status: 'ready'; content: ResolvedContent; from: ContentOrigin }
  | { status: 'error'; errors: BankIssue[]; own: boolean };

export interface BankHost extends ReactiveControllerHost, HTMLElement {
  /** A built-in bank id, a URL, or a bank object. */
  bank?: string | Bank;
  /** The label for `key` (the "no bank" message). */
  label(key: 'noBank'): string;
  emit(name: 'ml-bank-error', detail: { errors: BankIssue[] }): boolean;
}

/** What local-content.ts needs of the controller for one resolve() call. @internal */
export interface LocalTarget {
  readonly host: BankHost;
  /** Whether this call is still the latest (the bank or the content did not change since). */
  current(): boolean;
  finish(loaded: Loaded): void;
  /** Keeps the <ml-bank> subscription, to end it when the element leaves or looks again. */
  keep(unsubscribe: () => void): void;
}

export interface BankControllerOptions {
  /** What the element needs now; read on every update, so it may depend on the element's properties. */
  request: () => ContentRequest;
}

/**
 * Finds an element's content, first match wins: inline JSON child → the `bank` property or attribute → the nearest
 * `<ml-bank>` (through @lit/context) → an error saying no bank was given; then resolves the element's request against
 * it (the pure rules are in `engine/content`). Watches `bank` and the request; reports each error once through
 * `ml-bank-error`. One controller serves every element.
 */
export class BankController implements ReactiveController {
  private loaded: Loaded = { status: 'loading' };
  private generation = 0;
  private unsubscribe?: () => void;
  private connected = false;
  private loadedFor?: unknown;
  private memo?: { loaded: Loaded; key: string; state: ContentState };
  private reported = '';
  /** The part of a remote source fetched for one request (key), and the request being fetched now. */
  private fetched?: { loaded: Loaded; key: string; state: ContentState };
  private fetching?: { loaded: Loaded; key: string };

  constructor(
    private readonly host: BankHost,
    private readonly options: BankControllerOptions,
  ) {
    host.addController(this);
  }

  /** The element's content now: loading, an error, or exactly what the request resolved to. */
  get state(): ContentState {
    if (this.connected && this.host.bank !== this.loadedFor) this.resolve();
    const request = this.options.request();
    const key = JSON.stringify(request);
    if (this.memo && this.memo.loaded === this.loaded && this.memo.key === key) return this.memo.state;
    const loaded = this.loaded;
    if (loaded.status === 'remote') return this.remoteState(loaded, request, key);
    let state: ContentState;
    if (loaded.status !== 'ready') state = loaded;
    else {
      // Content is ready in memory only once local-content.js has loaded (it is what put it there).
      const result = local!.resolveContent(loaded.source, request);
      state = result.ok
        ? { status: 'ready', content: result.content, from: loaded.from }
        : { status: 'error', errors: result.errors, own: true };
    }
    this.memo = { loaded, key, state };
    return state;
  }

  /** A remote source's answer to this request: fetched once per distinct request, loading meanwhile. */
  private remoteState(loaded: Loaded & { status: 'remote' }, request: ContentRequest, key: string): ContentState {
    if (this.fetched && this.fetched.loaded === loaded && this.fetched.key === key) return this.fetched.state;
    if (this.fetching?.loaded !== loaded || this.fetching.key !== key) {
      this.fetching = { loaded, key };
      const base = banksBaseGeneration();
      void fetchContent(loaded.remote, request).then((result) => {
        if (this.loaded !== loaded || this.fetching?.key !== key) return;
        this.fetching = undefined;
        // The page moved the banks folder while this was on its way: what arrived came from the old place.
        if (base !== banksBaseGeneration()) return this.resolve();
        const state: ContentState = result.ok
          ? { status: 'ready', content: result.content, from: 'bank' }
          : { status: 'error', errors: result.errors, own: true };
        this.fetched = { loaded, key, state };
        this.host.requestUpdate();
      });
    }
    return { status: 'loading' };
  }

  hostConnected(): void {
    this.connected = true;
    this.resolve();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  hostUpdated(): void {
    // Report an error once per distinct set of messages. Errors from a failing <ml-bank> are reported here too (the
    // contract: each child still dispatches ml-bank-error); only the alert is the provider's alone.
    const state = this.state;
    if (state.status !== 'error') {
      if (state.status === 'ready') this.reported = '';
      return;
    }
    const signature = JSON.stringify(state.errors);
    if (signature === this.reported) return;
    this.reported = signature;
    this.host.emit('ml-bank-error', { errors: state.errors });
  }

  /**
   * The bank a `{ kind: 'bank' }` request resolved to, as a Bank object (meta and questions; comparisons and
   * checklists are not part of that request). The same object while the content stays the same.
   */
  get bank(): Bank | undefined {
    const state = this.state;
    if (state.status !== 'ready' || !state.content.bank) return undefined;
    if (this.bankFor?.content !== state.content) {
      this.bankFor = {
        content: state.content,
        bank: { ...state.content.bank, questions: state.content.questions, comparisons: [], checklists: [] },
      };
    }
    return this.bankFor.bank;
  }
  private bankFor?: { content: ResolvedContent; bank: Bank };

  /**
   * The whole bank object when one is in memory, to hand to a nested element (the exam's practice deck) without
   * loading or validating it again. @internal
   */
  get bankSource(): Bank | undefined {
    return this.loaded.status === 'ready' && this.loaded.source.kind === 'bank' ? this.loaded.source.bank : undefined;
  }

  /** The remote source when the content comes from a bank id or URL (to share it with a nested element). @internal */
  get remoteSource(): BankSource | undefined {
    return this.loaded.status === 'remote' ? this.loaded.remote : undefined;
  }

  /** Looks for content again. The `bank` property is watched; call this only to force a reload. */
  resolve(): void {
    if (!this.connected) return;
    this.loadedFor = this.host.bank;
    const token = ++this.generation;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    const script = inlineScript(this.host);
    const bank = this.host.bank;
    this.set({ status: 'loading' });
    if (!script && typeof bank === 'string' && bank !== '') {
      // One task after connecting, so a setBanksBaseUrl() in the page's own module (run after ours) still applies.
      setTimeout(() => this.finish(token, { status: 'remote', remote: openBankSource(bank) }));
      return;
    }
    const target: LocalTarget = {
      host: this.host,
      current: () => token === this.generation,
      finish: (loaded) => this.finish(token, loaded),
      keep: (unsubscribe) => (this.unsubscribe = unsubscribe),
    };
    loadLocal().then(
      (m) => {
        if (!target.current()) return;
        if (script) void m.fromInline(target, script.textContent ?? '');
        else if (bank !== undefined && bank !== null && bank !== '') void m.fromObject(target, bank as Bank);
        else m.fromContext(target);
      },
      (error: unknown) =>
        target.finish({
          status: 'error',
          own: true,
          errors: [{ path: '(root)', message: `could not load the code that reads the content: ${messageOf(error)}` }],
        }),
    );
  }

  private finish(token: number, loaded: Loaded): void {
    if (token !== this.generation) return;
    this.set(loaded);
  }

  /** The one place content arrives (today a whole bank in memory; split delivery fetches here). */
  private set(loaded: Loaded): void {
    this.loaded = loaded;
    this.host.requestUpdate();
  }
}

function inlineScript(host: HTMLElement): HTMLScriptElement | null {
  return host.querySelector(':scope > script[type="application/json"]');
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
