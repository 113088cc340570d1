import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';
import type { BankIssue } from '../../bank/issues.js';
import { findExam } from '../../engine/exam.js';
import { type Readiness, type StandingTally, assessReadiness } from '../../engine/readiness.js';
import { readRecord } from '../../engine/record.js';
import { defaultLabels, format } from '../../labels.js';
import { errorPanel } from '../shared/error-panel.js';
import { MlElement } from '../shared/ml-element.js';
import { RecordElement } from '../shared/record-element.js';
import { progressStyles } from './ml-progress.styles.js';

/**
 * The readiness report from the learner's record (`ml-quiz:v1:<bankId>:record`): per domain and objective, answered /
 * total questions, share right with a 90% interval and when last seen; the estimated exam score with its interval against
 * the pass mark (or "Not enough answers yet" below 5 questions in each domain and 30 in all); the submitted exam
 * attempts; the objectives to study next; "Export progress", "Import progress" (merged, the same file twice adds
 * nothing) and "Print".
 *
 * @tagname ml-progress
 * @summary Estimated score with an interval, per-domain and per-objective standing, attempts, export, import, print.
 *
 * @event ml-record-import - A file was imported: `{ added, total }` (answers new to the record, answers in it).
 * @event ml-bank-error - The content cannot be used: `{ errors }`.
 *
 * @csspart base - The card.
 * @csspart readiness - "Estimated score 74% (66–81%)" or "Not enough answers yet".
 * @csspart chart - Share right by domain, against the pass mark (the domain table is its accessible alternative).
 * @csspart table - Each table.
 * @csspart results - The exam attempts.
 * @csspart button - Every button.
 * @csspart error - The error panel and the import error.
 */
export class MlProgress extends RecordElement {
  static override styles = [...MlElement.styles, progressStyles];
  static override defaultLabels = defaultLabels;

  /** The exam whose blueprint and pass mark the estimate uses (default the bank's first). */
  @property() exam?: string;

  /** @internal */
  @state() private importError = '';
  /** @internal */
  @state() private importStatus = '';
  private errors: BankIssue[] = [];

  protected override willUpdate(changed: PropertyValues<this>): void {
    const s = this.content.state;
    this.errors = s.status === 'error' ? s.errors : [];
    const bank = this.content.bank;
    if (bank && !this.errors.length) {
      const found = findExam(bank, this.exam);
      if (!found.ok) {
        this.errors = found.errors.map((e) => ({ ...e, path: 'exam' }));
        if (changed.has('exam') || changed.has('bank'))
          queueMicrotask(() => this.emit('ml-bank-error', { errors: this.errors }));
      }
    }
    this.learner.sync();
  }

