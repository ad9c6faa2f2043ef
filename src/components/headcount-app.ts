import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { preferredLocale, translate, type Locale, type MessageKey } from '../i18n/i18n';
import { CameraController } from '../io/camera-controller';
import { PipelineController } from '../io/pipeline-controller';
import { readPageSettings } from '../io/page-settings';
import type { FrameResult } from '../logic/frame';
import type { BackendInfo } from '../ml/pipeline-types';
import { statusText } from './status-text';
import './hc-figure';
import './hc-message';

/** The page: wires the camera and the pipeline to the figures. */
@customElement('headcount-app')
export class HeadcountApp extends LitElement {
  static override styles = css`
    :host {
      display: block;
      max-width: 60rem;
      margin: 0 auto;
      padding: 1rem;
      font-family: system-ui, sans-serif;
      color: #111;
    }
    header {
      display: flex;
      justify-content: space-between;
      align-items: baseline;
      gap: 1rem;
      flex-wrap: wrap;
    }
    h1 {
      margin: 0;
    }
    button {
      font: inherit;
      font-size: 1.25rem;
      padding: 0.75rem 1.5rem;
      border-radius: 0.5rem;
      border: 2px solid #0b2a5b;
      background: #0b2a5b;
      color: #fff;
      cursor: pointer;
    }
    button:focus-visible,
    select:focus-visible {
      outline: 3px solid #b35c00;
      outline-offset: 2px;
    }
    .figures {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
      gap: 1rem;
      margin: 1.5rem 0;
    }
    .small {
      font-size: 0.9rem;
      color: #333;
    }
  `;

  @state() private locale: Locale = preferredLocale(navigator.languages);
  @state() private lastResult?: FrameResult;

  private readonly settings = readPageSettings(location.search, document.baseURI);
  private readonly pipeline = new PipelineController(this, this.settings, (r) => this.onResult(r));
  private readonly camera = new CameraController(this, (video, t) => this.pipeline.submit(video, t));

  private t(key: MessageKey, params: Record<string, string | number> = {}): string {
    return translate(this.locale, key, params);
  }

  private onResult(result: FrameResult): void {
    this.lastResult = result;
  }

  private start(): void {
    void this.pipeline.load();
    void this.camera.start();
  }

  private stop(): void {
    this.camera.stop();
    this.lastResult = undefined;
  }

  private backendLabel(b: BackendInfo): string {
    if (b.name !== 'wasm') return b.name === 'webgl' ? 'WebGL' : 'CPU';
    return this.t('backendWasm', { simd: this.t(b.simd ? 'simdOn' : 'simdOff'), threads: b.threads });
  }

  override render() {
    const status = statusText({
      camera: this.camera.state,
      cameraDetail: this.camera.detail,
      pipeline: this.pipeline.state,
      progress: this.pipeline.progress,
      error: this.pipeline.error,
    });
    const running = this.camera.state === 'running' || this.camera.state === 'starting';
    const backend = this.pipeline.backend;
    const facesInView = this.camera.state === 'running' && this.lastResult ? String(this.lastResult.faces.length) : '–';
    return html`
      <header>
        <h1>${this.t('title')}</h1>
        <label class="small"
          >${this.t('language')}
          <select @change=${(e: Event) => (this.locale = (e.target as HTMLSelectElement).value as Locale)}>
            <option value="en" ?selected=${this.locale === 'en'}>English</option>
            <option value="fr" ?selected=${this.locale === 'fr'}>Français</option>
          </select>
        </label>
      </header>
      <p>${this.t('tagline')}</p>
      ${running
        ? html`<button @click=${this.stop}>${this.t('stop')}</button>`
        : html`<button data-testid="start" @click=${this.start}>${this.t('start')}</button>`}
      <hc-message
        data-testid="status"
        .text=${status ? this.t(status.key, status.params) : ''}
        .tone=${status?.tone ?? 'info'}
      ></hc-message>
      <div class="figures" data-testid="figures" data-frames=${this.pipeline.processedFrames}>
        <hc-figure data-testid="faces-in-view" .label=${this.t('facesInView')} .value=${facesInView}></hc-figure>
      </div>
      <p class="small">${this.t('privacyLine')}</p>
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
