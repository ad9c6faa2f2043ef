import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { preferredLocale, type Locale, type MessageKey } from '../i18n/i18n';
import { AggregateStore, pageStorage } from '../io/aggregate-store';
import { LiveController, type LiveSnapshot } from '../controllers/live-controller';
import { NetworkMeter } from '../io/network-meter';
import type { WorkerMemory } from '../io/pipeline-protocol';
import { readPageSettings } from '../io/page-settings';
import { OPT_OUT_PAUSE_MS } from '../logic/counting-session';
import { MEASURED_LIMITS } from '../logic/measured-limits';
import type { FileReport } from '../logic/report';
import { DEFAULT_DETECTOR, DETECTOR_NAMES } from '../ml/pipeline-types';
import type { WorkshopCommand } from '../logic/workshop';
import { downloadText } from './download';
import { appStyles } from './headcount-app.styles';
import type { CountingMode, ExportFormat } from './hc-counter-view';
import { keyAction, type KeyAction } from './keys';
import { LocalizedElement } from './localized-element';
import { controlStyles } from './shared-styles';
import { statusText } from './status-text';
import { tokenStyles } from './tokens';
import { guidedWorkshopRequested } from './workshop-url';
import './hc-app-header';
import './hc-counter-view';
import './hc-how-view';
import './hc-message';
import './hc-page-footer';
import './hc-rules-view';
import './hc-testbed';
import './hc-workshop';

export const VIEWS = ['counter', 'how', 'rules', 'testbed'] as const;
export type View = (typeof VIEWS)[number];
const VIEW_LABEL: Record<View, MessageKey> = { counter: 'viewCounter', how: 'viewHow', rules: 'viewRules', testbed: 'viewTestBed' };

/**
 * The page: renders the live controller's snapshot (camera → worker pipeline → counting → workshop) in the chosen
 * view, and turns the views' events into its commands. Views get figures and geometry as properties and answer
 * with events; nothing about a person outlives their track.
 */
@customElement('headcount-app')
export class HeadcountApp extends LocalizedElement {
  static override styles = [tokenStyles, controlStyles, appStyles];

  override locale: Locale = preferredLocale(navigator.languages);
  @state() private view: View = 'counter';
  @state() private mode: CountingMode = 'live';
  @state() private projector = false;
  @state() private mirror = false;
  @state() private testbedReports: FileReport[] = [];
  @state() private testbedBusy = '';
  @state() private testbedCompare = false;

  private readonly live = new LiveController(this, readPageSettings(location.search, document.baseURI), new AggregateStore(pageStorage()));
  private readonly network = new NetworkMeter(this, () => this.live.pipeline.workerNetwork);

  private readonly onKey = (event: KeyboardEvent) => {
    const target = event.composedPath()[0];
    const typing = target instanceof HTMLInputElement || target instanceof HTMLSelectElement || target instanceof HTMLTextAreaElement;
    const action = keyAction(event.key, {
      workshop: this.live.workshop.state !== undefined,
      cameraRunning: this.live.camera.state === 'running',
      consumed: typing || event.ctrlKey || event.metaKey || event.altKey,
    });
    if (!action) return;
    event.preventDefault();
    this.act(action);
  };

  /** tfjs's live tensors in the worker, for `npm run soak` (called through Playwright; nothing in the page uses it). */
  pipelineMemory(): Promise<WorkerMemory | undefined> {
    return this.live.pipeline.memory();
  }

  /** Fault injection for the fault tests (called through Playwright; nothing in the page uses it). */
  loseWebglContext(): void {
    this.live.pipeline.loseWebglContext();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('keydown', this.onKey);
    if (guidedWorkshopRequested(location.search)) this.startWorkshop();
  }

  override disconnectedCallback(): void {
    window.removeEventListener('keydown', this.onKey);
    super.disconnectedCallback();
  }

  private act(action: KeyAction): void {
    switch (action) {
      case 'opt-out':
        return this.live.optOut();
      case 'next':
      case 'back':
      case 'restart':
        return this.live.workshop.command(action);
      case 'new-group':
        return this.live.newGroup();
      case 'leave-workshop':
        return this.live.workshop.stop();
    }
  }

