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
      border-radius: var(--hc-radius);
      background: var(--hc-info-bg);
      color: var(--hc-ink);
      border: 2px solid var(--hc-line);
    }
    p.error {
      background: var(--hc-alert-bg);
      color: var(--hc-alert);
      border-color: currentColor;
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
