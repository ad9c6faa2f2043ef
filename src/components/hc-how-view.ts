import { css, html, nothing, svg } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { type MessageKey } from '../i18n/i18n';
import type { TrackView } from '../logic/counting-session';
import type { ShakeStatus } from '../logic/shake';
import { percent } from './format';
import { controlStyles, figureTableStyles } from './shared-styles';
import { UNKNOWN_REASON_TEXT } from './unknown-text';
import type { PageTimings } from './hc-pipeline';
import { LocalizedElement } from './localized-element';
import type { ComparisonState } from '../controllers/pipeline-controller';
import { tallyShare, type DetectorTally } from '../logic/detector-comparison';
import type { ClassifiedFace } from '../logic/frame';
import { DETECTOR_NAMES, type DetectorName } from '../ml/pipeline-types';

/** What the comparison shows of each detector: its faces on the latest frame, and its tally since opened. */
export interface DetectorView {
  faces: ClassifiedFace[];
  tally: DetectorTally;
}

const DETECTOR_LABEL: Record<DetectorName, MessageKey> = { yunet: 'compareLegendYunet', blazeface: 'compareLegendBlazeface' };

const SHAKE_STATUS: Record<ShakeStatus, MessageKey> = {
  'warming-up': 'shakeWarmingUp',
  reading: 'shakeReading',
  'too-slow': 'shakeTooSlowShort',
  'too-small': 'shakeTooSmall',
  cooldown: 'shakeCooldown',
};

const LABEL: Record<TrackView['mask'], MessageKey> = {
  with_mask: 'withMask',
  without_mask: 'withoutMask',
  mask_incorrect: 'maskIncorrect',
  unknown: 'labelUnknown',
};
/** One frame's label: the same, except that a face the classifier is not sure of is "unsure", not "not decided". */
const FRAME_LABEL: Record<TrackView['mask'], MessageKey> = { ...LABEL, unknown: 'faceUnsure' };

/** Degrees shown above and below zero on a yaw trace. */
const TRACE_RANGE_DEG = 40;
const TRACE_W = 300;
const TRACE_H = 90;

/**
 * "How it works": what the machine computes from a frame, drawn as geometry only — a rounded shape per face,
 * its five keypoints, its track number and its class as a text label, the yaw trace the head-shake reading
 * uses with its thresholds, and the time each stage took. No pixel of the frame is ever drawn.
 */
@customElement('hc-how-view')
export class HcHowView extends LocalizedElement {
  static override styles = [
    controlStyles,
    figureTableStyles,
    css`
      :host {
        display: block;
      }
      .scene {
        width: 100%;
        max-width: 40rem;
        background: var(--hc-surface);
        border: 1px solid var(--hc-line);
      }
      .face {
        fill: none;
        stroke: var(--hc-accent);
        stroke-width: 3;
      }
      .face.opted-out {
        stroke: var(--hc-alert);
        stroke-dasharray: 8 6;
      }
      .point {
        fill: var(--hc-highlight);
      }
      .label {
        font-size: 18px;
        fill: var(--hc-ink);
      }
      /* A whole number of pixels high whatever the tracks in view (none, one, a room): the sections below never
         move by a fraction of a pixel, which would redraw their text differently from one frame to the next. More
         traces than fit scroll inside. */
      .traces {
        display: flex;
        flex-wrap: wrap;
        align-content: flex-start;
        gap: var(--hc-space-3);
        height: 18rem;
        overflow-y: auto;
      }
      /* Fixed sizes: numbers and statuses change every frame, the layout must not jump. */
      .trace {
        width: 20rem;
        max-width: 100%;
        margin: 0;
      }
      .trace svg {
        width: 20rem;
        max-width: 100%;
        background: var(--hc-bg);
        border: 1px solid var(--hc-line);
      }
      .trace .line {
        fill: none;
        stroke: var(--hc-accent);
        stroke-width: 2;
      }
      .trace .threshold {
        stroke: var(--hc-alert);
        stroke-dasharray: 4 4;
      }
      .trace .fast {
        stroke: var(--hc-alert);
        stroke-dasharray: 1 5;
      }
      .trace .zero {
        stroke: var(--hc-muted);
      }
      .trace .band {
        fill: var(--hc-surface);
      }
      table {
        width: 28rem;
        max-width: 100%;
      }
      td,
      th {
        text-align: start;
      }
      td.ms {
        text-align: end;
        font-variant-numeric: tabular-nums;
      }
      /* Two detectors, told apart by line style as well as colour (and named in the table beside). */
      .face.yunet {
        stroke: var(--hc-accent);
      }
      .face.blazeface {
        stroke: var(--hc-highlight);
        stroke-dasharray: 10 6;
      }
      .point.blazeface {
        fill: var(--hc-accent);
      }
      .compare table {
        width: 40rem;
      }
      .swatch {
        display: inline-block;
        width: 1.5em;
        height: 0;
        margin-inline-end: 0.4em;
        vertical-align: middle;
        border-top: 3px solid var(--hc-accent);
      }
      .swatch.blazeface {
        border-top: 3px dashed var(--hc-highlight);
      }
    `,
  ];

