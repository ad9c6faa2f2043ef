import { LitElement, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { hcMessageStyles } from './hc-message.styles';

export type MessageTone = 'info' | 'error';

/** A status line: progress and problems, spoken by screen readers (assertive for errors). */
@customElement('hc-message')
export class HcMessage extends LitElement {
  static override styles = hcMessageStyles;

  @property() text = '';
  @property() tone: MessageTone = 'info';

  override render() {
    if (!this.text) return nothing;
    return html`<p class=${this.tone} role=${this.tone === 'error' ? 'alert' : 'status'} data-tone=${this.tone}>
      ${this.text}
    </p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hc-message': HcMessage;
  }
}
