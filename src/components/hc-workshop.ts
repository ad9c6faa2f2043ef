import { html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { type MessageKey } from '../i18n/i18n';
import type { Figures } from '../logic/aggregates';
import type { MaskLabel } from '../logic/frame';
import type { SystemLimits } from '../logic/system-limits';
import { WORKSHOP_STEPS, stepIndex, type WorkshopCommand, type WorkshopState } from '../logic/workshop';
import type { PageTimings } from '../logic/frame';
import { percent } from './format';
import { controlStyles } from './shared-styles';
import { MASK_LABEL_TEXT, PASS_OUTCOME, STEP_TEXT, arrivalMessage, lawLimitParams } from './workshop-text';
import './hc-figure';
import './hc-opt-out';
import './hc-pipeline';
import { LocalizedElement } from './localized-element';
import { hcWorkshopStyles } from './hc-workshop.styles';

/** One face of the latest frame as the workshop shows it: the classifier's label and score, nothing else. */
export interface FaceLabel {
  mask?: MaskLabel;
  maskScore?: number;
}

/**
 * The guided workshop: one step at a time in large type — what to do, what the live system answered, the
 * figures that moved — with the facilitator's controls. The step comes down as a property (the step machine is
 * in src/logic/workshop.ts); presses go up as `hc-workshop-command`, `hc-workshop-new-group`,
 * `hc-workshop-leave`, `hc-opt-out` and `hc-open-rules`.
 */
@customElement('hc-workshop')
export class HcWorkshop extends LocalizedElement {
  static override styles = [controlStyles, hcWorkshopStyles];

  @property({ attribute: false }) state?: WorkshopState;
  @property({ attribute: false }) figures?: Figures;
  /** The faces of the latest frame (label and score only). */
  @property({ attribute: false }) faces: FaceLabel[] = [];
  @property({ attribute: false }) timings?: PageTimings;
  @property({ attribute: false }) limits: SystemLimits = {};
  /** Counting is possible (camera running and models loaded). */
  @property({ type: Boolean }) running = false;
  @property({ type: Boolean }) paused = false;
  /** The opt-out confirmation, already worded; empty for none. */
  @property() confirmation = '';
  @property() shakeWarning = '';



  private outcome(state: WorkshopState): string {
    const arrival = state.reachedBy;
    if (arrival.kind === 'event' && arrival.event.kind === 'pass') {
      const key = PASS_OUTCOME[state.step];
      return key ? this.t(key) : '';
    }
    const message = arrivalMessage(arrival);
    if (!message) return '';
    const label = (l: MaskLabel | undefined) => (l ? this.t(MASK_LABEL_TEXT[l]) : '–');
    return this.t(message.key, { from: label(message.labels.from), to: label(message.labels.to) });
  }

  private liveFigures(state: WorkshopState) {
    const f = this.figures;
    const figure = (testId: string, label: MessageKey, value: number | undefined, rank: 'primary' | 'secondary') =>
      html`<hc-figure data-testid=${testId} rank=${rank} .label=${this.t(label)} .value=${value === undefined ? '–' : String(value)}></hc-figure>`;
    const counts = html`${figure('passes', 'passes', f?.passes, 'primary')} ${figure('opted-out', 'optedOut', f?.optedOut, 'secondary')}`;
    if (state.step !== 'mask') return html`<div class="figures">${counts}</div>`;
    const share = f?.percentMasked;
    return html`<div class="figures">
        ${counts}
        <div data-testid="percent-masked" data-shown=${String(share?.share != null)}>
          <hc-figure rank="secondary" .label=${this.t('percentMasked')} .value=${share?.share != null ? `${percent(share.share)} %` : '–'}></hc-figure>
          ${share?.interval
            ? html`<p class="interval">${this.t('percentInterval', { low: percent(share.interval.low), high: percent(share.interval.high) })}</p>`
            : nothing}
        </div>
      </div>
      <div>
        <h3>${this.t('liveFaces')}</h3>
        ${this.faces.length === 0
          ? html`<p>${this.t('liveNoFace')}</p>`
          : html`<ul class="faces" data-testid="workshop-faces">
              ${this.faces.map(
                (face) =>
                  html`<li>
                    ${face.mask
                      ? this.t('liveFace', { label: this.t(MASK_LABEL_TEXT[face.mask]), score: percent(face.maskScore ?? 1) })
                      : this.t('liveFaceUnclassified')}
                  </li>`,
              )}
            </ul>`}
      </div>`;
  }

  private law() {
    return html`<ul class="law" data-testid="workshop-law">
        <li>${this.t('lawCnilData')}</li>
        <li>${this.t('lawCnilShake')}</li>
        <li>${this.t('lawDecree')}</li>
        <li>${this.t('lawLimits', lawLimitParams(this.limits, this.locale, this.t('lawNotMeasured')))}</li>
        <li>${this.t('lawMore')}</li>
      </ul>
      <p><button data-testid="workshop-open-rules" @click=${() => this.emit<null>('hc-open-rules', null)}>${this.t('lawOpenRules')}</button></p>`;
  }

  override render() {
    const state = this.state;
    if (!state) return nothing;
    const index = stepIndex(state.step);
    const text = STEP_TEXT[state.step];
    const outcome = this.outcome(state);
    const command = (c: WorkshopCommand) => () => this.emit<WorkshopCommand>('hc-workshop-command', c);
    return html`<section aria-labelledby="step-title" data-testid="workshop" data-step=${state.step}>
      <ol class="steps" aria-label=${this.t('workshopStepsLabel')}>
        ${WORKSHOP_STEPS.map((step, i) => {
          const done = i === index ? undefined : state.completed[step];
          return html`<li data-step=${step} data-completed=${done ?? ''} class=${done ?? ''} aria-current=${i === index ? 'step' : 'false'}>
            <span aria-hidden="true">${done === 'event' ? '✓' : done === 'skipped' ? '»' : `${i + 1}.`}</span>
            ${this.t(STEP_TEXT[step].title)}${done
              ? html`<span class="visually-hidden"> (${this.t(done === 'event' ? 'workshopDone' : 'workshopSkipped')})</span>`
              : nothing}
          </li>`;
        })}
      </ol>
      <p class="step-of">${this.t('workshopStepOf', { n: index + 1, total: WORKSHOP_STEPS.length })}</p>
      <div class="outcome" role="status" data-testid="workshop-outcome">${outcome ? html`<p>${outcome}</p>` : nothing}</div>
      <h2 id="step-title">${this.t(text.title)}</h2>
      ${text.prompt ? html`<p class="prompt">${this.t(text.prompt)}</p>` : nothing}
      ${state.step === 'law'
        ? this.law()
        : html`<p class="waiting" data-testid="workshop-waiting">
            ${this.running ? (text.waiting ? this.t(text.waiting) : '') : this.t('workshopCameraFirst')}
          </p>`}
      ${this.liveFigures(state)}
      <hc-opt-out
        layout="inline"
        .locale=${this.locale}
        ?running=${this.running}
        ?paused=${this.paused}
        .confirmation=${this.confirmation}
        .shakeWarning=${this.shakeWarning}
      ></hc-opt-out>
      <hc-pipeline .locale=${this.locale} .timings=${this.timings} .faces=${this.figures?.facesInView ?? 0}></hc-pipeline>
      <div class="controls">
        <button data-testid="workshop-back" aria-keyshortcuts="ArrowLeft PageUp" ?disabled=${index === 0} @click=${command('back')}>
          ← ${this.t('workshopBack')}
        </button>
        <button
          class="primary"
          data-testid="workshop-skip"
          aria-keyshortcuts="ArrowRight PageDown"
          ?disabled=${index === WORKSHOP_STEPS.length - 1}
          @click=${command('next')}
        >
          ${this.t('workshopSkip')} →
        </button>
        <button data-testid="workshop-restart" aria-keyshortcuts="Home" @click=${command('restart')}>${this.t('workshopRestart')}</button>
        <button data-testid="workshop-new-group" aria-keyshortcuts="G" @click=${() => this.emit<null>('hc-workshop-new-group', null)}>
          ${this.t('workshopNewGroup')}
        </button>
        <button data-testid="workshop-leave" aria-keyshortcuts="Escape" @click=${() => this.emit<null>('hc-workshop-leave', null)}>
          ${this.t('workshopLeave')}
        </button>
      </div>
      <p class="keys small muted">${this.t('workshopKeys')}</p>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hc-workshop': HcWorkshop;
  }
  interface HTMLElementEventMap {
    'hc-workshop-command': CustomEvent<WorkshopCommand>;
    'hc-workshop-new-group': CustomEvent<null>;
    'hc-workshop-leave': CustomEvent<null>;
    'hc-open-rules': CustomEvent<null>;
  }
}
