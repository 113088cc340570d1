import type { ReactiveControllerHost } from 'lit';
import type { LmsController, LmsControllerOptions } from './lms-controller.js';

/**
 * Loads the LMS layer on first need (most pages never use SCORM) and connects it, once: a failed load counts as no
 * LMS found and is reported through `onError`, never retried in a loop.
 */
export class LmsLoader {
  /** How the LMS layer's code is fetched (tests pass a failing one to stand for a 404 or offline). */
  importer: () => Promise<typeof import('./lms-controller.js')> = () => import('./lms-controller.js');
  /** The connected link, once loaded. */
  link?: LmsController;
  private loading?: Promise<LmsController | undefined>;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: LmsControllerOptions,
  ) {}

  /** True once loading was attempted (whatever its outcome). */
  tried = false;

  /** Loads and connects the LMS layer; later calls return the same promise. */
  load(): Promise<LmsController | undefined> {
    this.loading ??= this.importer()
      .then(({ LmsController }) => {
        this.link = new LmsController(this.host, this.options);
        this.link.connect();
        return this.link;
      })
      .catch((error: unknown) => {
        this.options.onError({
          call: 'load',
          code: 'load',
          message: `could not load the LMS adapter: ${error instanceof Error ? error.message : String(error)}`,
        });
        return undefined;
      })
      .finally(() => (this.tried = true));
    return this.loading;
  }
}
