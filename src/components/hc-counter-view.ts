import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { figureTableStyles } from './shared-styles';
import { translate, type Locale, type MessageKey } from '../i18n/i18n';
import type { Buckets, DecreeFigures, Figures, PerFrameFigures } from '../logic/aggregates';
import { MIN_CLASSIFIED_FOR_SHARE, type MaskedShare } from '../logic/wilson';
import './hc-chart';
import './hc-figure';

export const COUNTING_MODES = ['live', 'decree', 'per-frame'] as const;
export type CountingMode = (typeof COUNTING_MODES)[number];

export type ExportFormat = 'csv' | 'json';

const MODE_LABEL: Record<CountingMode, MessageKey> = { live: 'modeLive', decree: 'modeDecree', 'per-frame': 'modePerFrame' };
const MODE_HELP: Record<CountingMode, MessageKey> = {
  live: 'modeLiveHelp',
  decree: 'modeDecreeHelp',
  'per-frame': 'modePerFrameHelp',
};

const percent = (v: number): string => String(Math.round(v * 100));

/**
 * The Counter view: counts only. Figures come down as properties; the person's choices go up as events
 * (`hc-mode-change`, `hc-opt-out`, `hc-reset`, `hc-export`).
 */
@customElement('hc-counter-view')
export class HcCounterView extends LitElement {
  static override styles = [
    figureTableStyles,
    css`
      :host {
        display: block;
      }
      .figures {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(10rem, 1fr));
        gap: 1rem;
        margin: 1rem 0;
      }
      .share {
        text-align: center;
        margin: 0.5rem 0 1rem;
      }
      .share .interval {
        font-size: 1.1em;
      }
      .why {
        max-width: 60ch;
        margin: 0.5rem auto;
      }
      .opt-out {
        display: flex;
        flex-direction: column;
        align-items: center;
        gap: 0.5rem;
        margin: 1.5rem 0;
      }
      .opt-out button {
        font-size: 1.5em;
        padding: 1rem 2rem;
        background: #6b0000;
        border-color: #6b0000;
        color: #fff;
      }
      .confirmation {
        min-height: 2.5em;
        font-size: 1.25em;
        font-weight: 700;
        text-align: center;
      }
      .confirmation p {
        margin: 0;
        padding: 0.5rem 1rem;
        border: 3px solid currentColor;
        border-radius: 0.5rem;
        color: #0a5c2b;
        background: #e6f4ea;
      }
      fieldset {
        border: 1px solid #767676;
        border-radius: 0.5rem;
        margin: 1rem 0;
      }
      .controls {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        margin: 1rem 0;
      }
      button {
        font: inherit;
        padding: 0.5rem 1rem;
        border-radius: 0.5rem;
        border: 2px solid #0b2a5b;
        background: #fff;
        color: #0b2a5b;
        cursor: pointer;
      }
      button:disabled {
        opacity: 0.55;
        cursor: not-allowed;
      }
      button:focus-visible,
      input:focus-visible {
        outline: 3px solid #b35c00;
        outline-offset: 2px;
      }
      .small {
        font-size: 0.9em;
      }
      .warning {
        color: #6b0000;
        font-weight: 700;
      }
    `,
  ];

  @property() locale: Locale = 'en';
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

  private t(key: MessageKey, params: Record<string, string | number> = {}): string {
    return translate(this.locale, key, params);
  }

  private emit<T>(name: string, detail: T): void {
    this.dispatchEvent(new CustomEvent<T>(name, { detail, bubbles: true, composed: true }));
  }

  private figure(testId: string, label: MessageKey, value: number | undefined) {
    return html`<hc-figure data-testid=${testId} .label=${this.t(label)} .value=${value === undefined ? '–' : String(value)}></hc-figure>`;
  }

  private share(share: MaskedShare | undefined) {
    if (!share) return nothing;
    if (share.share === null) {
      return html`<div class="share" data-testid="percent-masked" data-shown="false">
        <hc-figure .label=${this.t('percentMasked')} value="–"></hc-figure>
        <p class="why">${this.t('percentTooFew', { min: MIN_CLASSIFIED_FOR_SHARE, n: share.classified })}</p>
      </div>`;
    }
    return html`<div class="share" data-testid="percent-masked" data-shown="true">
      <hc-figure .label=${this.t('percentMasked')} .value=${`${percent(share.share)} %`}></hc-figure>
      <p class="interval">${this.t('percentInterval', { low: percent(share.interval.low), high: percent(share.interval.high) })}</p>
    </div>`;
  }