  private start(): void {
    this.live.start();
  }

  private stop(): void {
    this.live.stop();
    this.mirror = false;
  }

  /** A guided workshop is for a room: it starts in projector mode (which the facilitator can leave). */
  private startWorkshop(): void {
    this.live.workshop.start();
    this.setProjector(true);
  }

  private setProjector(on: boolean): void {
    this.projector = on;
    this.toggleAttribute('projector', on);
  }

  private async toggleProjector(): Promise<void> {
    this.setProjector(!this.projector);
    try {
      if (this.projector && !document.fullscreenElement) await document.documentElement.requestFullscreen();
      if (!this.projector && document.fullscreenElement) await document.exitFullscreen();
    } catch {
      // Fullscreen can be refused (iframes, policies); large type and contrast still apply.
    }
  }

  private setLocale(locale: Locale): void {
    this.locale = locale;
    document.documentElement.lang = locale;
  }

  private download(format: ExportFormat): void {
    downloadText(this.live.counting.exportText(format), `headcount-counts.${format}`, format === 'csv' ? 'text/csv' : 'application/json');
  }

  private reset(): void {
    if (confirm(this.t('resetConfirm'))) this.live.counting.reset();
  }

  private async analyzeFiles(files: File[]): Promise<void> {
    this.testbedReports = [];
    await this.live.pipeline.analyzeFiles(
      files,
      this.testbedCompare ? DETECTOR_NAMES : [DEFAULT_DETECTOR],
      (name) => (this.testbedBusy = name),
      (report) => (this.testbedReports = [...this.testbedReports, report]),
    );
    this.testbedBusy = '';
  }

  private showView(view: View): void {
    // The comparison costs a second detector on every frame: it runs only while How it works is shown.
    if (view !== 'how') this.live.setComparison(false);
    this.view = view;
  }

  private confirmationText(): string {
    const c = this.live.counting.confirmation;
    if (!c) return '';
    if (c.people === 0) return this.t('optOutNobody', { seconds: OPT_OUT_PAUSE_MS / 1000 });
    return c.people === 1 ? this.t('optOutConfirmed') : this.t('optOutConfirmedMany', { n: c.people });
  }

  private shakeWarning(live: LiveSnapshot): string {
    return live.shakeTooSlowFps === undefined ? '' : this.t('shakeTooSlow', { fps: live.shakeTooSlowFps.toFixed(1) });
  }

  private renderWorkshop(live: LiveSnapshot) {
    return html`<hc-workshop
      .locale=${this.locale}
      .state=${this.live.workshop.state}
      .figures=${live.figures}
      .faces=${live.frame?.faces.map((f) => ({ mask: f.mask, maskScore: f.maskScore })) ?? []}
      .timings=${live.timings}
      .limits=${MEASURED_LIMITS}
      .running=${live.running}
      .paused=${live.paused}
      .confirmation=${this.confirmationText()}
      .shakeWarning=${this.shakeWarning(live)}
      @hc-workshop-command=${(e: CustomEvent<WorkshopCommand>) => this.live.workshop.command(e.detail)}
      @hc-workshop-new-group=${() => this.live.newGroup()}
      @hc-workshop-leave=${() => this.live.workshop.stop()}
      @hc-opt-out=${() => this.live.optOut()}
      @hc-open-rules=${() => {
        this.live.workshop.stop();
        this.showView('rules');
      }}
    ></hc-workshop>`;
  }

