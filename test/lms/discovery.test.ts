import { expect } from '@open-wc/testing';
import { findApi } from '../../src/lms/discovery.js';
import { install, newLms12, newLms2004, recorded } from './scorm-runtime.js';

/** A same-origin frame (srcdoc documents share the parent's origin). */
async function frame(parent: Document = document): Promise<HTMLIFrameElement> {
  const iframe = parent.createElement('iframe');
  iframe.title = 'SCO';
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  iframe.srcdoc = '<!doctype html><title>SCO</title><p>content</p>';
  parent.body.append(iframe);
  await loaded;
  return iframe;
}

/** A stand-in window: `parent` is itself at the top, as in browsers. */
function fakeWindow(props: Record<string, unknown> = {}): Record<string, unknown> {
  const win: Record<string, unknown> = { opener: null, ...props };
  if (!('parent' in props)) win.parent = win;
  return win;
}

describe('findApi', () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => {
    cleanups.splice(0).forEach((c) => c());
    document.querySelectorAll('iframe').forEach((f) => f.remove());
  });

  it('finds nothing where no LMS is', () => {
    expect(findApi(window, 'auto')).to.equal(null);
    expect(findApi(window, 'scorm12')).to.equal(null);
  });

  it('finds SCORM 1.2 window.API', () => {
    cleanups.push(install(window, 'API', newLms12()));
    expect(findApi(window, 'auto')?.version).to.equal('scorm12');
    expect(findApi(window, 'scorm2004')).to.equal(null);
  });

  it('prefers SCORM 2004 API_1484_11 in auto mode; a version asks for that one', () => {
    cleanups.push(install(window, 'API', newLms12()), install(window, 'API_1484_11', newLms2004()));
    expect(findApi(window, 'auto')?.version).to.equal('scorm2004');
    expect(findApi(window, 'scorm12')?.version).to.equal('scorm12');
    expect(findApi(window, 'scorm2004')?.version).to.equal('scorm2004');
  });

  it('ignores a window.API that is not a SCORM runtime', () => {
    cleanups.push(install(window, 'API', { get: () => 'something else' }));
    expect(findApi(window, 'auto')).to.equal(null);
  });

  it('finds the API on the parent of a frame, and the adapter drives that runtime', async () => {
    const lms = newLms2004();
    cleanups.push(install(window, 'API_1484_11', lms));
    const sco = (await frame()).contentWindow!;
    expect((sco as unknown as Record<string, unknown>).API_1484_11).to.equal(undefined);
    const adapter = findApi(sco, 'auto')!;
    expect(adapter.version).to.equal('scorm2004');
    adapter.initialize();
    adapter.setSuspendData('from the frame');
    expect(recorded(lms).suspend_data).to.equal('from the frame');
  });

  it('climbs more than one level of frames', async () => {
    cleanups.push(install(window, 'API', newLms12()));
    const outer = await frame();
    const inner = await frame(outer.contentDocument!);
    expect(inner.contentWindow!.parent).to.equal(outer.contentWindow);
    expect(findApi(inner.contentWindow!, 'auto')?.version).to.equal('scorm12');
  });

  it('skips a frame of another origin on the way up', async () => {
    cleanups.push(install(window, 'API_1484_11', newLms2004()));
    const iframe = document.createElement('iframe');
    iframe.title = 'other origin';
    const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
    iframe.src = 'data:text/html,<p>other origin</p>';
    document.body.append(iframe);
    await loaded;
    const other = iframe.contentWindow!;
    expect(() => (other as unknown as Record<string, unknown>).API_1484_11).to.throw();
    expect(findApi(other, 'auto')?.version).to.equal('scorm2004');
  });

  it('finds the API through the opener of a popup', () => {
    cleanups.push(install(window, 'API', newLms12()));
    const popup = window.open('about:blank', '_blank');
    if (!popup) throw new Error('popups are blocked in this browser');
    try {
      expect(popup.opener).to.equal(window);
      expect(findApi(popup, 'auto')?.version).to.equal('scorm12');
    } finally {
      popup.close();
    }
  });

  it('follows the opener of the top window, and that opener’s parents', () => {
    const lmsTop = fakeWindow({ API_1484_11: newLms2004() });
    const lmsFrame = fakeWindow({ parent: lmsTop });
    const popupTop = fakeWindow({ opener: lmsFrame });
    const sco = fakeWindow({ parent: popupTop });
    expect(findApi(sco as unknown as Window, 'auto')?.version).to.equal('scorm2004');
  });

  it('guards windows whose properties throw (another origin)', () => {
    const top = fakeWindow({ API: newLms12() });
    const hostile = fakeWindow({ parent: top });
    for (const name of ['API', 'API_1484_11', 'opener']) {
      Object.defineProperty(hostile, name, {
        get() {
          throw new DOMException('Blocked a frame from accessing a cross-origin frame.', 'SecurityError');
        },
      });
    }
    const sco = fakeWindow({ parent: hostile });
    expect(findApi(sco as unknown as Window, 'auto')?.version).to.equal('scorm12');
  });

  it('gives up on a chain deeper than the standard bound, and on cycles', () => {
    const top = fakeWindow({ API: newLms12() });
    let win = top;
    for (let i = 0; i < 600; i++) win = fakeWindow({ parent: win });
    expect(findApi(win as unknown as Window, 'auto')).to.equal(null);

    const a = fakeWindow();
    const b = fakeWindow({ parent: a, opener: a });
    a.parent = b;
    a.opener = b;
    expect(findApi(a as unknown as Window, 'auto')).to.equal(null);
  });
});
