/**
 * In-page measurements for bench/run.mjs. Times come from performance.now() and requestAnimationFrame in the page
 * itself: Event Timing reports nothing under 16 ms, so "by the next frame" can only be seen from inside.
 */

/** Resolves after the next frame has been produced: the rAF callback runs before that frame's paint, the message
 *  posted from it arrives after the paint. */
function afterNextPaint() {
  return new Promise((resolve) =>
    requestAnimationFrame((frameStart) => {
      const rafAt = performance.now();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve({ frameStart, rafAt, paintedAt: performance.now() });
      channel.port2.postMessage(null);
    }),
  );
}

/**
 * Every fetch the page makes, with the moment its body was read (`ready`) and the frame count then: the content an
 * element asked for is "ready" when the last body it waited for has arrived. Installed before any click is timed.
 */
const fetchLog = [];
const pageFetch = window.fetch.bind(window);
window.fetch = async (...args) => {
  const entry = { url: String(args[0]?.url ?? args[0]), start: performance.now(), ready: undefined, frame: undefined };
  fetchLog.push(entry);
  const response = await pageFetch(...args);
  for (const name of ['text', 'json']) {
    const read = response[name].bind(response);
    response[name] = () =>
      read().then((body) => {
        entry.ready = performance.now();
        entry.frame = clock?.frames();
        return body;
      });
  }
  return response;
};
/** The frame counter of the measurement under way (read when a fetched body arrives). */
let clock;

/** The fetches started at or after `t0`, and the last moment one of them was read. */
function fetchedSince(t0) {
  const since = fetchLog.filter((f) => f.start >= t0);
  const last = since.reduce((a, f) => (a && a.ready >= (f.ready ?? -1) ? a : f), undefined);
  return {
    count: since.length,
    urls: since.map((f) => f.url),
    readyAt: last?.ready,
    readyFrame: last?.frame,
    unread: since.filter((f) => f.ready === undefined).length,
  };
}

/** Counts the animation frames that begin from now on; frames() reads the count, stop() ends it. */
function frameCounter() {
  let count = 0;
  let running = true;
  const tick = () => {
    if (!running) return;
    count += 1;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  return { frames: () => count, stop: () => (running = false) };
}

/** Resolves with probe()'s value as soon as it is truthy, watching a (shadow) root for DOM changes. */
function whenInDom(root, probe, timeout = 10000) {
  const found = probe();
  if (found) return Promise.resolve(found);
  return new Promise((resolve, reject) => {
    const observer = new MutationObserver(() => {
      const value = probe();
      if (value) {
        observer.disconnect();
        clearTimeout(timer);
        resolve(value);
      }
    });
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error('timed out waiting for the DOM'));
    }, timeout);
    observer.observe(root, { childList: true, subtree: true, characterData: true, attributes: true });
  });
}

async function poll(probe, timeout = 10000) {
  const start = performance.now();
  for (;;) {
    const value = probe();
    if (value) return value;
    if (performance.now() - start > timeout) return undefined;
    await new Promise((r) => setTimeout(r, 10));
  }
}

const buttonNamed = (root, name) =>
  [...(root?.querySelectorAll('button') ?? [])].find((b) => b.textContent.trim() === name);

/**
 * <ml-exam>: from the click on "Start exam" to the first question being in the DOM and painted. The click is
 * dispatched in the page so that nothing but the element's own work lies between the two timestamps.
 */
async function examStart() {
  const defined = await Promise.race([
    customElements.whenDefined('ml-exam').then(() => true),
    new Promise((r) => setTimeout(() => r(false), 8000)),
  ]);
  if (!defined) return { unavailable: 'ml-exam is not defined (not built yet?)' };
  const exam = document.querySelector('ml-exam');
  const start = await poll(() => buttonNamed(exam.shadowRoot, 'Start exam'));
  if (!start) {
    const text = exam.shadowRoot?.textContent.trim().replace(/\s+/g, ' ').slice(0, 200);
    return { unavailable: `no "Start exam" button (${text || 'empty'})` };
  }
  await afterNextPaint(); // the start screen is on screen; the page is idle
  const {
    found: fieldset,
    timing,
    fetched,
  } = await timedClick(start, exam.shadowRoot, () =>
    exam.shadowRoot.querySelector('.question-focus fieldset, fieldset[part~="question"]'),
  );
  const progress = exam.shadowRoot.querySelector('[part~="progress"]')?.textContent.trim().replace(/\s+/g, ' ') ?? '';
  return {
    ...timing,
    unread: fetched.unread,
    urls: fetched.urls,
    progress,
    options: fieldset.querySelectorAll('input').length,
  };
}

/**
 * Clicks `button` and times it until `find()` returns an element of `root`: to the DOM, to the next frame and its
 * paint, in frames (1 = the first frame after the click), and the same from the content being ready (the last file
 * fetched after the click has been read; split delivery fetches the drawn questions then).
 */