  @property({ type: Number }) frameWidth = 0;
  @property({ type: Number }) frameHeight = 0;
  @property({ attribute: false }) tracks: TrackView[] = [];
  @property({ attribute: false }) timings?: PageTimings;
  /** The detector comparison: its state, why it failed, and each detector's view (while it runs). */
  @property() comparison: ComparisonState = 'off';
  @property() comparisonError = '';
  @property({ attribute: false }) detectors?: Record<DetectorName, DetectorView>;


  private scene() {
    const w = this.frameWidth;
    const h = this.frameHeight;
    return html`<svg class="scene" data-testid="how-scene" viewBox="0 0 ${w} ${h}" role="img" aria-label=${this.t('howIntro')}>
      ${this.tracks.map((track) => {
        const { x, y, w: bw, h: bh } = track.box;
        const why = track.unknownReason ? ` (${this.t(UNKNOWN_REASON_TEXT[track.unknownReason])})` : '';
        const label = `${this.t('howTrack', { id: track.id })} · ${track.optedOut ? this.t('optedOutShort') : `${this.t(LABEL[track.mask])}${why}`}`;
        const frame = track.frame && !track.optedOut
          ? this.t('howFrame', { label: this.t(FRAME_LABEL[track.frame.label]), score: percent(track.frame.score ?? 1) })
          : null;
        return svg`<g data-track=${track.id}>
          <rect class="face ${track.optedOut ? 'opted-out' : ''}" x=${x} y=${y} width=${bw} height=${bh} rx=${bw * 0.35}></rect>
          ${track.keypoints.map(([px, py]) => svg`<circle class="point" cx=${px} cy=${py} r=${Math.max(2, bw / 40)}></circle>`)}
          <text class="label" x=${x} y=${Math.max(18, y - 6)}>${label}</text>
          ${frame ? svg`<text class="label" data-frame-label=${track.frame?.label ?? ''} x=${x} y=${Math.min(h - 4, y + bh + 18)}>${frame}</text>` : nothing}
        </g>`;
      })}
    </svg>`;
  }

  private trace(track: TrackView) {
    const shake = track.shake;
    if (!shake || shake.trace.length < 2) return nothing;
    const end = shake.trace[shake.trace.length - 1].t;
    const span = Math.max(shake.traceMs, 1);
    const toX = (t: number) => TRACE_W - ((end - t) / span) * TRACE_W;
    const toY = (deg: number) => TRACE_H / 2 - (Math.max(-TRACE_RANGE_DEG, Math.min(TRACE_RANGE_DEG, deg)) / TRACE_RANGE_DEG) * (TRACE_H / 2);
    const points = shake.trace
      .filter((s) => s.t >= end - span)
      .map((s) => `${toX(s.t).toFixed(1)},${toY(s.yaw).toFixed(1)}`)
      .join(' ');
    return html`<figure class="trace" data-testid="yaw-trace" data-track=${track.id}>
      <svg viewBox="0 0 ${TRACE_W} ${TRACE_H}" role="img" aria-label=${this.t('yawTrace', { id: track.id })}>
        <rect class="band" data-testid="yaw-band" x="0" width=${TRACE_W} y=${toY(shake.threshold)} height=${toY(-shake.threshold) - toY(shake.threshold)}></rect>
        <line class="zero" x1="0" x2=${TRACE_W} y1=${toY(0)} y2=${toY(0)}></line>
        <line class="threshold" x1="0" x2=${TRACE_W} y1=${toY(shake.threshold)} y2=${toY(shake.threshold)}></line>
        <line class="threshold" x1="0" x2=${TRACE_W} y1=${toY(-shake.threshold)} y2=${toY(-shake.threshold)}></line>
        <line class="fast" x1="0" x2=${TRACE_W} y1=${toY(shake.fastSwingDeg)} y2=${toY(shake.fastSwingDeg)}></line>
        <line class="fast" x1="0" x2=${TRACE_W} y1=${toY(-shake.fastSwingDeg)} y2=${toY(-shake.fastSwingDeg)}></line>
        <polyline class="line" points=${points}></polyline>
      </svg>
      <figcaption>
        ${this.t('yawTrace', { id: track.id })}. ${this.t('yawThreshold', { deg: shake.threshold, fastDeg: shake.fastSwingDeg, fastSeconds: (shake.fastSwingMs / 1000).toLocaleString(this.locale) })}.
        ${this.t('shakeStatus', { status: this.t(SHAKE_STATUS[shake.status]) })}
      </figcaption>
    </figure>`;
  }

