import { html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { percent } from './format';
import { controlStyles, figureTableStyles } from './shared-styles';
import type { PageTimings } from '../logic/frame';
import { type MessageKey } from '../i18n/i18n';
import type { Buckets, DecreeFigures, Figures, PerFrameFigures } from '../logic/aggregates';
import { MIN_CLASSIFIED_FOR_SHARE, type MaskedShare } from '../logic/wilson';
import './hc-chart';
import './hc-figure';
import type { FigureRank } from './hc-figure';
import './hc-opt-out';
import './hc-pipeline';
import { LocalizedElement } from './localized-element';
import { unknownReasonCounts } from './unknown-text';
import { hcCounterViewStyles } from './hc-counter-view.styles';

export const COUNTING_MODES = ['live', 'decree', 'per-frame'] as const;
export type CountingMode = (typeof COUNTING_MODES)[number];

export type ExportFormat = 'csv' | 'json';

const MODE_LABEL: Record<CountingMode, MessageKey> = { live: 'modeLive', decree: 'modeDecree', 'per-frame': 'modePerFrame' };
const MODE_HELP: Record<CountingMode, MessageKey> = {
  live: 'modeLiveHelp',
  decree: 'modeDecreeHelp',
  'per-frame': 'modePerFrameHelp',
};

/**
 * The Counter view: counts only. Figures come down as properties; the person's choices go up as events
 * (`hc-mode-change`, `hc-opt-out`, `hc-reset`, `hc-export`).
 */
@customElement('hc-counter-view')
export class HcCounterView extends LocalizedElement {
  static override styles = [figureTableStyles, controlStyles, hcCounterViewStyles];

  @property() mode: CountingMode = 'live';
  @property({ attribute: false }) figures?: Figures;
  @property({ attribute: false }) perFrame?: PerFrameFigures;
  @property({ attribute: false }) decree?: DecreeFigures;
  @property({ attribute: false }) buckets?: Buckets;
  /** Counting is possible (camera running and models loaded). */
  @property({ type: Boolean }) running = false;
  @property({ type: Boolean }) paused = false;
  /** The opt-out confirmation to show and announce, already worded; empty for none. */
  @property() confirmation = '';
  /** A warning about the head-shake reading (e.g. frame rate too low), already worded; empty for none. */
  @property() shakeWarning = '';
  @property({ type: Number }) pauseSeconds = 5;
  /** Stage timings of the latest frame, for the pipeline picture; absent when not counting. */
  @property({ attribute: false }) timings?: PageTimings;



  private figure(testId: string, label: MessageKey, value: number | undefined, rank: FigureRank = 'secondary') {
    return html`<hc-figure
      data-testid=${testId}
      rank=${rank}
      .label=${this.t(label)}
      .value=${value === undefined ? '–' : String(value)}
    ></hc-figure>`;
  }

  private share(share: MaskedShare | undefined) {
    if (!share) return nothing;
    if (share.share === null) {
      return html`<div class="share" data-testid="percent-masked" data-shown="false">
        <hc-figure rank="headline" .label=${this.t('percentMasked')} value="–"></hc-figure>
        <p class="why">${this.t('percentTooFew', { min: MIN_CLASSIFIED_FOR_SHARE, n: share.classified })}</p>
      </div>`;
    }
    return html`<div class="share" data-testid="percent-masked" data-shown="true">
      <hc-figure rank="headline" .label=${this.t('percentMasked')} .value=${`${percent(share.share)} %`}></hc-figure>
      <p class="interval">${this.t('percentInterval', { low: percent(share.interval.low), high: percent(share.interval.high) })}</p>
    </div>`;
  }

  private liveFigures() {
    const f = this.figures;
    return html`<section class="headline" aria-label=${this.t('headlineLabel')}>
        ${this.share(f?.percentMasked)} ${this.figure('passes', 'passes', f?.passes, 'primary')}
      </section>
      <div class="rest">
        ${this.figure('faces-in-view', 'facesInView', this.running ? f?.facesInView : undefined)}
        ${this.figure('with-mask', 'withMask', f?.withMask)} ${this.figure('without-mask', 'withoutMask', f?.withoutMask)}
        ${this.figure('mask-incorrect', 'maskIncorrect', f?.maskIncorrect)} ${this.figure('unknown', 'unknown', f?.unknown)}
        ${this.figure('opted-out', 'optedOut', f?.optedOut)}
      </div>
      ${this.unknownWhy(f)}`;
  }

  /** How many passes are unknown for each reason: "unknown" is an answer here, and it says why. */
  private unknownWhy(f: Figures | undefined) {
    const reasons = f ? unknownReasonCounts(f) : [];
    if (reasons.length === 0) return nothing;
    const list = reasons.map((r) => this.t('unknownReasonCount', { reason: this.t(r.text), n: r.n })).join(', ');
    return html`<p class="why" data-testid="unknown-why">${this.t('unknownWhy', { list })}</p>`;
  }

  private decreeFigures() {
    const d = this.decree;
    if (!d) return nothing;
    const time = (ms: number) => new Date(ms).toLocaleTimeString(this.locale, { hour: '2-digit', minute: '2-digit' });
    return html`<p>${this.t('decreeOpen', { start: time(d.openWindow.start), end: time(d.openWindow.end) })}</p>
      ${d.published.length === 0
        ? html`<p data-testid="decree-none">${this.t('decreeNone')}</p>`
        : html`<div class="table-scroll"><table>
            <thead>
              <tr>
                <th scope="col">${this.t('chartMinute')}</th>
                <th scope="col">${this.t('passes')}</th>
                <th scope="col">${this.t('withMask')}</th>
                <th scope="col">${this.t('withoutMask')}</th>
                <th scope="col">${this.t('maskIncorrect')}</th>
                <th scope="col">${this.t('optedOut')}</th>
                <th scope="col">${this.t('percentMasked')}</th>
              </tr>
            </thead>
            <tbody>
              ${d.published.map(
                (w) => html`<tr>
                  <th scope="row">${this.t('decreeWindow', { start: time(w.start), end: time(w.end) })}</th>
                  <td>${w.figures.passes}</td>
                  <td>${w.figures.withMask}</td>
                  <td>${w.figures.withoutMask}</td>
                  <td>${w.figures.maskIncorrect}</td>
                  <td>${w.figures.optedOut}</td>
                  <td>
                    ${w.figures.percentMasked.share === null
                      ? '–'
                      : `${percent(w.figures.percentMasked.share)} % (${percent(w.figures.percentMasked.interval.low)}–${percent(w.figures.percentMasked.interval.high)})`}
                  </td>
                </tr>`,
              )}
            </tbody>
          </table></div>`}`;
  }

  private perFrameView() {
    const p = this.perFrame;
    return html`<section class="headline" aria-label=${this.t('headlineLabel')}>
        ${this.share(p?.percentMasked)} ${this.figure('per-frame-faces', 'perFrameFaces', p?.faces, 'primary')}
      </section>
      ${p?.inflation ? html`<p class="why">${this.t('perFrameInflation', { ratio: p.inflation.toFixed(1) })}</p>` : nothing}
      <div class="rest">
        ${this.figure('passes', 'passes', this.figures?.passes)} ${this.figure('per-frame-frames', 'perFrameFrames', p?.frames)}
      </div>`;
  }

  override render() {
    return html`
      ${this.mode === 'live' ? this.liveFigures() : this.mode === 'decree' ? this.decreeFigures() : this.perFrameView()}
      <hc-opt-out
        .locale=${this.locale}
        ?running=${this.running}
        ?paused=${this.paused}
        .confirmation=${this.confirmation}
        .shakeWarning=${this.shakeWarning}
        .pauseSeconds=${this.pauseSeconds}
      ></hc-opt-out>
      <hc-pipeline .locale=${this.locale} .timings=${this.timings} .faces=${this.figures?.facesInView ?? 0}></hc-pipeline>
      <fieldset>
        <legend>${this.t('countingMode')}</legend>
        <div class="segments">
          ${COUNTING_MODES.map(
            (m) => html`<label class=${this.mode === m ? 'checked' : ''}
              ><input
                type="radio"
                name="mode"
                value=${m}
                .checked=${this.mode === m}
                @change=${() => this.emit<CountingMode>('hc-mode-change', m)}
              />
              ${this.t(MODE_LABEL[m])}</label
            >`,
          )}
        </div>
        <p class="small muted">${this.t(MODE_HELP[this.mode])}</p>
      </fieldset>
      <hc-chart .locale=${this.locale} .buckets=${this.buckets}></hc-chart>
      <div class="controls">
        <button data-testid="export-csv" @click=${() => this.emit<ExportFormat>('hc-export', 'csv')}>${this.t('exportCsv')}</button>
        <button data-testid="export-json" @click=${() => this.emit<ExportFormat>('hc-export', 'json')}>${this.t('exportJson')}</button>
        <button data-testid="reset" @click=${() => this.emit<null>('hc-reset', null)}>${this.t('reset')}</button>
      </div>
      <p class="small muted">${this.t('storedNote')}</p>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hc-counter-view': HcCounterView;
  }
  interface HTMLElementEventMap {
    'hc-mode-change': CustomEvent<CountingMode>;
    'hc-reset': CustomEvent<null>;
    'hc-export': CustomEvent<ExportFormat>;
  }
}
