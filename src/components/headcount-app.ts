import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { preferredLocale, translate, type Locale, type MessageKey } from '../i18n/i18n';
import { AggregateStore, pageStorage } from '../io/aggregate-store';
import { CameraController } from '../io/camera-controller';
import { CountingController } from '../io/counting-controller';
import { NetworkMeter } from '../io/network-meter';
import { PipelineController } from '../io/pipeline-controller';
import type { WorkerMemory } from '../io/pipeline-protocol';
import { readPageSettings } from '../io/page-settings';
import { OPT_OUT_PAUSE_MS } from '../logic/counting-session';
import { MEASURED_LIMITS } from '../logic/measured-limits';
import type { FileReport } from '../logic/report';
import { SHAKE_PARAMS } from '../logic/shake';
import type { BackendInfo } from '../ml/pipeline-types';
import type { CountingMode, ExportFormat } from './hc-counter-view';
import { statusText } from './status-text';
import './hc-counter-view';
import './hc-how-view';
import './hc-message';
import './hc-rules-view';
import './hc-testbed';

export const VIEWS = ['counter', 'how', 'rules', 'testbed'] as const;
export type View = (typeof VIEWS)[number];
const VIEW_LABEL: Record<View, MessageKey> = { counter: 'viewCounter', how: 'viewHow', rules: 'viewRules', testbed: 'viewTestBed' };

/** The key for "Don't count me" (N for "no"), also announced on the button with aria-keyshortcuts. */
const OPT_OUT_KEY = 'n';

/**
 * The page: wires the camera, the worker pipeline and the counting session to the views. Views get figures
 * and geometry as properties and answer with events; nothing about a person outlives their track.
 */
@customElement('headcount-app')
export class HeadcountApp extends LitElement {
  static override styles = css`
    :host {
      display: block;
      max-width: 64rem;
      margin: 0 auto;
      padding: 1rem;
      font-family: system-ui, sans-serif;
      color: #111;
      background: #fff;
    }
    :host([workshop]) {
      max-width: none;
      min-height: 100vh;
      box-sizing: border-box;
      font-size: 1.6rem;
      color: #fff;
      background: #000;
      --hc-figure-size: 8rem;
      --hc-info-bg: #000;
      --hc-info-fg: #ffe14d;
      --hc-error-bg: #000;
      --hc-error-fg: #ff9e9e;
    }
    :host([workshop]) button {
      background: #ffe14d;
      border-color: #ffe14d;
      color: #000;
    }
    :host([workshop]) nav button[aria-pressed='true'] {
      background: #fff;
      border-color: #fff;
    }
    @media (prefers-reduced-motion: reduce) {
      * {
        transition: none !important;
        animation: none !important;
      }
    }
    header {
      display: flex;
      justify-content: space-between;
      align-items: center;
      gap: 1rem;
      flex-wrap: wrap;
    }
    h1 {
      margin: 0;
    }
    nav {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      margin: 1rem 0;
    }
    button,
    select {
      font: inherit;
    }
    button {
      padding: 0.5rem 1rem;
      border-radius: 0.5rem;
      border: 2px solid #0b2a5b;
      background: #0b2a5b;
      color: #fff;
      cursor: pointer;
    }
    nav button {
      background: #fff;
      color: #0b2a5b;
    }
    nav button[aria-pressed='true'] {
      background: #0b2a5b;
      color: #fff;
    }
    button.start {
      font-size: 1.25em;
      padding: 0.75rem 1.5rem;
    }
    button:disabled {
      opacity: 0.6;
      cursor: not-allowed;
    }
    button:focus-visible,
    select:focus-visible {
      outline: 3px solid #b35c00;
      outline-offset: 2px;
    }
    .bar {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem;
      align-items: center;
    }
    .mirror {
      margin: 1rem 0;
    }
    .mirror video {
      display: block;
      max-width: 20rem;
      transform: scaleX(-1);
      border: 3px solid currentColor;
    }
    .small {
      font-size: 0.9rem;
    }
  `;