async function timedClick(button, root, find) {
  const t0 = performance.now();
  const counter = frameCounter();
  clock = counter;
  button.click();
  const found = await whenInDom(root, find);
  const inDom = performance.now();
  const frames = counter.frames();
  counter.stop();
  clock = undefined;
  const frame = await afterNextPaint();
  const fetched = fetchedSince(t0);
  const readyAt = fetched.readyAt ?? t0;
  const timing = {
    toDom: inDom - t0,
    toFrame: frame.rafAt - t0,
    toPainted: frame.paintedAt - t0,
    frameNumber: frames + 1,
    readyToDom: inDom - readyAt,
    readyToPainted: frame.paintedAt - readyAt,
    framesAfterReady: frames - (fetched.readyFrame ?? 0) + 1,
    fetches: fetched.count,
  };
  return { found, timing, fetched };
}

/**
 * The Lit floor (floor-exam.js): 59 questions given to a minimal element, then the same timing as examStart(): click on
 * "Start exam" → first fieldset in the DOM → the frame after it. Without `urls`, the questions (the first 59 of the
 * whole bank file) are in memory before the click: the floor of rendering alone. With `urls` (the files the exam
 * fetched after its click), the click fetches them first, as the exam does: the floor of delivery and rendering.
 */
async function floorStart(bankUrl, urls) {
  await customElements.whenDefined('floor-exam');
  const floor = document.querySelector('floor-exam');
  if (!urls) floor.questions = (await (await fetch(bankUrl)).json()).questions.slice(0, 59);
  const start = await poll(() => buttonNamed(floor.shadowRoot, 'Start exam'));
  await afterNextPaint();
  if (urls) {
    start.addEventListener('click', async () => {
      floor.questions = await Promise.all(urls.map(async (url) => (await fetch(url)).json()));
    });
  }
  const { timing } = await timedClick(start, floor.shadowRoot, () => floor.shadowRoot.querySelector('fieldset'));
  return { ...timing, fieldsets: floor.shadowRoot.querySelectorAll('fieldset').length };
}

/**
 * <ml-quiz>: arms a listener for the next pointerdown on the card; resolves when the verdict is in the DOM and the
 * frame after it has been produced. The caller then clicks "Check answer" with the real mouse.
 */
function armCheck() {
  const quiz = document.querySelector('ml-quiz');
  return new Promise((resolve, reject) => {
    quiz.addEventListener(
      'pointerdown',
      (event) => {
        const t0 = performance.now();
        let clickAt;
        let counter;
        quiz.addEventListener(
          'click',
          () => {
            clickAt = performance.now();
            counter = frameCounter();
          },
          { once: true, capture: true },
        );
        whenInDom(quiz.shadowRoot, () => quiz.shadowRoot.querySelector('[part~="verdict"]'))
          .then(async (verdict) => {
            const inDom = performance.now();
            // The frame that shows the verdict: 1 = the first frame after the click.
            const frameNumber = counter ? counter.frames() + 1 : null;
            counter?.stop();
            const frame = await afterNextPaint();
            resolve({
              target: event.composedPath()[0]?.textContent?.trim(),
              toDom: inDom - t0,
              toFrame: frame.rafAt - t0,
              toPainted: frame.paintedAt - t0,
              clickToFrame: clickAt === undefined ? null : frame.rafAt - clickAt,
              frameNumber,
              verdict: verdict.textContent.trim(),
            });
          })
          .catch(reject);
      },
      { once: true, capture: true },
    );
  });
}

/**
 * parseBank on a generated bank, one call per evaluate so that bench/run.mjs can read the main thread's CPU time
 * around each (CDP Performance ThreadTime) besides the wall time taken here: parseSetup() loads the validator and the
 * text; then, in turn, jsonOnce() parses the text into a fresh object and parseOnce() validates that object. The first
 * of each in a fresh page is the cold call.
 */
let parseBank;
let bankText;
let bankInput;
async function parseSetup(parserUrl, bankUrl) {
  ({ parseBank } = await import(parserUrl));
  bankText = await (await fetch(bankUrl)).text();
  return { bytes: bankText.length };
}

function jsonOnce() {
  const t0 = performance.now();
  bankInput = JSON.parse(bankText);
  return performance.now() - t0;
}

function parseOnce() {
  const t0 = performance.now();
  const result = parseBank(bankInput);
  const wall = performance.now() - t0;
  if (!result.ok)
    return {
      error: result.errors
        .slice(0, 3)
        .map((e) => `${e.path}: ${e.message}`)
        .join('; '),
    };
  return { wall, questions: result.bank.questions.length };
}

function nothing() {
  const t0 = performance.now();
  return performance.now() - t0;
}

async function ready(tag) {
  const defined = await Promise.race([
    customElements.whenDefined(tag).then(() => true),
    new Promise((r) => setTimeout(() => r(false), 8000)),
  ]);
  return defined;
}

window.bench = { examStart, floorStart, armCheck, parseSetup, jsonOnce, parseOnce, nothing, ready };
