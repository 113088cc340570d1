/**
 * The standalone entry, `dist/ml-quiz.js`, for pages without a build step. It stays tiny: each element's code is a
 * chunk beside it (found relative to this file's URL), loaded when the page first uses that tag, so a page with one
 * quiz card downloads the quiz card and nothing else. Nothing loads while the page is idle: code for tags the page does
 * not use is never fetched (an app that wants every element defined up front calls `load()`). Loading this file twice
 * is harmless.
 */
const loaders: Record<string, () => Promise<unknown>> = {
  'ml-bank': () => import('./elements/ml-bank.js'),
  'ml-quiz': () => import('./elements/ml-quiz.js'),
  'ml-comparison': () => import('./elements/ml-comparison.js'),
  'ml-checklist': () => import('./elements/ml-checklist.js'),
  'ml-exam': () => import('./elements/ml-exam.js'),
  'ml-review': () => import('./elements/ml-review.js'),
  'ml-progress': () => import('./elements/ml-progress.js'),
};

const started = new Map<string, Promise<unknown>>();
// Tags whose chunk failed to load. Discovery does not try them again (a page adding elements in a loop, or an element
// re-rendering, must not turn one 404 into a request storm); an explicit load(tag) does.
const failed = new Set<string>();

/** Loads and defines one element (or all of them, without a tag). Resolves when defined, or when loading failed. */
export function load(tag?: string): Promise<unknown> {
  if (!tag) return Promise.all(Object.keys(loaders).map((t) => load(t)));
  const loader = loaders[tag];
  if (!loader) return Promise.reject(new Error(`ml-quiz: unknown element <${tag}>`));
  let pending = started.get(tag);
  if (!pending) {
    failed.delete(tag);
    pending = loader().then(
      () => clearLoadFailure(tag),
      (error: unknown) => {
        started.delete(tag);
        failed.add(tag);
        console.error(`ml-quiz: could not load <${tag}>`, error);
        showLoadFailure(tag, document);
      },
    );
    started.set(tag, pending);
  }
  return pending;
}

function discover(root: ParentNode): void {
  for (const tag of Object.keys(loaders)) {
    if (customElements.get(tag)) continue;
    if (failed.has(tag)) showLoadFailure(tag, root);
    else if (!started.has(tag) && (matches(root, tag) || root.querySelector(tag))) void load(tag);
  }
}

/** Marks the message this file puts into an element whose code did not load. */
const FALLBACK = 'data-ml-quiz-load-failed';

/**
 * An element whose code failed to load (404, wrong MIME type, offline) would stay an empty 0-px box: put a short message
 * in its light DOM instead, where an undefined element shows it. English only: the element's `labels` live in the code
 * that did not load, and the entry stays small. Adding the message triggers the observer once, with nothing to load, so
 * it cannot loop. @internal Exported for tests.
 */
export function showLoadFailure(tag: string, root: ParentNode = document): void {
  const found = [...(matches(root, tag) ? [root as Element] : []), ...root.querySelectorAll(tag)];
  for (const element of found) {
    if (customElements.get(tag) || element.querySelector(`:scope > [${FALLBACK}]`)) continue;
    const note = document.createElement('p');
    note.setAttribute(FALLBACK, '');
    note.setAttribute('role', 'note');
    note.textContent = 'This content could not be loaded. Check your connection and reload the page.';
    // CSSOM properties, not a style attribute, so a strict style-src policy allows them.
    Object.assign(note.style, {
      display: 'block',
      margin: '0.5rem 0',
      padding: '0.5rem 0.75rem',
      border: '1px dashed currentColor',
      borderRadius: '6px',
    });
    element.prepend(note);
  }
}

/** Removes the messages once the element's code did load (a later explicit `load(tag)`). */
function clearLoadFailure(tag: string): void {
  for (const note of document.querySelectorAll(`${tag} > [${FALLBACK}]`)) note.remove();
}

function matches(node: ParentNode, tag: string): boolean {
  return node instanceof Element && node.localName === tag;
}

if (typeof document !== 'undefined') {
  discover(document);
  new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) discover(node);
  }).observe(document.documentElement, { childList: true, subtree: true });
}