  private exportRecord(): void {
    const bank = this.content.bank;
    if (!bank) return;
    const blob = new Blob([JSON.stringify(this.learner.record, null, 1)], { type: 'application/json' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = `ml-quiz-record-${bank.id}-${new Date(this.clock.now()).toISOString().slice(0, 10)}.json`;
    this.renderRoot.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  }

  private chooseFile(): void {
    this.renderRoot.querySelector<HTMLInputElement>('input.file')?.click();
  }

  private async onFile(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file) await this.importFile(file);
  }

  /** Reads a file and merges it into the record; anything else leaves the record unchanged and says why. */
  async importFile(file: Blob): Promise<void> {
    const bank = this.content.bank;
    if (!bank) return;
    this.importError = '';
    this.importStatus = '';
    let data: unknown;
    try {
      data = JSON.parse(await file.text());
    } catch {
      this.importError = 'expected a JSON file exported by "Export progress", found something else';
      return;
    }
    const read = readRecord(data, bank.id);
    if (!read.ok) {
      this.importError = read.problem;
      return;
    }
    if (read.dropped) {
      this.importError = `${read.problems.slice(0, 3).join('; ')}${read.dropped > 3 ? ` (and ${read.dropped - 3} more)` : ''}`;
      return;
    }
    const result = this.learner.merge(read.record);
    this.importStatus = format(this.label('importDone'), result);
    this.emit('ml-record-import', result);
  }

  protected override render() {
    return html`<div part="base" class="card">${this.renderBody()}</div>`;
  }

  private renderBody() {
    if (this.errors.length) return errorPanel(this.label('errorTitle'), this.errors);
    const bank = this.content.bank;
    if (!bank) return html`<p class="loading" role="status">${this.label('loading')}</p>`;
    const report = assessReadiness(bank, this.learner.record, this.clock.now(), this.exam);
    return html`<h2>${this.label('progressTitle')}</h2>
      ${this.renderReadiness(report)} ${this.renderChart(report)} ${this.renderTable(report)}
      <h3>${this.label('studyNext')}</h3>
      <ol>
        ${report.studyNext.map((o) => html`<li>${o.title} <span class="detail">(${o.id}; ${format(this.label('pointsToGain'), { points: o.gain.toFixed(1) })})</span></li>`)}
      </ol>
      ${this.renderAttempts(report)}
      <div class="actions">
        <button type="button" part="button" @click=${this.exportRecord}>${this.label('exportProgress')}</button>
        <button type="button" part="button" class="secondary" @click=${this.chooseFile}>${this.label('importProgress')}</button>
        <button type="button" part="button" class="secondary" @click=${() => window.print()}>${this.label('print')}</button>
        <input class="file" type="file" accept="application/json,.json" tabindex="-1" aria-hidden="true" @change=${this.onFile} />
      </div>
      ${
        this.importError
          ? html`<div role="alert" part="error">
            <strong>${this.label('importError')}</strong>: ${this.importError}
          </div>`
          : nothing
      }
      <p role="status" class="detail">${this.importStatus}</p>
      ${this.recordNotice()}`;
  }

  private renderReadiness(report: Readiness) {
    const estimate = report.estimate;
    if (!estimate) {
      const missing = report.domains.filter((d) => (report.needed.perDomain[d.id] ?? 0) > 0);
      const n = Math.max(
        report.needed.total,
        missing.reduce((sum, d) => sum + report.needed.perDomain[d.id]!, 0),
      );
      const detail = missing
        .map((d) => format(this.label('moreIn'), { n: report.needed.perDomain[d.id]!, domain: d.title }))
        .join(', ');
      return html`<p part="readiness">${this.label('notEnoughAnswers')}</p>
        <p class="detail">${format(this.label('notEnoughDetail'), { n, detail: detail || `${report.needed.total}` })}</p>`;
    }
    const round = (x: number) => Math.round(x);
    const verdict =
      estimate.low >= report.passPercent
        ? 'likelyPass'
        : estimate.high < report.passPercent
          ? 'likelyFail'
          : 'tooClose';
    return html`<p part="readiness">${format(this.label('estimatedScore'), { percent: round(estimate.percent), low: round(estimate.low), high: round(estimate.high) })}</p>
      <p class="detail">${format(this.label('readinessVerdict'), { pass: report.passPercent, verdict: this.label(verdict) })}</p>`;
  }

  private renderChart(report: Readiness) {
    return html`<div part="chart" aria-hidden="true" title=${this.label('chartCaption')}>
      ${report.domains.map(
        (d) => html`<div class="bar-row">
          <span>${d.title}</span>
          <span class="track">
            <span class="fill" style=${styleMap({ insetInlineEnd: `${100 - (d.percent ?? 0)}%` })}></span>
            ${d.interval ? html`<span class="range" style=${styleMap({ insetInlineStart: `${d.interval.low}%`, insetInlineEnd: `${100 - d.interval.high}%` })}></span>` : nothing}
            <span class="pass" style=${styleMap({ insetInlineStart: `${report.passPercent}%` })}></span>
          </span>
        </div>`,
      )}
    </div>`;
  }

  private cells(t: StandingTally) {
    const pct = (x: number) => `${Math.round(x)}%`;
    return html`<td class="num">${t.answered} / ${t.total}</td>
      <td class="num">${t.percent === null ? '—' : pct(t.percent)}</td>
      <td class="num">${t.interval ? `${pct(t.interval.low)}–${pct(t.interval.high)}` : '—'}</td>
      <td>${t.lastSeen === null ? this.label('never') : this.date(t.lastSeen)}</td>`;
  }

  private renderTable(report: Readiness) {
    // A named, focusable region: at phone width the table scrolls sideways, and keyboard users must reach it.
    return html`<div class="table-wrap" role="region" tabindex="0" aria-label=${this.label('chartCaption')}>
      <table part="table">
        <caption class="visually-hidden">${this.label('chartCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">${this.label('domain')} / ${this.label('objective')}</th>
            <th scope="col" class="num">${this.label('answeredOfTotal')}</th>
            <th scope="col" class="num">${this.label('shareRight')}</th>
            <th scope="col" class="num">${this.label('interval')}</th>
            <th scope="col">${this.label('lastSeen')}</th>
          </tr>
        </thead>
        <tbody>
          ${report.domains.map(
            (d) => html`<tr class="domain">
                <th scope="row">${d.title} (${d.weight}%)</th>
                ${this.cells(d)}
              </tr>
              ${report.objectives
                .filter((o) => o.domain === d.id)
                .map((o) => html`<tr class="objective"><th scope="row">${o.title}</th>${this.cells(o)}</tr>`)}`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  private renderAttempts(report: Readiness) {
    return html`<h3>${this.label('examAttempts')}</h3>
      ${
        report.attempts.length
          ? html`<div class="table-wrap" part="results" role="region" tabindex="0" aria-label=${this.label('examAttempts')}>
            <table part="table">
              <thead>
                <tr>
                  <th scope="col">${this.label('date')}</th>
                  <th scope="col" class="num">${this.label('shareRight')}</th>
                  <th scope="col">${this.label('passMark')} ${report.passPercent}%</th>
                </tr>
              </thead>
              <tbody>
                ${report.attempts.map(
                  (a) => html`<tr>
                    <td>${this.date(a.t)}</td>
                    <td class="num">${a.percent.toFixed(1)}% (${a.correct} / ${a.total})</td>
                    <td>${a.passed ? `✓ ${this.label('passed')}` : `✗ ${this.label('failed')}`}</td>
                  </tr>`,
                )}
              </tbody>
            </table>
          </div>`
          : html`<p class="detail">${this.label('noAttempts')}</p>`
      }`;
  }

  private date(time: number): string {
    return new Date(time).toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ml-progress': MlProgress;
  }
}
