import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';

/** Where a figure sits in the page's hierarchy: the one headline, the primary count, or one of the rest. */
export type FigureRank = 'headline' | 'primary' | 'secondary';

/** One number with its label; announced politely to screen readers when it changes. */
@customElement('hc-figure')
export class HcFigure extends LitElement {
  static override styles = css`
    :host {
      display: block;
      text-align: center;
    }
    .value {
      font-size: var(--hc-type-figure);
      font-weight: 700;
      line-height: 1.05;
      font-variant-numeric: tabular-nums;
      color: var(--hc-ink);
    }
    :host([rank='headline']) .value {
      font-size: var(--hc-type-headline);
      color: var(--hc-accent);
    }
    :host([rank='secondary']) .value {
      font-size: var(--hc-type-title);
    }
    .label {
      font-size: var(--hc-type-body);
      color: var(--hc-muted);
    }
    :host([rank='headline']) .label,
    :host([rank='primary']) .label {
      font-size: var(--hc-type-lead);
      color: var(--hc-ink);
    }
  `;

  @property() label = '';
  @property() value = '–';
  @property({ reflect: true }) rank: FigureRank = 'primary';

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
