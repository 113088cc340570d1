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
    pending = loader().catch((error: unknown) => {
      started.delete(tag);
      failed.add(tag);
      console.error(`ml-quiz: could not load <${tag}>`, error);
    });
    started.set(tag, pending);
  }
  return pending;
}

function discover(root: ParentNode): void {
  for (const tag of Object.keys(loaders)) {
    if (started.has(tag) || failed.has(tag) || customElements.get(tag)) continue;
    if (matches(root, tag) || root.querySelector(tag)) void load(tag);
  }
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