  private liveFigures() {
    const f = this.figures;
    return html`<div class="figures">
        ${this.figure('faces-in-view', 'facesInView', this.running ? f?.facesInView : undefined)}
        ${this.figure('passes', 'passes', f?.passes)} ${this.figure('with-mask', 'withMask', f?.withMask)}
        ${this.figure('without-mask', 'withoutMask', f?.withoutMask)}
        ${this.figure('mask-incorrect', 'maskIncorrect', f?.maskIncorrect)} ${this.figure('unknown', 'unknown', f?.unknown)}
        ${this.figure('opted-out', 'optedOut', f?.optedOut)}
      </div>
      ${this.share(f?.percentMasked)}`;
  }

  private decreeFigures() {
    const d = this.decree;
    if (!d) return nothing;
    const time = (ms: number) => new Date(ms).toLocaleTimeString(this.locale, { hour: '2-digit', minute: '2-digit' });
    return html`<p>${this.t('decreeOpen', { start: time(d.openWindow.start), end: time(d.openWindow.end) })}</p>
      ${d.published.length === 0
        ? html`<p data-testid="decree-none">${this.t('decreeNone')}</p>`
        : html`<table>
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
          </table>`}`;
  }

  private perFrameView() {
    const p = this.perFrame;
    return html`<div class="figures">
        ${this.figure('per-frame-faces', 'perFrameFaces', p?.faces)} ${this.figure('per-frame-frames', 'perFrameFrames', p?.frames)}
        ${this.figure('passes', 'passes', this.figures?.passes)}
      </div>
      ${p?.inflation ? html`<p class="why">${this.t('perFrameInflation', { ratio: p.inflation.toFixed(1) })}</p>` : nothing}
      ${this.share(p?.percentMasked)}`;
  }

  override render() {
    return html`
      <fieldset>
        <legend>${this.t('countingMode')}</legend>
        ${COUNTING_MODES.map(
          (m) => html`<label
            ><input
              type="radio"
              name="mode"
              value=${m}
              .checked=${this.mode === m}
              @change=${() => this.emit<CountingMode>('hc-mode-change', m)}
            />
            ${this.t(MODE_LABEL[m])}</label
          ><br />`,
        )}
        <p class="small">${this.t(MODE_HELP[this.mode])}</p>
      </fieldset>
      ${this.mode === 'live' ? this.liveFigures() : this.mode === 'decree' ? this.decreeFigures() : this.perFrameView()}
      <div class="opt-out">
        <button
          data-testid="dont-count-me"
          aria-keyshortcuts="N"
          ?disabled=${!this.running}
          @click=${() => this.emit<null>('hc-opt-out', null)}
        >
          ${this.t('dontCountMe')}
        </button>
        <p class="small">${this.t('dontCountMeHelp', { seconds: this.pauseSeconds })}</p>
        <div class="confirmation" role="status" aria-live="assertive" data-testid="opt-out-confirmation">
          ${this.confirmation ? html`<p>${this.confirmation}</p>` : nothing}
        </div>
        ${this.paused ? html`<p data-testid="paused">${this.t('paused')}</p>` : nothing}
        ${this.shakeWarning ? html`<p class="warning" data-testid="shake-warning">${this.shakeWarning}</p>` : nothing}
      </div>
      <hc-chart .locale=${this.locale} .buckets=${this.buckets}></hc-chart>
      <div class="controls">
        <button data-testid="export-csv" @click=${() => this.emit<ExportFormat>('hc-export', 'csv')}>${this.t('exportCsv')}</button>
        <button data-testid="export-json" @click=${() => this.emit<ExportFormat>('hc-export', 'json')}>${this.t('exportJson')}</button>
        <button data-testid="reset" @click=${() => this.emit<null>('hc-reset', null)}>${this.t('reset')}</button>
      </div>
      <p class="small">${this.t('storedNote')}</p>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hc-counter-view': HcCounterView;
  }
  interface HTMLElementEventMap {
    'hc-mode-change': CustomEvent<CountingMode>;
    'hc-opt-out': CustomEvent<null>;
    'hc-reset': CustomEvent<null>;
    'hc-export': CustomEvent<ExportFormat>;
  }
}
