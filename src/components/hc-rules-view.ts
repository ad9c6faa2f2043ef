import { html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { RULES_CONTENT, SOURCE_IDS, type RulesContent, type SourceId, type SourcedItem } from '../i18n/rules-content';
import type { SystemLimits } from '../logic/system-limits';
import { detectorComparisonTables, limitTables, type LimitTable } from './rules-limits';
import { LocalizedElement } from './localized-element';
import { hcRulesViewStyles } from './hc-rules-view.styles';

/**
 * The "Rules and limits" view: the Cannes 2020 story and the vendor's claims, the CNIL's responses, the law, the
 * context, and this system's own measured limits, with a references list; a contents list on top, each section
 * collapsible: the story is open, the others show their headings until opened (the view was one 10,000-px column). Text comes from `rules-content.ts`;
 * the measured limits come down as the `limits` property (absent figures read "not measured yet").
 * Headings start at h2: the page's h1 belongs to the app shell.
 */
/** The section open when the view is first shown: the story, which the others refer to. */
const FIRST_OPEN = 'rules-story';

/** One collapsible section of the view, listed in its contents. */
interface Section {
  id: string;
  heading: string;
  body: () => unknown;
}

@customElement('hc-rules-view')
export class HcRulesView extends LocalizedElement {
  static override styles = hcRulesViewStyles;

  /** Language of the view ('en' or 'fr'). */
  /** This system's measured limits, filled by the page from the model cards. */
  @property({ attribute: false }) limits: SystemLimits = {};

  override render() {
    // An unknown locale (e.g. a stray attribute value) falls back to English rather than breaking the view.
    const t = (RULES_CONTENT as Partial<Record<string, RulesContent>>)[this.locale] ?? RULES_CONTENT.en;
    const sections: Section[] = [
      { id: 'rules-story', heading: t.story.heading, body: () => this.renderStory(t) },
      { id: 'rules-cnil', heading: t.cnil.heading, body: () => this.renderItems(t.cnil.intro, t.cnil.items, t, '') },
      { id: 'rules-law', heading: t.law.heading, body: () => this.renderItems(t.law.intro, t.law.items, t, t.law.relevanceLabel) },
      { id: 'rules-context', heading: t.context.heading, body: () => this.renderItems(t.context.intro, t.context.items, t, '') },
      { id: 'rules-limits', heading: t.limits.heading, body: () => this.renderLimits(t) },
      { id: 'rules-detectors', heading: t.detectors.heading, body: () => this.renderDetectors(t) },
      { id: 'rules-references', heading: t.references.heading, body: () => this.renderReferences(t) },
    ];
    return html`<article lang=${this.locale} aria-labelledby="rules-title">
      <h2 id="rules-title">${t.title}</h2>
      <p class="lead">${t.lead}</p>
      <nav aria-labelledby="rules-contents" data-testid="rules-contents">
        <h3 id="rules-contents">${t.contents}</h3>
        <ol>
          ${sections.map((s) => html`<li><a href=${`#${s.id}`} @click=${(e: Event) => this.jump(e, s.id)}>${s.heading}</a></li>`)}
        </ol>
      </nav>
      ${sections.map(
        (s) => html`<details class="section" ?open=${s.id === FIRST_OPEN} data-testid=${s.id}>
          <summary><h3 id=${s.id}>${s.heading}</h3></summary>
          <section aria-labelledby=${s.id}>${s.body()}</section>
        </details>`,
      )}
    </article>`;
  }

  /**
   * A contents link: the section opens (if it was collapsed) and comes into view. Done by hand because a
   * fragment link cannot reach into the element's shadow root.
   */
  private jump(event: Event, id: string): void {
    event.preventDefault();
    const details = this.renderRoot.querySelector<HTMLDetailsElement>(`details[data-testid="${id}"]`);
    if (!details) return;
    details.open = true;
    details.scrollIntoView({ block: 'start' });
    details.querySelector('summary')?.focus();
  }

  private renderStory(t: RulesContent) {
    const s = t.story;
    return html`${s.paragraphs.map((p) => html`<p>${p.text} <span class="cites">${this.renderCites(t, p.sources)}</span></p>`)}
      <h4>${s.claimsHeading}</h4>
      <ul class="claims">
        ${s.claims.map(
          (c) => html`<li>
            <p><span class="label">${s.saidLabel} —</span> ${c.claim} <span>(${c.who})</span></p>
            <p><span class="label">${s.testLabel} —</span> ${c.test}</p>
            <p class="cites">${this.renderCites(t, c.sources)}</p>
          </li>`,
        )}
      </ul>`;
  }

  private renderItems(intro: string, items: readonly SourcedItem[], t: RulesContent, relevanceLabel: string) {
    return html`<p>${intro}</p>
      <ul class="items">
        ${items.map(
          (item) => html`<li>
            <h4>${item.title}</h4>
            <p>${item.text}</p>
            <p>${relevanceLabel ? html`<span class="label">${relevanceLabel} —</span> ` : nothing}${item.relevance}</p>
            <p class="cites">${this.renderCites(t, item.sources)}</p>
          </li>`,
        )}
      </ul>`;
  }

  private renderLimits(t: RulesContent) {
    const labels = t.limits;
    return html`<p>${labels.intro}</p>
      ${limitTables(this.limits, labels, this.locale).map((table) => this.renderTable(t, table))}`;
  }

  /** Why two detectors give two numbers, with both detectors' measured figures on the same photos. */
  private renderDetectors(t: RulesContent) {
    const d = t.detectors;
    const tables = detectorComparisonTables(this.limits, t, this.locale);
    return html`${d.paragraphs.map((p) => html`<p>${p}</p>`)}
      ${tables.length
        ? html`<p>${d.measuredOn.replace('{set}', this.limits.detectorComparison?.set ?? '')}</p>
            ${tables.map((table) => this.renderTable(t, table))}`
        : nothing}
      <p>${d.meaning}</p>`;
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
    return html`<p>${r.note}</p>
      <ol class="references">
        ${SOURCE_IDS.map((id) => {
          const e = r.entries[id];
          return html`<li id=${`ref-${id}`}>
            <cite lang=${e.titleLang}>${e.title}</cite>. ${e.issuer}, ${e.date}. ${e.identifier}.
            ${e.url ? html`<span class="url">${e.url}</span>` : nothing}
          </li>`;
        })}
      </ol>`;
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
