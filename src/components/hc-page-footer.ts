import { html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { NetworkUsage } from '../logic/network-usage';
import type { BackendInfo } from '../ml/pipeline-types';
import { LocalizedElement } from './localized-element';
import { hcPageFooterStyles } from './hc-page-footer.styles';

/** The page's small print: what is kept, the network meter, and which computation engine runs. */
@customElement('hc-page-footer')
export class HcPageFooter extends LocalizedElement {
  static override styles = hcPageFooterStyles;

  @property({ attribute: false }) network?: NetworkUsage;
  @property({ attribute: false }) backend?: BackendInfo;


  private backendLabel(b: BackendInfo): string {
    if (b.name !== 'wasm') return b.name === 'webgl' ? 'WebGL' : 'CPU';
    return this.t('backendWasm', { simd: this.t(b.simd ? 'simdOn' : 'simdOff'), threads: b.threads });
  }

  override render() {
    const network = this.network;
    const backend = this.backend;
    return html`<footer>
      <p>${this.t('privacyLine')}</p>
      ${network
        ? html`<p data-testid="network-meter" data-other-origin=${network.otherOrigin}>
            ${this.t('networkMeter', { requests: network.requests, kb: Math.round(network.bytesReceived / 1024), other: network.otherOrigin })}
          </p>`
        : nothing}
      ${backend
        ? html`<p data-testid="backend" data-backend=${backend.name} data-threads=${backend.threads}>
            ${this.t('backend', { backend: this.backendLabel(backend) })}
            ${backend.fallbacks.map((f) => html`<br />${this.t('backendFellBack', { name: f.name, reason: f.reason })}`)}
          </p>`
        : nothing}
    </footer>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hc-page-footer': HcPageFooter;
  }
}
