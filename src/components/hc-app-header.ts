import { html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { type Locale } from '../i18n/i18n';
import { controlStyles } from './shared-styles';
import { LocalizedElement } from './localized-element';
import { hcAppHeaderStyles } from './hc-app-header.styles';

/**
 * The page's header: the title, the language, projector mode and the button that starts a guided workshop.
 * Choices go up as `hc-locale`, `hc-projector` and `hc-workshop-start`.
 */
@customElement('hc-app-header')
export class HcAppHeader extends LocalizedElement {
  static override styles = [controlStyles, hcAppHeaderStyles];

  @property({ type: Boolean }) projector = false;
  /** A guided workshop runs: its start button is then hidden. */
  @property({ type: Boolean }) workshop = false;



  override render() {
    return html`<header>
      <h1>${this.t('title')}</h1>
      <div class="bar" role="group" aria-label=${this.t('settingsLabel')}>
        <label class="small"
          >${this.t('language')}
          <select data-testid="language" @change=${(e: Event) => this.emit<Locale>('hc-locale', (e.target as HTMLSelectElement).value as Locale)}>
            <option value="en" lang="en" ?selected=${this.locale === 'en'}>English</option>
            <option value="fr" lang="fr" ?selected=${this.locale === 'fr'}>Français</option>
          </select>
        </label>
        <button data-testid="projector" aria-pressed=${this.projector ? 'true' : 'false'} @click=${() => this.emit<null>('hc-projector', null)}>
          ${this.t('projector')}
        </button>
        ${this.workshop
          ? ''
          : html`<button class="primary" data-testid="workshop-start" @click=${() => this.emit<null>('hc-workshop-start', null)}>
              ${this.t('workshopStart')}
            </button>`}
      </div>
    </header>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hc-app-header': HcAppHeader;
  }
  interface HTMLElementEventMap {
    'hc-locale': CustomEvent<Locale>;
    'hc-projector': CustomEvent<null>;
    'hc-workshop-start': CustomEvent<null>;
  }
}
