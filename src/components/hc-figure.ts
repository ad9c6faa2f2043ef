import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';

/** One big number with its label; announced politely to screen readers when it changes. */
@customElement('hc-figure')
export class HcFigure extends LitElement {
  static override styles = css`
    :host {
      display: block;
      text-align: center;
    }
    .value {
      font-size: var(--hc-figure-size, 4rem);
      font-weight: 700;
      line-height: 1.1;
      font-variant-numeric: tabular-nums;
    }
    .label {
      font-size: 1rem;
    }
  `;

  @property() label = '';
  @property() value = '–';

  override render() {
    return html`<div class="value" aria-live="polite" aria-atomic="true" aria-label=${`${this.label}: ${this.value}`}>
        ${this.value}
      </div>
      <div class="label" aria-hidden="true">${this.label}</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hc-figure': HcFigure;
  }
}
