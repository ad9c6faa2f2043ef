import { html, nothing, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { fileProblemText } from '../i18n/file-problems';
import { reportTally, type ErrorReport, type FileReport } from '../logic/report';
import { controlStyles } from './shared-styles';
import { LocalizedElement } from './localized-element';
import { hcTestbedStyles } from './hc-testbed.styles';

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
  static override styles = [controlStyles, hcTestbedStyles];

  @property({ attribute: false }) reports: FileReport[] = [];
  /** The file being analysed now, or empty. */
  @property() busyFile = '';
  /** Each file also goes through the comparison detector (BlazeFace); the reports then come in pairs. */
  @property({ type: Boolean }) compare = false;

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

  private toggleCompare(): void {
    this.emit<boolean>('hc-testbed-compare', !this.compare);
  }

  /** Each file's reports, one row per detector: what each found and how many it called masked. */
  private sideBySide() {
    const rows = this.reports.flatMap((report) => {
      const tally = reportTally(report);
      return tally && 'detector' in report ? [{ report, tally }] : [];
    });
    if (!this.compare || rows.length === 0) return nothing;
    return html`<h3>${this.t('testBedCompareTitle')}</h3>
      <table data-testid="testbed-compare-table">
        <thead>
          <tr>
            <th scope="col">${this.t('testBedFile')}</th>
            <th scope="col">${this.t('compareDetector')}</th>
            <th scope="col">${this.t('testBedFaces')}</th>
            <th scope="col">${this.t('testBedMasked')}</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            ({ report, tally }) => html`<tr data-detector=${report.detector}>
              <td>${report.file}</td>
              <td>${report.detector}</td>
              <td data-testid=${`testbed-found-${report.detector}`}>${tally.found}</td>
              <td>${tally.withMask} / ${tally.classified}</td>
            </tr>`,
          )}
        </tbody>
      </table>`;
  }

  override render() {
    return html`<p>${this.t('testBedIntro')}</p>
      <p>
        <button data-testid="testbed-compare" aria-pressed=${this.compare ? 'true' : 'false'} @click=${this.toggleCompare}>
          ${this.t('testBedCompare')}
        </button>
      </p>
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
            ${this.sideBySide()}
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
    /** true: also run the comparison detector on the next files. */
    'hc-testbed-compare': CustomEvent<boolean>;
  }
}
