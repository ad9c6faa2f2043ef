import { html, nothing, svg, type SVGTemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { type MessageKey } from '../i18n/i18n';
import type { PageTimings } from '../logic/frame';
import { LocalizedElement } from './localized-element';
import { hcPipelineStyles } from './hc-pipeline.styles';

/** Stage timings of the latest frame, plus the page-side tracking and head-shake step. */

interface Stage {
  id: 'camera' | 'geometry' | 'numbers';
  title: MessageKey;
  what: MessageKey;
  ms: (t: PageTimings) => number;
}

/** The three things the machine does to each frame, and which measured stages each is made of. */
const STAGES: readonly Stage[] = [
  { id: 'camera', title: 'pipeCamera', what: 'pipeCameraWhat', ms: (t) => t.preprocessMs },
  { id: 'geometry', title: 'pipeGeometry', what: 'pipeGeometryWhat', ms: (t) => t.detectMs + t.classifyMs },
  { id: 'numbers', title: 'pipeNumbers', what: 'pipeNumbersWhat', ms: (t) => t.trackMs },
];

/** Line drawings, in the theme's colours: a camera, a face as the machine sees it (a box and five points), a count. */
const ICONS: Record<Stage['id'], SVGTemplateResult> = {
  camera: svg`<svg class="icon" viewBox="0 0 48 36" aria-hidden="true">
    <rect x="2" y="8" width="44" height="26" rx="4" class="stroke"></rect>
    <rect x="15" y="2" width="18" height="7" rx="2" class="stroke"></rect>
    <circle cx="24" cy="21" r="8" class="stroke"></circle>
  </svg>`,
  geometry: svg`<svg class="icon" viewBox="0 0 48 36" aria-hidden="true">
    <rect x="10" y="2" width="28" height="32" rx="10" class="stroke"></rect>
    <circle cx="19" cy="13" r="2.2" class="dot"></circle>
    <circle cx="29" cy="13" r="2.2" class="dot"></circle>
    <circle cx="24" cy="20" r="2.2" class="dot"></circle>
    <circle cx="19" cy="26" r="2.2" class="dot"></circle>
    <circle cx="29" cy="26" r="2.2" class="dot"></circle>
  </svg>`,
  numbers: svg`<svg class="icon" viewBox="0 0 48 36" aria-hidden="true">
    <text x="24" y="28" text-anchor="middle" class="count">+1</text>
  </svg>`,
};

/**
 * The pipeline as a picture: camera → geometry → numbers, each with what it produces and the time it took on
 * the latest frame. What leaves each stage is smaller than what came in; only the last one is kept.
 */
@customElement('hc-pipeline')
export class HcPipeline extends LocalizedElement {
  static override styles = hcPipelineStyles;

  /** Timings of the latest frame; absent before the first one. */
  @property({ attribute: false }) timings?: PageTimings;
  /** Faces found in the latest frame. */
  @property({ type: Number }) faces = 0;


  override render() {
    const timings = this.timings;
    return html`<figure aria-labelledby="pipe-title">
      <h2 id="pipe-title">${this.t('pipeTitle')}</h2>
      <ol data-testid="pipeline" data-faces=${this.faces}>
        ${STAGES.map(
          (stage, i) => html`${i > 0 ? html`<li class="arrow" aria-hidden="true">→</li>` : nothing}
            <li class="stage ${stage.id}" data-stage=${stage.id}>
              ${ICONS[stage.id]}
              <span class="title">${this.t(stage.title)}</span>
              <span class="what">${this.t(stage.what, { faces: this.faces })}</span>
              <span class="ms" data-testid=${`pipeline-ms-${stage.id}`}
                >${timings ? this.t('stageMs', { ms: stage.ms(timings).toFixed(1) }) : this.t('pipeWaiting')}</span
              >
            </li>`,
        )}
      </ol>
    </figure>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hc-pipeline': HcPipeline;
  }
}
