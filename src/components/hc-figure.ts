import { LitElement, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { hcFigureStyles } from './hc-figure.styles';

/** Where a figure sits in the page's hierarchy: the one headline, the primary count, or one of the rest. */
export type FigureRank = 'headline' | 'primary' | 'secondary';

/** One number with its label; announced politely to screen readers when it changes. */
@customElement('hc-figure')
export class HcFigure extends LitElement {
  static override styles = hcFigureStyles;

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
