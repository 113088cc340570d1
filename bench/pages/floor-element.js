/**
 * The floor for size ratios: a minimal Lit element (a property, styles, a template, an event handler), built by
 * bench/run.mjs exactly as dist/ml-quiz.js is (vite, minified ES2022, Lit bundled).
 */
import { LitElement, css, html } from 'lit';

class HelloCounter extends LitElement {
  static properties = { name: {}, count: { type: Number } };
  static styles = css`
    :host { display: block; font: 1rem system-ui, sans-serif; }
    button { font: inherit; }
  `;

  constructor() {
    super();
    this.name = 'world';
    this.count = 0;
  }

  render() {
    return html`<p>Hello, ${this.name}!</p>
      <button @click=${() => (this.count += 1)}>Clicked ${this.count} times</button>`;
  }
}

if (!customElements.get('hello-counter')) customElements.define('hello-counter', HelloCounter);