  @state() private locale: Locale = preferredLocale(navigator.languages);
  @state() private view: View = 'counter';
  @state() private mode: CountingMode = 'live';
  @state() private workshop = false;
  @state() private mirror = false;
  @state() private testbedReports: FileReport[] = [];
  @state() private testbedBusy = '';

  private readonly settings = readPageSettings(location.search, document.baseURI);
  private readonly counting = new CountingController(this, new AggregateStore(pageStorage()));
  private readonly pipeline = new PipelineController(this, this.settings, (r) => this.counting.onFrame(r));
  private readonly camera = new CameraController(this, (video, t) => this.pipeline.submit(video, t));
  private readonly network = new NetworkMeter(this, () => this.pipeline.workerNetwork);

  private readonly onKey = (event: KeyboardEvent) => {
    const target = event.composedPath()[0];
    const typing = target instanceof HTMLInputElement || target instanceof HTMLSelectElement || target instanceof HTMLTextAreaElement;
    if (typing || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key.toLowerCase() === OPT_OUT_KEY && this.camera.state === 'running') {
      event.preventDefault();
      this.counting.optOutAllInView();
    }
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
  }

  override disconnectedCallback(): void {
    window.removeEventListener('keydown', this.onKey);
    super.disconnectedCallback();
  }

