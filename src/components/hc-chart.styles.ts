import { css } from 'lit';

/** <hc-chart>'s own styles; the shared tokens and control styles are composed in the element. */
export const hcChartStyles = css`
  :host {
    display: block;
    margin: 1rem 0;
  }
  svg {
    width: 100%;
    height: auto;
    max-height: 12rem;
  }
  .bar {
    fill: var(--hc-accent);
  }
  .dot {
    fill: var(--hc-highlight);
  }
  .axis {
    stroke: var(--hc-muted);
  }
  summary {
    min-height: var(--hc-target);
    display: flex;
    align-items: center;
    cursor: pointer;
  }
  .axis-label {
    font-size: var(--hc-type-small);
    color: var(--hc-ink);
  }
  .times {
    display: flex;
    justify-content: space-between;
  }
`;