  private renderView(live: LiveSnapshot) {
    switch (this.view) {
      case 'counter':
        return html`<hc-counter-view
          .locale=${this.locale}
          .mode=${this.mode}
          .figures=${live.figures}
          .perFrame=${this.mode === 'per-frame' ? live.perFrame : undefined}
          .decree=${this.mode === 'decree' ? this.live.counting.decree() : undefined}
          .buckets=${this.live.counting.session.buckets}
          .running=${live.running}
          .paused=${live.paused}
          .confirmation=${this.confirmationText()}
          .shakeWarning=${this.shakeWarning(live)}
          .pauseSeconds=${OPT_OUT_PAUSE_MS / 1000}
          .timings=${live.timings}
          @hc-mode-change=${(e: CustomEvent<CountingMode>) => (this.mode = e.detail)}
          @hc-opt-out=${() => this.live.optOut()}
          @hc-export=${(e: CustomEvent<ExportFormat>) => this.download(e.detail)}
          @hc-reset=${() => this.reset()}
        ></hc-counter-view>`;
      case 'how':
        return html`<hc-how-view
          .locale=${this.locale}
          .frameWidth=${live.frame?.width ?? 0}
          .frameHeight=${live.frame?.height ?? 0}
          .tracks=${live.tracks}
          .timings=${live.timings}
          .comparison=${this.live.pipeline.comparison}
          .comparisonError=${this.live.pipeline.comparisonError}
          .detectors=${this.live.compared}
          @hc-compare=${(e: CustomEvent<boolean>) => this.live.setComparison(e.detail)}
        ></hc-how-view>`;
      case 'rules':
        return html`<hc-rules-view .locale=${this.locale} .limits=${MEASURED_LIMITS}></hc-rules-view>`;
      case 'testbed':
        return html`<hc-testbed
          .locale=${this.locale}
          .reports=${this.testbedReports}
          .busyFile=${this.testbedBusy}
          .compare=${this.testbedCompare}
          @hc-testbed-compare=${(e: CustomEvent<boolean>) => (this.testbedCompare = e.detail)}
          @hc-files=${(e: CustomEvent<File[]>) => void this.analyzeFiles(e.detail)}
        ></hc-testbed>`;
    }
  }

  override render() {
    const { camera, pipeline } = this.live;
    const live = this.live.snapshot();
    const status = statusText({
      camera: camera.state,
      cameraDetail: camera.detail,
      pipeline: pipeline.state,
      progress: pipeline.progress,
      error: pipeline.error,
    });
    const cameraOn = camera.state === 'running' || camera.state === 'starting';
    const guided = this.live.workshop.state !== undefined;
    return html`
      <hc-app-header
        .locale=${this.locale}
        .projector=${this.projector}
        .workshop=${guided}
        @hc-locale=${(e: CustomEvent<Locale>) => this.setLocale(e.detail)}
        @hc-projector=${() => void this.toggleProjector()}
        @hc-workshop-start=${() => this.startWorkshop()}
      ></hc-app-header>
      ${guided ? nothing : html`<p class="tagline">${this.t('tagline')}</p>`}
      <div class="bar">
        ${cameraOn
          ? html`<button class="start" data-testid="stop" @click=${this.stop}>${this.t('stop')}</button>`
          : html`<button class="start primary" data-testid="start" @click=${this.start}>${this.t('start')}</button>`}
        ${this.projector && camera.state === 'running'
          ? html`<button data-testid="mirror" aria-pressed=${this.mirror ? 'true' : 'false'} @click=${() => (this.mirror = !this.mirror)}>
              ${this.t(this.mirror ? 'mirrorOff' : 'mirrorOn')}
            </button>`
          : nothing}
      </div>
      <hc-message data-testid="status" .text=${status ? this.t(status.key, status.params) : ''} .tone=${status?.tone ?? 'info'}></hc-message>
      ${this.mirror && camera.state === 'running'
        ? html`<figure class="mirror" data-testid="mirror-preview">
            ${camera.video}
            <figcaption>${this.t('mirrorLabel')}</figcaption>
          </figure>`
        : nothing}
      ${guided
        ? nothing
        : html`<nav aria-label=${this.t('viewsLabel')}>
            ${VIEWS.map(
              (v) => html`<button data-testid=${`view-${v}`} aria-pressed=${this.view === v ? 'true' : 'false'} @click=${() => this.showView(v)}>
                ${this.t(VIEW_LABEL[v])}
              </button>`,
            )}
          </nav>`}
      <main data-testid="figures" data-frames=${pipeline.processedFrames}>${guided ? this.renderWorkshop(live) : this.renderView(live)}</main>
      <hc-page-footer .locale=${this.locale} .network=${this.network.usage} .backend=${pipeline.backend}></hc-page-footer>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'headcount-app': HeadcountApp;
  }
}
