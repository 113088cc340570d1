// Scripts a host page might already run before ml-quiz arrives.

// An AMD loader stub: bundles that sniff for `define.amd` would register themselves with it instead of running.
window.define = function define() {};
window.define.amd = { jQuery: true };
window.require = function require() {
  throw new Error('require is not available here');
};
window.module = undefined;
window.exports = undefined;

// Extended prototypes, enumerable (breaks code that walks arrays or objects with for…in).
Array.prototype.last = function last() {
  return this[this.length - 1];
};
String.prototype.capitalize = function capitalize() {
  return this.charAt(0).toUpperCase() + this.slice(1);
};

// A global named like things a library might use.
window.html = 'not lit';
window.css = 'not lit';
window.process = { env: { NODE_ENV: 'development' } };
window.litHtmlVersions = ['0.0.0-host'];

// A custom element of the host's own, defined before ours.
customElements.define(
  'site-banner',
  class extends HTMLElement {
    connectedCallback() {
      this.setAttribute('role', 'note');
    }
  },
);

// Marks that these scripts ran (the end-to-end check reads it).
window.hostScriptsRan = true;
