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

const buttonNamed = (root, name) => [...(root?.querySelectorAll('button') ?? [])].find((b) => b.textContent.trim() === name);

/**
 * <ml-exam>: from the click on "Start exam" to the first question being in the DOM and painted. The click is
 * dispatched in the page so that nothing but the element's own work lies between the two timestamps.
 */
async function examStart() {
  const defined = await Promise.race([customElements.whenDefined('ml-exam').then(() => true), new Promise((r) => setTimeout(() => r(false), 8000))]);
  if (!defined) return { unavailable: 'ml-exam is not defined (not built yet?)' };
  const exam = document.querySelector('ml-exam');
  const start = await poll(() => buttonNamed(exam.shadowRoot, 'Start exam'));
  if (!start) {
    const text = exam.shadowRoot?.textContent.trim().replace(/\s+/g, ' ').slice(0, 200);
    return { unavailable: `no "Start exam" button (${text || 'empty'})` };
  }
  await afterNextPaint(); // the start screen is on screen; the page is idle
  const t0 = performance.now();
  const counter = frameCounter();
  start.click();
  const fieldset = await whenInDom(exam.shadowRoot, () => exam.shadowRoot.querySelector('.question-focus fieldset, fieldset[part~="question"]'));
  const inDom = performance.now();
  // The frame that shows the question: 1 = the first frame after the click.
  const frameNumber = counter.frames() + 1;
  counter.stop();
  const frame = await afterNextPaint();
  const progress = exam.shadowRoot.querySelector('[part~="progress"]')?.textContent.trim().replace(/\s+/g, ' ') ?? '';
  return {
    toDom: inDom - t0,
    toFrame: frame.rafAt - t0,
    toPainted: frame.paintedAt - t0,
    frameNumber,
    progress,
    options: fieldset.querySelectorAll('input').length,
  };
}

/**
 * The Lit floor (floor-exam.js): 59 questions of the built-in bank given to a minimal element, then the same timing
 * as examStart(): click on "Start exam" → first fieldset in the DOM → the frame after it.
 */
async function floorStart(bankUrl, count = 59) {
  await customElements.whenDefined('floor-exam');
  const bank = await (await fetch(bankUrl)).json();
  const floor = document.querySelector('floor-exam');
  floor.questions = bank.questions.slice(0, count);
  const start = await poll(() => buttonNamed(floor.shadowRoot, 'Start exam'));
  await afterNextPaint();
  const t0 = performance.now();
  const counter = frameCounter();
  start.click();
  await whenInDom(floor.shadowRoot, () => floor.shadowRoot.querySelector('fieldset'));
  const inDom = performance.now();
  const frameNumber = counter.frames() + 1;
  counter.stop();
  const frame = await afterNextPaint();
  return { toDom: inDom - t0, toFrame: frame.rafAt - t0, toPainted: frame.paintedAt - t0, frameNumber, fieldsets: floor.shadowRoot.querySelectorAll('fieldset').length };
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

/** parseBank on a generated bank: the first call in a fresh page (cold) and then `warm` more calls. */
async function parse(parserUrl, bankUrl, warm = 5) {
  const { parseBank } = await import(parserUrl);
  const text = await (await fetch(bankUrl)).text();
  const runs = [];
  const jsonParse = [];
  let questions = 0;
  for (let i = 0; i <= warm; i += 1) {
    const j0 = performance.now();
    const input = JSON.parse(text); // a fresh object each time
    const j1 = performance.now();
    const result = parseBank(input);
    const t = performance.now() - j1;
    if (!result.ok) return { error: result.errors.slice(0, 3).map((e) => `${e.path}: ${e.message}`).join('; ') };
    questions = result.bank.questions.length;
    jsonParse.push(j1 - j0);
    runs.push(t);
  }
  return { cold: runs[0], warm: runs.slice(1), jsonParse, questions, bytes: text.length };
}

async function ready(tag) {
  const defined = await Promise.race([customElements.whenDefined(tag).then(() => true), new Promise((r) => setTimeout(() => r(false), 8000))]);
  return defined;
}

window.bench = { examStart, floorStart, armCheck, parse, ready };
