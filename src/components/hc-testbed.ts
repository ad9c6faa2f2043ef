import { css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { fileProblemText } from '../i18n/file-problems';
import type { ErrorReport, FileReport } from '../logic/report';
import { controlStyles } from './shared-styles';
import { LocalizedElement } from './localized-element';

/** The lines `npm run analyze` prints for the same files: one JSON object per line. */
export function reportLines(reports: readonly FileReport[]): string {
  return reports.map((r) => JSON.stringify(r)).join('\n') + '\n';
}

/**
 * The test bed: pick image or video files on this device; the page runs them through the same pipeline (no
 * upload) and offers the JSON, identical to `npm run analyze`, for download. Files go up as `hc-files`.
 */
@customElement('hc-testbed')
export class HcTestbed extends LocalizedElement {
  static override styles = [
    controlStyles,
    css`
    :host {
      display: block;
    }
    pre {
      max-height: 20rem;
      overflow: auto;
      background: var(--hc-surface);
      color: var(--hc-ink);
      max-width: 100%;
      padding: 0.5rem;
      font-size: 0.85em;
    }
    .error {
      color: var(--hc-alert);
      font-weight: 700;
      /* File names and the suggested ffmpeg command can be long words on a phone. */
      overflow-wrap: anywhere;
    }
    /* The page draws the picker itself (a button-like label over a visually hidden native input): the native
       control's "Choose Files / No file chosen" is drawn differently by each Chromium build, so a snapshot of it
       tested the browser, not the page. The input keeps the focus, the keyboard and the accessible name. */
    .file-picker {
      position: relative;
      max-width: 100%;
    }
    .file-picker:has(input:focus-visible) {
      outline: 3px solid var(--hc-focus);
      outline-offset: 2px;
    }
  `,
  ];

  @property({ attribute: false }) reports: FileReport[] = [];
  /** The file being analysed now, or empty. */
  @property() busyFile = '';

  /** The reports as `analyze` prints them, and a blob: URL to download them; rebuilt only when they change. */
  private text = '';
  private downloadUrl?: string;


  override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('reports')) return;
    if (this.downloadUrl) URL.revokeObjectURL(this.downloadUrl);
    this.text = reportLines(this.reports);
    this.downloadUrl = this.reports.length ? URL.createObjectURL(new Blob([this.text], { type: 'application/x-ndjson' })) : undefined;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.downloadUrl) URL.revokeObjectURL(this.downloadUrl);
  }

  private onChange(event: Event): void {
    const input = event.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    input.value = '';
    if (files.length) this.emit<File[]>('hc-files', files);
  }

  override render() {
    return html`<p>${this.t('testBedIntro')}</p>
      <label class="button file-picker" data-testid="testbed-picker"
        ><input
          class="visually-hidden"
          data-testid="testbed-input"
          type="file"
          multiple
          accept="image/*,video/*"
          @change=${this.onChange}
        />${this.t('testBedChoose')}</label
      >
      <p role="status">${this.busyFile ? this.t('testBedRunning', { file: this.busyFile }) : nothing}</p>
      ${this.reports
        .filter((r): r is ErrorReport => 'error' in r)
        .map((r) => html`<p class="error" role="alert">${this.t('testBedError', { file: r.file, error: r.problem ? fileProblemText(this.locale, r.file, r.problem) : r.error })}</p>`)}
      ${this.downloadUrl
        ? html`<a class="button download" data-testid="testbed-download" href=${this.downloadUrl} download="headcount-analysis.jsonl"
              >${this.t('testBedDownload')}</a
            >
            <pre data-testid="testbed-json">${this.text}</pre>`
        : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hc-testbed': HcTestbed;
  }
  interface HTMLElementEventMap {
    'hc-files': CustomEvent<File[]>;
  }
}
