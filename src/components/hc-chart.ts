import { html, nothing, svg } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { figureTableStyles } from './shared-styles';
import type { Buckets } from '../logic/aggregates';
import { maskedShare } from '../logic/wilson';
import { LocalizedElement } from './localized-element';
import { hcChartStyles } from './hc-chart.styles';

/** How many of the latest minutes the chart draws (the table lists them too). */
const CHART_MINUTES = 30;
const WIDTH = 600;
const HEIGHT = 160;
/** Space around the bars, in the SVG's units (its labels are outside it). */
const PAD = 8;

/**
 * Passes per minute (bars) and % masked per minute (dots, only where a minute has enough classified passes),
 * drawn in SVG, with the same numbers in a table for screen readers and anyone who prefers one.
 */
@customElement('hc-chart')
export class HcChart extends LocalizedElement {
  static override styles = [figureTableStyles, hcChartStyles];

  @property({ attribute: false }) buckets?: Buckets;

  override render() {
    const rows = Object.entries(this.buckets?.buckets ?? {})
      .map(([key, counts]) => ({ minute: Number(key), counts }))
      .filter((r) => r.counts.passes > 0 || r.counts.optedOut > 0)
      .sort((a, b) => a.minute - b.minute)
      .slice(-CHART_MINUTES);
    if (rows.length === 0) return html`<h3>${this.t('chartTitle')}</h3><p>${this.t('chartEmpty')}</p>`;
    const maxPasses = Math.max(1, ...rows.map((r) => r.counts.passes));
    const step = (WIDTH - 2 * PAD) / rows.length;
    const y = (fraction: number) => HEIGHT - PAD - fraction * (HEIGHT - 2 * PAD);
    const time = (ms: number) => new Date(ms).toLocaleTimeString(this.locale, { hour: '2-digit', minute: '2-digit' });
    const shares = rows.map((r) => maskedShare(r.counts));
    // The axis labels are HTML, not SVG text: the chart scales to the width it is given, and SVG text would
    // shrink with it (about 6 px on a phone).
    return html`<h3>${this.t('chartTitle')}</h3>
      <div class="axis-label" aria-hidden="true">${maxPasses}</div>
      <svg viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label=${this.t('chartTitle')}>
        <line class="axis" x1=${PAD} y1=${y(0)} x2=${WIDTH - PAD} y2=${y(0)}></line>
        ${rows.map((r, i) => {
          const x = PAD + i * step;
          const share = shares[i].share;
          return svg`<rect class="bar" x=${x + step * 0.15} width=${step * 0.7} y=${y(r.counts.passes / maxPasses)}
              height=${y(0) - y(r.counts.passes / maxPasses)}></rect>
            ${share === null ? nothing : svg`<circle class="dot" cx=${x + step / 2} cy=${y(share)} r="4"></circle>`}`;
        })}
      </svg>
      <div class="axis-label times" aria-hidden="true"><span>${time(rows[0].minute)}</span><span>${time(rows[rows.length - 1].minute)}</span></div>
      <details>
        <summary>${this.t('chartTable')}</summary>
        <div class="table-scroll"><table data-testid="chart-table">
          <thead>
            <tr>
              <th scope="col">${this.t('chartMinute')}</th>
              <th scope="col">${this.t('passes')}</th>
              <th scope="col">${this.t('optedOut')}</th>
              <th scope="col">${this.t('percentMasked')}</th>
            </tr>
          </thead>
          <tbody>
            ${rows.map((r, i) => {
              const share = shares[i].share;
              return html`<tr>
                <th scope="row">${time(r.minute)}</th>
                <td>${r.counts.passes}</td>
                <td>${r.counts.optedOut}</td>
                <td>${share === null ? '–' : `${Math.round(share * 100)} %`}</td>
              </tr>`;
            })}
          </tbody>
        </table></div>
      </details>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hc-chart': HcChart;
  }
}