  private t(key: MessageKey, params: Record<string, string | number> = {}): string {
    return translate(this.locale, key, params);
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

  private async toggleWorkshop(): Promise<void> {
    this.workshop = !this.workshop;
    this.toggleAttribute('workshop', this.workshop);
    try {
      if (this.workshop && !document.fullscreenElement) await document.documentElement.requestFullscreen();
      if (!this.workshop && document.fullscreenElement) await document.exitFullscreen();
    } catch {
      // Fullscreen can be refused (iframes, policies); large type and contrast still apply.
    }
  }

  private setLocale(locale: Locale): void {
    this.locale = locale;
    document.documentElement.lang = locale;
  }

  private download(format: ExportFormat): void {
    const text = this.counting.exportText(format);
    const url = URL.createObjectURL(new Blob([text], { type: format === 'csv' ? 'text/csv' : 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `headcount-counts.${format}`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  private reset(): void {
    if (confirm(this.t('resetConfirm'))) this.counting.reset();
  }

  private async analyzeFiles(files: File[]): Promise<void> {
    this.testbedReports = [];
    await this.pipeline.analyzeFiles(
      files,
      (name) => (this.testbedBusy = name),
      (report) => (this.testbedReports = [...this.testbedReports, report]),
    );
    this.testbedBusy = '';
  }

  private backendLabel(b: BackendInfo): string {
    if (b.name !== 'wasm') return b.name === 'webgl' ? 'WebGL' : 'CPU';
    return this.t('backendWasm', { simd: this.t(b.simd ? 'simdOn' : 'simdOff'), threads: b.threads });
  }

  private confirmationText(): string {
    const c = this.counting.confirmation;
    if (!c) return '';
    if (c.people === 0) return this.t('optOutNobody', { seconds: OPT_OUT_PAUSE_MS / 1000 });
    return c.people === 1 ? this.t('optOutConfirmed') : this.t('optOutConfirmedMany', { n: c.people });
  }

  private shakeWarning(): string {
    // Too slow for anyone's shake to be read: said whether or not a face is tracked (at a frame every few
    // seconds no track even forms).
    const fps = this.pipeline.fps;
    const slow = (fps !== undefined && fps < SHAKE_PARAMS.minFps) || this.counting.session.shakeTooSlow();
    if (!slow || !this.pipeline.fps) return '';
    return this.t('shakeTooSlow', { fps: this.pipeline.fps.toFixed(1) });
  }

  private renderView() {
    const running = this.camera.state === 'running' && this.pipeline.state === 'ready';
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
          .running=${running}
          .paused=${this.counting.paused}
          .confirmation=${this.confirmationText()}
          .shakeWarning=${this.shakeWarning()}
          .pauseSeconds=${OPT_OUT_PAUSE_MS / 1000}
          @hc-mode-change=${(e: CustomEvent<CountingMode>) => (this.mode = e.detail)}
          @hc-opt-out=${() => this.counting.optOutAllInView()}
          @hc-export=${(e: CustomEvent<ExportFormat>) => this.download(e.detail)}
          @hc-reset=${() => this.reset()}
        ></hc-counter-view>`;
      case 'how': {
        const latest = running ? this.counting.latest : undefined;
        return html`<hc-how-view
          .locale=${this.locale}
          .frameWidth=${latest?.width ?? 0}
          .frameHeight=${latest?.height ?? 0}
          .tracks=${latest ? session.view() : []}
          .timings=${latest ? { ...latest.timings, trackMs: this.counting.trackMs } : undefined}
        ></hc-how-view>`;
      }
      case 'rules':
        return html`<hc-rules-view .locale=${this.locale} .limits=${MEASURED_LIMITS}></hc-rules-view>`;
      case 'testbed':
        return html`<hc-testbed
          .locale=${this.locale}
          .reports=${this.testbedReports}
          .busyFile=${this.testbedBusy}
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
    const backend = this.pipeline.backend;
    const network = this.network.usage;
    return html`
      <header>
        <h1>${this.t('title')}</h1>
        <div class="bar">
          <label class="small"
            >${this.t('language')}
            <select data-testid="language" @change=${(e: Event) => this.setLocale((e.target as HTMLSelectElement).value as Locale)}>
              <option value="en" lang="en" ?selected=${this.locale === 'en'}>English</option>
              <option value="fr" lang="fr" ?selected=${this.locale === 'fr'}>Français</option>
            </select>
          </label>
          <button data-testid="workshop" aria-pressed=${this.workshop ? 'true' : 'false'} @click=${() => void this.toggleWorkshop()}>
            ${this.t(this.workshop ? 'workshopOff' : 'workshopOn')}
          </button>
        </div>
      </header>
      <p>${this.t('tagline')}</p>
      <div class="bar">
        ${cameraOn
          ? html`<button class="start" data-testid="stop" @click=${this.stop}>${this.t('stop')}</button>`
          : html`<button class="start" data-testid="start" @click=${this.start}>${this.t('start')}</button>`}
        ${this.workshop && this.camera.state === 'running'
          ? html`<button data-testid="mirror" aria-pressed=${this.mirror ? 'true' : 'false'} @click=${() => (this.mirror = !this.mirror)}>
              ${this.t(this.mirror ? 'mirrorOff' : 'mirrorOn')}
            </button>`
          : nothing}
      </div>
      <hc-message
        data-testid="status"
        .text=${status ? this.t(status.key, status.params) : ''}
        .tone=${status?.tone ?? 'info'}
      ></hc-message>
      ${this.mirror && this.camera.state === 'running'
        ? html`<figure class="mirror" data-testid="mirror-preview">
            ${this.camera.video}
            <figcaption>${this.t('mirrorLabel')}</figcaption>
          </figure>`
        : nothing}
      <nav aria-label=${this.t('viewsLabel')}>
        ${VIEWS.map(
          (v) => html`<button data-testid=${`view-${v}`} aria-pressed=${this.view === v ? 'true' : 'false'} @click=${() => (this.view = v)}>
            ${this.t(VIEW_LABEL[v])}
          </button>`,
        )}
      </nav>
      <main data-testid="figures" data-frames=${this.pipeline.processedFrames}>${this.renderView()}</main>
      <p class="small">${this.t('privacyLine')}</p>
      <p class="small" data-testid="network-meter" data-other-origin=${network.otherOrigin}>
        ${this.t('networkMeter', { requests: network.requests, kb: Math.round(network.bytesReceived / 1024), other: network.otherOrigin })}
      </p>
      ${backend
        ? html`<p class="small" data-testid="backend" data-backend=${backend.name}>
            ${this.t('backend', { backend: this.backendLabel(backend) })}
            ${backend.fallbacks.map((f) => html`<br />${this.t('backendFellBack', { name: f.name, reason: f.reason })}`)}
          </p>`
        : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'headcount-app': HeadcountApp;
  }
}
