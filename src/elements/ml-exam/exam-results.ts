/** The results screen of `<ml-exam>`: verdict, figures, per-domain chart and table, weakest objectives, actions. */
import { html, nothing, svg } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { BankMeta } from '../../engine/content.js';
import { durationParts } from '../../engine/deadline.js';
import type { ExamState } from '../../engine/exam-state.js';
import { type ExamResults, secondsUsed } from '../../engine/results.js';
import { ownValue } from '../../engine/records.js';
import { type Labels, format } from '../../labels.js';

export interface ResultsViewOptions {
  uid: string;
  bank: BankMeta;
  attempt: ExamState;
  results: ExamResults;
  label: (key: keyof Labels) => string;
  /** The practice deck's state: the toggle's `aria-expanded`, and the deck itself when open. */
  practising: boolean;
  /** What the practice deck (an `<ml-quiz>` of the missed questions) is given. */
  deck: { bank: unknown; theme?: string; labels: Partial<Labels>; record: 'on' | 'off' };
  /** Notices about the result: questions dropped on resume, not recorded by the LMS, not saved in this browser. */
  notices: string[];
  /** The progress view's URL: "See your progress" links there (no link without it). */
  progressHref?: string;
  onReview: () => void;
  onTogglePractice: () => void;
  onNewAttempt: () => void;
}

export function resultsView(o: ResultsViewOptions) {
  const { bank, attempt, results, label, uid } = o;
  const used = secondsUsed(attempt);
  const missed = results.questions.some((q) => !q.correct);
  const domains = bank.domains.filter((d) => ownValue(results.byDomain, d.id));
  const objectiveTitle = new Map(bank.objectives.map((obj) => [obj.id, obj.title]));
  return html`<section class="results" part="results" aria-labelledby="${uid}-results">
    <h2 id="${uid}-results" tabindex="-1">${label('results')}</h2>
    <p class="headline">
      <strong part="verdict" class=${results.passed ? 'pass' : 'fail'}>${label(results.passed ? 'passed' : 'failed')}</strong>
      <span class="percent">${results.percent.toFixed(1)}%</span>
      <span class="muted">${format(label('score'), { correct: results.correct, total: results.total })}</span>
    </p>
    ${o.notices.filter(Boolean).map((notice) => html`<p class="notice" role="status">${notice}</p>`)}
    <dl class="facts">
      <div><dt>${label('passMark')}</dt><dd>${results.passPercent}%</dd></div>
      <div><dt>${label('timeUsed')}</dt><dd>${timeUsed(used, label)}</dd></div>
      <div><dt>${label('unanswered')}</dt><dd>${results.unanswered}</dd></div>
    </dl>
    <h3>${label('byDomain')}</h3>
    ${chart(domains, results, label)}
    <table class="domains" aria-describedby="${uid}-range-note">
      <caption class="visually-hidden">${label('byDomain')}</caption>
      <thead>
        <tr>
          <th scope="col">${label('domain')}</th>
          <th scope="col" class="num">${label('correct')}</th>
          <th scope="col" class="num">%</th>
          <th scope="col" class="num">${label('likelyRange')}</th>
        </tr>
      </thead>
      <tbody>
        ${domains.map((d) => {
          const s = ownValue(results.byDomain, d.id)!;
          const ci = ownValue(results.domainIntervals, d.id)!;
          return html`<tr>
            <th scope="row">${d.title}</th>
            <td class="num">${s.correct} / ${s.total}</td>
            <td class="num">${s.percent.toFixed(1)}%</td>
            <td class="num">${ci.low.toFixed(0)}–${ci.high.toFixed(0)}%</td>
          </tr>`;
        })}
      </tbody>
    </table>
    <p class="note muted" id="${uid}-range-note">${label('likelyRangeNote')}</p>
    ${
      results.weakestObjectives.length
        ? html`<h3>${label('weakestObjectives')}</h3>
          <ol class="weakest">
            ${results.weakestObjectives
              .slice(0, 5)
              .map(
                (w) =>
                  html`<li><span class="objective">${objectiveTitle.get(w.objective) ?? w.objective}</span> <span class="muted">(${w.objective}: ${w.correct} / ${w.total})</span></li>`,
              )}
          </ol>`
        : nothing
    }
    <div class="actions">
      <button type="button" part="button" @click=${o.onReview}>${label('reviewAnswers')}</button>
      ${
        missed
          ? html`<button type="button" part="button" class="secondary" aria-expanded=${o.practising ? 'true' : 'false'} @click=${o.onTogglePractice}>
            ${label('practiceMissed')}
          </button>`
          : nothing
      }
      <button type="button" part="button" class="secondary" @click=${o.onNewAttempt}>${label('newAttempt')}</button>
      ${o.progressHref ? html`<a class="button secondary progress-link" part="button" href=${o.progressHref}>${label('seeProgress')}</a>` : nothing}
    </div>
    ${
      o.practising && missed
        ? html`<ml-quiz
          class="practice"
          .bank=${o.deck.bank}
          questions=${results.questions
            .filter((q) => !q.correct)
            .map((q) => q.questionId)
            .join(' ')}
          theme=${ifDefined(o.deck.theme)}
          record=${o.deck.record}
          .labels=${o.deck.labels}
        ></ml-quiz>`
        : nothing
    }
  </section>`;
}

/** Bars per domain with their 90% intervals and the pass mark; the table after it carries the same figures. */
function chart(domains: BankMeta['domains'], results: ExamResults, label: (key: keyof Labels) => string) {
  const rowHeight = 34;
  const height = domains.length * rowHeight + 22;
  const x = (percent: number) => `${percent}%`;
  return html`<figure class="chart" part="chart" aria-hidden="true">
    <svg width="100%" height=${height} role="presentation" focusable="false">
      ${domains.map((d, i) => {
        const s = ownValue(results.byDomain, d.id)!;
        const ci = ownValue(results.domainIntervals, d.id)!;
        const y = i * rowHeight + 4;
        return svg`
          <text x="0" y=${y + 10} class="label">${d.title}</text>
          <rect x="0" y=${y + 15} width="100%" height="12" rx="3" class="track"></rect>
          <rect x="0" y=${y + 15} width=${x(s.percent)} height="12" rx="3" class=${s.percent >= results.passPercent ? 'bar pass' : 'bar fail'}></rect>
          <line x1=${x(ci.low)} x2=${x(ci.high)} y1=${y + 21} y2=${y + 21} class="ci"></line>
          <line x1=${x(ci.low)} x2=${x(ci.low)} y1=${y + 16} y2=${y + 26} class="ci"></line>
          <line x1=${x(ci.high)} x2=${x(ci.high)} y1=${y + 16} y2=${y + 26} class="ci"></line>`;
      })}
      <line x1=${x(results.passPercent)} x2=${x(results.passPercent)} y1="0" y2=${height - 14} class="passline"></line>
      <text x=${x(results.passPercent)} y=${height - 2} class="passlabel" text-anchor="middle">${label('passMark')} ${results.passPercent}%</text>
    </svg>
  </figure>`;
}

/** Time used in an unambiguous form: "4 s", "12 min 05 s", "1 h 05 min". */
export function timeUsed(seconds: number, label: (key: keyof Labels) => string): string {
  const { h, m, s } = durationParts(seconds);
  const two = (n: number) => String(n).padStart(2, '0');
  if (h > 0) return format(label('durationHours'), { h, mm: two(m) });
  if (m > 0) return format(label('durationMinutes'), { m, ss: two(s) });
  return format(label('durationSeconds'), { s });
}
