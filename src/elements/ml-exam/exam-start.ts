/** The start screen of `<ml-exam>`: what the attempt will be, the untimed choice, and "Start exam". */
import { html, nothing } from 'lit';
import type { Exam } from '../../bank/schema.js';
import type { BankMeta } from '../../engine/content.js';
import type { Labels } from '../../labels.js';

export interface StartViewOptions {
  uid: string;
  bank: BankMeta;
  exam: Exam;
  minutes: number;
  untimed: boolean;
  notice: string;
  label: (key: keyof Labels) => string;
  onUntimed: (untimed: boolean) => void;
  onStart: () => void;
}

export function startView(o: StartViewOptions) {
  const { bank, exam, label, uid } = o;
  return html`<section class="start" aria-labelledby="${uid}-title">
    <h2 id="${uid}-title" tabindex="-1">${exam.title}</h2>
    ${bank.notes ? html`<p class="muted">${bank.notes}</p>` : nothing}
    <dl class="facts">
      <div><dt>${label('questions')}</dt><dd>${exam.questionCount}</dd></div>
      <div><dt>${label('duration')}</dt><dd>${o.untimed ? '—' : `${o.minutes} ${label('minutes')}`}</dd></div>
      <div><dt>${label('passMark')}</dt><dd>${exam.passPercent}%</dd></div>
    </dl>
    <table class="weights">
      <caption class="visually-hidden">${label('domain')}</caption>
      <thead>
        <tr><th scope="col">${label('domain')}</th><th scope="col" class="num">%</th></tr>
      </thead>
      <tbody>
        ${bank.domains.map((d) => html`<tr><th scope="row">${d.title}</th><td class="num">${d.weight}%</td></tr>`)}
      </tbody>
    </table>
    <label class="untimed">
      <input type="checkbox" .checked=${o.untimed} @change=${(e: Event) => o.onUntimed((e.target as HTMLInputElement).checked)} />
      ${label('untimedPractice')}
    </label>
    ${o.notice ? html`<p class="notice" role="status">${o.notice}</p>` : nothing}
    <div class="actions">
      <button type="button" part="button" @click=${o.onStart}>${label('startExam')}</button>
    </div>
  </section>`;
}
