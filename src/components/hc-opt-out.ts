import { html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { OPT_OUT_KEY } from './keys';
import { controlStyles } from './shared-styles';
import { LocalizedElement } from './localized-element';
import { hcOptOutStyles } from './hc-opt-out.styles';

/** How the block sits in its view: stacked under the Counter's figures, or one row in the workshop. */
export type OptOutLayout = 'stacked' | 'inline';

/**
 * "Don't count me": the button (its key is OPT_OUT_KEY), the confirmation that the person is no longer counted,
 * the pause that follows and any warning about the head-shake reading. One element, so the Counter and the
 * workshop announce an opt-out the same way. A press goes up as `hc-opt-out`; what it does is the app's.
 */
@customElement('hc-opt-out')
export class HcOptOut extends LocalizedElement {
  static override styles = [controlStyles, hcOptOutStyles];

  @property({ reflect: true }) layout: OptOutLayout = 'stacked';
  /** Counting is possible (camera running and models loaded); the button is disabled otherwise. */
  @property({ type: Boolean }) running = false;
  /** Counting is paused after an opt-out, so that the person can leave the field of view. */
  @property({ type: Boolean }) paused = false;
  /** The confirmation to show and announce, already worded; empty for none. */
  @property() confirmation = '';
  /** A warning about the head-shake reading (e.g. frame rate too low), already worded; empty for none. */
  @property() shakeWarning = '';
  /** Length of the pause, for the help line under the stacked button. */
  @property({ type: Number }) pauseSeconds = 5;


  override render() {
    return html`<div class="opt-out">
      <button
        class="danger"
        data-testid="dont-count-me"
        aria-keyshortcuts=${OPT_OUT_KEY}
        ?disabled=${!this.running}
        @click=${() => this.emit<null>('hc-opt-out', null)}
      >
        ${this.t('dontCountMe')}
      </button>
      ${this.layout === 'stacked' ? html`<p class="small muted">${this.t('dontCountMeHelp', { seconds: this.pauseSeconds })}</p>` : nothing}
      <div class="confirmation" role="status" aria-live="assertive" data-testid="opt-out-confirmation">
        ${this.confirmation ? html`<p>${this.confirmation}</p>` : nothing}
      </div>
      ${this.paused ? html`<p data-testid="paused">${this.t('paused')}</p>` : nothing}
      ${this.shakeWarning ? html`<p class="warning" data-testid="shake-warning">${this.shakeWarning}</p>` : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hc-opt-out': HcOptOut;
  }
  interface HTMLElementEventMap {
    'hc-opt-out': CustomEvent<null>;
  }
}