  private latency() {
    const timings = this.timings;
    if (!timings) return nothing;
    const rows: [MessageKey, number][] = [
      ['stagePreprocess', timings.preprocessMs],
      ['stageDetect', timings.detectMs],
      ['stageClassify', timings.classifyMs],
      ['stageTrack', timings.trackMs],
    ];
    return html`<h3>${this.t('howLatency')}</h3>
      <table data-testid="how-latency">
        <tbody>
          ${rows.map(
            ([key, ms]) => html`<tr>
              <th scope="row">${this.t(key)}</th>
              <td class="ms">${this.t('stageMs', { ms: ms.toFixed(1) })}</td>
            </tr>`,
          )}
        </tbody>
      </table>`;
  }

  private toggleComparison(): void {
    const open = this.comparison === 'off' || this.comparison === 'error';
    this.emit<boolean>('hc-compare', open);
  }

  /** Both detectors' faces on the latest frame, as geometry only: solid for YuNet, dashed for BlazeFace. */
  private compareScene(detectors: Record<DetectorName, DetectorView>) {
    const w = this.frameWidth;
    const h = this.frameHeight;
    const label = this.t('compareScene', { yunet: detectors.yunet.faces.length, blazeface: detectors.blazeface.faces.length });
    return html`<svg class="scene" data-testid="compare-scene" viewBox="0 0 ${w} ${h}" role="img" aria-label=${label}>
      ${DETECTOR_NAMES.map((name) =>
        detectors[name].faces.map(({ box, keypoints }) => svg`<g data-detector=${name}>
          <rect class="face ${name}" x=${box.x} y=${box.y} width=${box.w} height=${box.h} rx=${box.w * 0.35}></rect>
          ${keypoints.slice(0, 3).map(([px, py]) => svg`<circle class="point ${name}" cx=${px} cy=${py} r=${Math.max(2, box.w / 40)}></circle>`)}
        </g>`),
      )}
    </svg>`;
  }

  private shareText(tally: DetectorTally): string {
    const share = tallyShare(tally);
    if (share.share === null) return this.t('compareTooFew');
    return this.t('compareShareValue', { percent: percent(share.share), low: percent(share.interval.low), high: percent(share.interval.high) });
  }

  private comparisonSection() {
    const on = this.comparison === 'on' || this.comparison === 'loading';
    const detectors = this.comparison === 'on' ? this.detectors : undefined;
    const frames = detectors?.yunet.tally.frames ?? 0;
    return html`<section class="compare" data-testid="compare">
      <h3>${this.t('compareTitle')}</h3>
      <p>${this.t('compareIntro')}</p>
      <button data-testid="compare-toggle" aria-pressed=${on ? 'true' : 'false'} @click=${this.toggleComparison}>${this.t('compareOpen')}</button>
      <p role="status" data-testid="compare-status">
        ${this.comparison === 'loading' ? this.t('compareLoading') : nothing}
        ${this.comparison === 'error' ? this.t('compareError', { detail: this.comparisonError }) : nothing}
      </p>
      ${detectors && this.frameWidth && this.frameHeight
        ? html`${this.compareScene(detectors)}
            <table data-testid="compare-table">
              <thead>
                <tr>
                  <th scope="col">${this.t('compareDetector')}</th>
                  <th scope="col">${this.t('compareFacesNow')}</th>
                  <th scope="col">${this.t('compareSightings', { frames })}</th>
                  <th scope="col">${this.t('compareShare')}</th>
                </tr>
              </thead>
              <tbody>
                ${DETECTOR_NAMES.map(
                  (name) => html`<tr data-detector=${name}>
                    <th scope="row"><span class="swatch ${name}" aria-hidden="true"></span>${this.t(DETECTOR_LABEL[name])}</th>
                    <td class="ms" data-testid=${`compare-faces-${name}`}>${detectors[name].faces.length}</td>
                    <td class="ms">${detectors[name].tally.faces}</td>
                    <td data-testid=${`compare-share-${name}`}>${this.shareText(detectors[name].tally)}</td>
                  </tr>`,
                )}
              </tbody>
            </table>
            <p>${this.t('compareNote')}</p>`
        : nothing}
    </section>`;
  }

  override render() {
    if (!this.frameWidth || !this.frameHeight) {
      return html`<p>${this.t('howIntro')}</p><p>${this.t('howNoFrame')}</p>${this.comparisonSection()}`;
    }
    return html`<p>${this.t('howIntro')}</p>
      ${this.scene()}
      <div class="traces" role="region" tabindex="0" aria-label=${this.t('yawTraces')}>${this.tracks.map((track) => this.trace(track))}</div>
      ${this.latency()}
      ${this.comparisonSection()}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hc-how-view': HcHowView;
  }
  interface HTMLElementEventMap {
    /** true: open the detector comparison; false: close it. */
    'hc-compare': CustomEvent<boolean>;
  }
}
