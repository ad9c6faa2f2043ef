import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { preferredLocale, type Locale, type MessageKey } from '../i18n/i18n';
import { AggregateStore, pageStorage } from '../io/aggregate-store';
import { CameraController } from '../io/camera-controller';
import { CountingController } from '../controllers/counting-controller';
import { NetworkMeter } from '../io/network-meter';
import { PipelineController } from '../controllers/pipeline-controller';
import type { WorkerMemory } from '../io/pipeline-protocol';
import { readPageSettings } from '../io/page-settings';
import { WorkshopController } from '../controllers/workshop-controller';
import { OPT_OUT_PAUSE_MS } from '../logic/counting-session';
import { MEASURED_LIMITS } from '../logic/measured-limits';
import type { FileReport } from '../logic/report';
import { addFrame, emptyTally } from '../logic/detector-comparison';
import type { ComparedFrame } from '../ml/pipeline';
import { DEFAULT_DETECTOR, DETECTOR_NAMES, type DetectorName } from '../ml/pipeline-types';
import type { DetectorView } from './hc-how-view';
import { SHAKE_PARAMS } from '../logic/shake';
import type { WorkshopCommand } from '../logic/workshop';
import { downloadText } from './download';
import { appStyles } from './headcount-app.styles';
import type { CountingMode, ExportFormat } from './hc-counter-view';
import type { PageTimings } from './hc-pipeline';
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
 * The page: wires the camera, the worker pipeline, the counting session and the guided workshop to the views.
 * Views get figures and geometry as properties and answer with events; nothing about a person outlives their
 * track.
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
  /** The live detector comparison: each detector's latest faces and tally since it was opened. */
  @state() private compared?: Record<DetectorName, DetectorView>;

  private readonly settings = readPageSettings(location.search, document.baseURI);
  private readonly counting = new CountingController(this, new AggregateStore(pageStorage()));
  private readonly workshop = new WorkshopController(this, this.counting);
  private readonly pipeline = new PipelineController(
    this,
    this.settings,
    (r) => {
      this.counting.onFrame(r);
      this.workshop.observe(r.timestamp);
    },
    (frame) => this.onCompared(frame),
  );
  private readonly camera = new CameraController(this, (video, t) => this.pipeline.submit(video, t));
  private readonly network = new NetworkMeter(this, () => this.pipeline.workerNetwork);

  private readonly onKey = (event: KeyboardEvent) => {
    const target = event.composedPath()[0];
    const typing = target instanceof HTMLInputElement || target instanceof HTMLSelectElement || target instanceof HTMLTextAreaElement;
    const action = keyAction(event.key, {
      workshop: this.workshop.state !== undefined,
      cameraRunning: this.camera.state === 'running',
      consumed: typing || event.ctrlKey || event.metaKey || event.altKey,
    });
    if (!action) return;
    event.preventDefault();
    this.act(action);
  };

  /** tfjs's live tensors in the worker, for `npm run soak` (called through Playwright; nothing in the page uses it). */
  pipelineMemory(): Promise<WorkerMemory | undefined> {
    return this.pipeline.memory();
  }

  /** Fault injection for the fault tests (called through Playwright; nothing in the page uses it). */
  loseWebglContext(): void {
    this.pipeline.loseWebglContext();
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
        return this.optOut();
      case 'next':
      case 'back':
      case 'restart':
        return this.workshop.command(action);
      case 'new-group':
        return this.workshop.newGroup();
      case 'leave-workshop':
        return this.workshop.stop();
    }
  }

  private start(): void {
    void this.pipeline.load();
    void this.camera.start();
  }

  private stop(): void {
    this.camera.stop();
    this.counting.session.finish();
    this.counting.persist();
    this.mirror = false;
  }

  private optOut(): void {
    this.counting.optOutAllInView();
    this.workshop.observe();
  }

  /** A guided workshop is for a room: it starts in projector mode (which the facilitator can leave). */
  private startWorkshop(): void {
    this.workshop.start();
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
    downloadText(this.counting.exportText(format), `headcount-counts.${format}`, format === 'csv' ? 'text/csv' : 'application/json');
  }

  private reset(): void {
    if (confirm(this.t('resetConfirm'))) this.counting.reset();
  }

  private async analyzeFiles(files: File[]): Promise<void> {
    this.testbedReports = [];
    await this.pipeline.analyzeFiles(
      files,
      this.testbedCompare ? DETECTOR_NAMES : [DEFAULT_DETECTOR],
      (name) => (this.testbedBusy = name),
      (report) => (this.testbedReports = [...this.testbedReports, report]),
    );
    this.testbedBusy = '';
  }

  private onCompared(frame: ComparedFrame): void {
    const previous = this.compared;
    this.compared = Object.fromEntries(
      DETECTOR_NAMES.map((name) => [name, { faces: frame[name].faces, tally: addFrame(previous?.[name].tally ?? emptyTally(), frame[name].faces) }]),
    ) as Record<DetectorName, DetectorView>;
  }

  /** Opens or closes the comparison; each opening starts its tallies from zero. */
  private setComparison(open: boolean): void {
    this.compared = undefined;
    if (open) void this.pipeline.openComparison();
    else this.pipeline.closeComparison();
  }

  private showView(view: View): void {
    // The comparison costs a second detector on every frame: it runs only while How it works is shown.
    if (view !== 'how') this.setComparison(false);
    this.view = view;
  }

  private confirmationText(): string {
    const c = this.counting.confirmation;
    if (!c) return '';
    if (c.people === 0) return this.t('optOutNobody', { seconds: OPT_OUT_PAUSE_MS / 1000 });
    return c.people === 1 ? this.t('optOutConfirmed') : this.t('optOutConfirmedMany', { n: c.people });
  }

  private shakeWarning(): string {
    // Too slow for anyone's shake to be read: said whether or not a face is tracked (at a frame every few
    // seconds no track forms at all).
    const fps = this.pipeline.fps;
    const slow = (fps !== undefined && fps < SHAKE_PARAMS.minFps) || this.counting.session.shakeTooSlow();
    if (!slow || !this.pipeline.fps) return '';
    return this.t('shakeTooSlow', { fps: this.pipeline.fps.toFixed(1) });
  }

  private get running(): boolean {
    return this.camera.state === 'running' && this.pipeline.state === 'ready';
  }

  private timings(): PageTimings | undefined {
    const latest = this.running ? this.counting.latest : undefined;
    return latest ? { ...latest.timings, trackMs: this.counting.trackMs } : undefined;
  }

  private renderWorkshop() {
    const latest = this.running ? this.counting.latest : undefined;
    return html`<hc-workshop
      .locale=${this.locale}
      .state=${this.workshop.state}
      .figures=${this.counting.session.figures()}
      .faces=${latest?.faces.map((f) => ({ mask: f.mask, maskScore: f.maskScore })) ?? []}
      .timings=${this.timings()}
      .limits=${MEASURED_LIMITS}
      .running=${this.running}
      .paused=${this.counting.paused}
      .confirmation=${this.confirmationText()}
      .shakeWarning=${this.shakeWarning()}
      @hc-workshop-command=${(e: CustomEvent<WorkshopCommand>) => this.workshop.command(e.detail)}
      @hc-workshop-new-group=${() => this.workshop.newGroup()}
      @hc-workshop-leave=${() => this.workshop.stop()}
      @hc-opt-out=${() => this.optOut()}
      @hc-open-rules=${() => {
        this.workshop.stop();
        this.showView('rules');
      }}
    ></hc-workshop>`;
  }

  private renderView() {
    const session = this.counting.session;
    switch (this.view) {
      case 'counter':
        return html`<hc-counter-view
          .locale=${this.locale}
          .mode=${this.mode}
          .figures=${session.figures()}
          .perFrame=${this.mode === 'per-frame' ? session.perFrameFigures() : undefined}
          .decree=${this.mode === 'decree' ? this.counting.decree() : undefined}
          .buckets=${session.buckets}
          .running=${this.running}
          .paused=${this.counting.paused}
          .confirmation=${this.confirmationText()}
          .shakeWarning=${this.shakeWarning()}
          .pauseSeconds=${OPT_OUT_PAUSE_MS / 1000}
          .timings=${this.timings()}
          @hc-mode-change=${(e: CustomEvent<CountingMode>) => (this.mode = e.detail)}
          @hc-opt-out=${() => this.optOut()}
          @hc-export=${(e: CustomEvent<ExportFormat>) => this.download(e.detail)}
          @hc-reset=${() => this.reset()}
        ></hc-counter-view>`;
      case 'how': {
        const latest = this.running ? this.counting.latest : undefined;
        return html`<hc-how-view
          .locale=${this.locale}
          .frameWidth=${latest?.width ?? 0}
          .frameHeight=${latest?.height ?? 0}
          .tracks=${latest ? session.view() : []}
          .timings=${this.timings()}
          .comparison=${this.pipeline.comparison}
          .comparisonError=${this.pipeline.comparisonError}
          .detectors=${this.compared}
          @hc-compare=${(e: CustomEvent<boolean>) => this.setComparison(e.detail)}
        ></hc-how-view>`;
      }
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
    const status = statusText({
      camera: this.camera.state,
      cameraDetail: this.camera.detail,
      pipeline: this.pipeline.state,
      progress: this.pipeline.progress,
      error: this.pipeline.error,
    });
    const cameraOn = this.camera.state === 'running' || this.camera.state === 'starting';
    const guided = this.workshop.state !== undefined;
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
        ${this.projector && this.camera.state === 'running'
          ? html`<button data-testid="mirror" aria-pressed=${this.mirror ? 'true' : 'false'} @click=${() => (this.mirror = !this.mirror)}>
              ${this.t(this.mirror ? 'mirrorOff' : 'mirrorOn')}
            </button>`
          : nothing}
      </div>
      <hc-message data-testid="status" .text=${status ? this.t(status.key, status.params) : ''} .tone=${status?.tone ?? 'info'}></hc-message>
      ${this.mirror && this.camera.state === 'running'
        ? html`<figure class="mirror" data-testid="mirror-preview">
            ${this.camera.video}
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
      <main data-testid="figures" data-frames=${this.pipeline.processedFrames}>${guided ? this.renderWorkshop() : this.renderView()}</main>
      <hc-page-footer .locale=${this.locale} .network=${this.network.usage} .backend=${this.pipeline.backend}></hc-page-footer>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'headcount-app': HeadcountApp;
  }
}
