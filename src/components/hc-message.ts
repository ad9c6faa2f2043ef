import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';

export type MessageTone = 'info' | 'error';

/** A status line: progress and problems, spoken by screen readers (assertive for errors). */
@customElement('hc-message')
export class HcMessage extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    p {
      margin: 0.5rem 0;
      padding: 0.75rem 1rem;
      border-radius: 0.5rem;
      background: var(--hc-info-bg, #e8f0fe);
      color: var(--hc-info-fg, #0b2a5b);
    }
    p.error {
      background: var(--hc-error-bg, #fde8e8);
      color: var(--hc-error-fg, #6b0000);
      border: 2px solid currentColor;
    }
  `;

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
