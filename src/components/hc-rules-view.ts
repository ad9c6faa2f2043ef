import { html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { RULES_CONTENT, SOURCE_IDS, type RulesContent, type SourceId, type SourcedItem } from '../i18n/rules-content';
import type { SystemLimits } from '../logic/system-limits';
import { detectorComparisonTables, limitTables, type LimitTable } from './rules-limits';
import { LocalizedElement } from './localized-element';
import { hcRulesViewStyles } from './hc-rules-view.styles';

/**
 * The "Rules and limits" view: the Cannes 2020 story and the vendor's claims, the CNIL's responses, the law, the
 * context, and this system's own measured limits, with a references list. Text comes from `rules-content.ts`;
 * the measured limits come down as the `limits` property (absent figures read "not measured yet").
 * Headings start at h2: the page's h1 belongs to the app shell.
 */
@customElement('hc-rules-view')
export class HcRulesView extends LocalizedElement {
  static override styles = hcRulesViewStyles;

  /** Language of the view ('en' or 'fr'). */
  /** This system's measured limits, filled by the page from the model cards. */
  @property({ attribute: false }) limits: SystemLimits = {};

  override render() {
    // An unknown locale (e.g. a stray attribute value) falls back to English rather than breaking the view.
    const t = (RULES_CONTENT as Partial<Record<string, RulesContent>>)[this.locale] ?? RULES_CONTENT.en;
    return html`<article lang=${this.locale} aria-labelledby="rules-title">
      <h2 id="rules-title">${t.title}</h2>
      <p class="lead">${t.lead}</p>
      ${this.renderStory(t)} ${this.renderItems('rules-cnil', t.cnil.heading, t.cnil.intro, t.cnil.items, t, '')}
      ${this.renderItems('rules-law', t.law.heading, t.law.intro, t.law.items, t, t.law.relevanceLabel)}
      ${this.renderItems('rules-context', t.context.heading, t.context.intro, t.context.items, t, '')}
      ${this.renderLimits(t)} ${this.renderDetectors(t)} ${this.renderReferences(t)}
    </article>`;
  }

  private renderStory(t: RulesContent) {
    const s = t.story;
    return html`<section aria-labelledby="rules-story">
      <h3 id="rules-story">${s.heading}</h3>
      ${s.paragraphs.map((p) => html`<p>${p.text} <span class="cites">${this.renderCites(t, p.sources)}</span></p>`)}
      <h4>${s.claimsHeading}</h4>
      <ul class="claims">
        ${s.claims.map(
          (c) => html`<li>
            <p><span class="label">${s.saidLabel} —</span> ${c.claim} <span>(${c.who})</span></p>
            <p><span class="label">${s.testLabel} —</span> ${c.test}</p>
            <p class="cites">${this.renderCites(t, c.sources)}</p>
          </li>`,
        )}
      </ul>
    </section>`;
  }

  private renderItems(
    id: string,
    heading: string,
    intro: string,
    items: readonly SourcedItem[],
    t: RulesContent,
    relevanceLabel: string,
  ) {
    return html`<section aria-labelledby=${id}>
      <h3 id=${id}>${heading}</h3>
      <p>${intro}</p>
      <ul class="items">
        ${items.map(
          (item) => html`<li>
            <h4>${item.title}</h4>
            <p>${item.text}</p>
            <p>${relevanceLabel ? html`<span class="label">${relevanceLabel} —</span> ` : nothing}${item.relevance}</p>
            <p class="cites">${this.renderCites(t, item.sources)}</p>
          </li>`,
        )}
      </ul>
    </section>`;
  }

  private renderLimits(t: RulesContent) {
    const labels = t.limits;
    return html`<section aria-labelledby="rules-limits">
      <h3 id="rules-limits">${labels.heading}</h3>
      <p>${labels.intro}</p>
      ${limitTables(this.limits, labels, this.locale).map((table) => this.renderTable(t, table))}
    </section>`;
  }

  /** Why two detectors give two numbers, with both detectors' measured figures on the same photos. */
  private renderDetectors(t: RulesContent) {
    const d = t.detectors;
    const tables = detectorComparisonTables(this.limits, t, this.locale);
    return html`<section aria-labelledby="rules-detectors" data-testid="rules-detectors">
      <h3 id="rules-detectors">${d.heading}</h3>
      ${d.paragraphs.map((p) => html`<p>${p}</p>`)}
      ${tables.length
        ? html`<p>${d.measuredOn.replace('{set}', this.limits.detectorComparison?.set ?? '')}</p>
            ${tables.map((table) => this.renderTable(t, table))}`
        : nothing}
      <p>${d.meaning}</p>
    </section>`;
  }

  private renderTable(t: RulesContent, table: LimitTable) {
    const labels = t.limits;
    return html`<table>
        <caption>
          ${table.caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">${labels.measure}</th>
            <th scope="col">${labels.value}</th>
          </tr>
        </thead>
        <tbody>
          ${table.rows.map(
            (row) => html`<tr>
              <th scope="row">${row.measure}</th>
              <td class=${row.measured ? 'value' : 'value not-measured'}>
                ${row.value}${row.detail ? html`<span class="detail">${row.detail}</span>` : nothing}
              </td>
            </tr>`,
          )}
        </tbody>
      </table>
      ${table.source ? html`<p class="cites">${labels.sourceLabel} <cite>${table.source}</cite></p>` : nothing}`;
  }

  private renderReferences(t: RulesContent) {
    const r = t.references;
    return html`<section aria-labelledby="rules-references">
      <h3 id="rules-references">${r.heading}</h3>
      <p>${r.note}</p>
      <ol class="references">
        ${SOURCE_IDS.map((id) => {
          const e = r.entries[id];
          return html`<li id=${`ref-${id}`}>
            <cite lang=${e.titleLang}>${e.title}</cite>. ${e.issuer}, ${e.date}. ${e.identifier}.
            ${e.url ? html`<span class="url">${e.url}</span>` : nothing}
          </li>`;
        })}
      </ol>
    </section>`;
  }

  private renderCites(t: RulesContent, sources: readonly SourceId[]) {
    return html`<span
      >${t.sourcesLabel}
      ${sources.map(
        (id, i) =>
          html`${i > 0 ? '; ' : ''}<cite>${t.references.entries[id].short}</cite> [${SOURCE_IDS.indexOf(id) + 1}]`,
      )}</span
    >`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hc-rules-view': HcRulesView;
  }
}
