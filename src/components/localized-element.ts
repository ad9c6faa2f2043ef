import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { translate, type Locale, type MessageKey } from '../i18n/i18n';

/**
 * What every Headcount element that speaks or answers shares: the page's language (a property, passed down),
 * its messages (`t`), and events up (`emit`: they bubble out of shadow roots, like the native ones).
 */
export class LocalizedElement extends LitElement {
  @property() locale: Locale = 'en';

  protected t(key: MessageKey, params: Record<string, string | number> = {}): string {
    return translate(this.locale, key, params);
  }

  protected emit<T>(name: string, detail: T): void {
    this.dispatchEvent(new CustomEvent<T>(name, { detail, bubbles: true, composed: true }));
  }
}
