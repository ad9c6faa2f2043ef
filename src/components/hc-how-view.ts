import { html, nothing, svg } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { type MessageKey } from '../i18n/i18n';
import type { TrackView } from '../logic/counting-session';
import { SHAKE_PARAMS, type ShakeStatus } from '../logic/shake';
import { percent } from './format';
import { controlStyles, figureTableStyles } from './shared-styles';
import { UNKNOWN_REASON_TEXT } from './unknown-text';
import type { PageTimings } from '../logic/frame';
import { LocalizedElement } from './localized-element';
import type { ComparisonState } from '../controllers/pipeline-controller';
import { tallyShare, type DetectorTally, type DetectorView } from '../logic/detector-comparison';
import { placeLabels } from '../logic/label-layout';
import { DETECTOR_NAMES, type DetectorName } from '../ml/pipeline-types';
import { hcHowViewStyles } from './hc-how-view.styles';


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

/** The scene's labels are 18 units high (hc-how-view.styles.ts): a line's height, its baseline, and an average character's width. */
const LABEL_LINE_HEIGHT = 22;
const LABEL_BASELINE = 17;
const LABEL_CHAR_WIDTH = 10;

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
  static override styles = [controlStyles, figureTableStyles, hcHowViewStyles];

  @property({ type: Number }) frameWidth = 0;
  @property({ type: Number }) frameHeight = 0;
  @property({ attribute: false }) tracks: TrackView[] = [];
  @property({ attribute: false }) timings?: PageTimings;
  /** The detector comparison: its state, why it failed, and each detector's view (while it runs). */
  @property() comparison: ComparisonState = 'off';
  @property() comparisonError = '';
  @property({ attribute: false }) detectors?: Record<DetectorName, DetectorView>;


  /** The pass's vote as the scene shows it, or "opted out". */
  private voteText(track: TrackView): string {
    return track.optedOut ? this.t('optedOutShort') : this.t(LABEL[track.mask]);
  }

  private scene() {
    const w = this.frameWidth;
    const h = this.frameHeight;
    // Short labels in the picture (number and vote); the details are in the table below it.
    const labels = this.tracks.map((track) => `${track.id} · ${this.voteText(track)}`);
    const places = placeLabels(
      this.tracks.map((track, i) => ({ face: track.box, width: labels[i].length * LABEL_CHAR_WIDTH, height: LABEL_LINE_HEIGHT })),
      w,
      h,
    );
    return html`<svg class="scene" data-testid="how-scene" viewBox="0 0 ${w} ${h}" role="img" aria-label=${this.t('howIntro')}>
      ${this.tracks.map((track, i) => {
        const { x, y, w: bw, h: bh } = track.box;
        const at = places[i];
        return svg`<g data-track=${track.id}>
          <rect class="face ${track.optedOut ? 'opted-out' : ''}" x=${x} y=${y} width=${bw} height=${bh} rx=${bw * 0.35}></rect>
          ${track.keypoints.map(([px, py]) => svg`<circle class="point" cx=${px} cy=${py} r=${Math.max(2, bw / 40)}></circle>`)}
          ${at.leader ? svg`<line class="leader" x1=${at.leader.x1} y1=${at.leader.y1} x2=${at.leader.x2} y2=${at.leader.y2}></line>` : nothing}
          <text class="label" x=${at.x} y=${at.y + LABEL_BASELINE}>${labels[i]}</text>
        </g>`;
      })}
    </svg>`;
  }

  /**
   * Each track in view, in words: its pass's vote (and why it is not decided yet) and this frame's label. A box of
   * fixed height that scrolls inside, like the traces: a room of faces does not push the sections below down.
   */
  private trackTable() {
    return html`<div class="tracks" role="region" tabindex="0" aria-label=${this.t('howTracks')}>
      <table data-testid="how-tracks">
        <thead>
          <tr>
            <th scope="col">${this.t('howTrackColumn')}</th>
            <th scope="col">${this.t('howVoteColumn')}</th>
            <th scope="col">${this.t('howFrameColumn')}</th>
          </tr>
        </thead>
        <tbody>
          ${this.tracks.map((track) => {
            const why = !track.optedOut && track.unknownReason ? ` (${this.t(UNKNOWN_REASON_TEXT[track.unknownReason])})` : '';
            const frame = track.frame && !track.optedOut
              ? this.t('howFrame', { label: this.t(FRAME_LABEL[track.frame.label]), score: percent(track.frame.score ?? 1) })
              : '–';
            return html`<tr data-track=${track.id}>
              <th scope="row">${track.id}</th>
              <td>${this.voteText(track)}${why}</td>
              <td data-frame-label=${(!track.optedOut && track.frame?.label) || ''}>${frame}</td>
            </tr>`;
          })}
        </tbody>
      </table>
    </div>`;
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
      <figcaption>${this.t('howTrack', { id: track.id })} · ${this.t('shakeStatus', { status: this.t(SHAKE_STATUS[shake.status]) })}</figcaption>
    </figure>`;
  }

  /** What every yaw trace draws, said once above them (the page's thresholds are the same for every track). */
  private tracesCaption() {
    const fastSeconds = (SHAKE_PARAMS.fastSwingMs / 1000).toLocaleString(this.locale);
    return html`<p class="traces-caption" data-testid="yaw-caption">
      ${this.t('yawThreshold', { deg: SHAKE_PARAMS.threshold, fastDeg: SHAKE_PARAMS.fastSwingDeg, fastSeconds })}.
    </p>`;
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
      <table class="latency" data-testid="how-latency">
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
      ${this.scene()} ${this.trackTable()}
      <div class="traces" role="region" tabindex="0" aria-label=${this.t('yawTraces')}>
        ${this.tracesCaption()}${this.tracks.map((track) => this.trace(track))}
      </div>
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
