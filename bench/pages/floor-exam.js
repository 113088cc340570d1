/**
 * The floor for the exam's first render: the least a Lit element can do to put 59 questions on screen (a fieldset per
 * question, a radio or checkbox per option, no styles beyond the minimum, no state). bench/run.mjs builds it the way
 * dist/ml-quiz.js is built and times "Start" → first question painted, as for <ml-exam>.
 */
import { LitElement, css, html } from 'lit';

class FloorExam extends LitElement {
  static properties = { questions: { attribute: false }, started: { state: true } };
  static styles = css`
    :host { display: block; font: 1rem system-ui, sans-serif; }
    fieldset { margin: 0 0 1rem; }
    label { display: block; }
  `;

  constructor() {
    super();
    this.questions = [];
    this.started = false;
  }

  render() {
    if (!this.started) return html`<button @click=${() => (this.started = true)}>Start exam</button>`;
    return this.questions.map(
      (q, i) => html`<fieldset part="question">
        <legend>${i + 1}. ${q.stem}</legend>
        ${q.options.map(
          (o) =>
            html`<label><input type=${q.type === 'multiple' ? 'checkbox' : 'radio'} name=${q.id} value=${o.id} /> ${o.text}</label>`,
        )}
      </fieldset>`,
    );
  }
}

if (!customElements.get('floor-exam')) customElements.define('floor-exam', FloorExam);
